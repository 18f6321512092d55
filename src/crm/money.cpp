#include "crm/money.h"

#include <array>
#include <cctype>
#include <limits>
#include <utility>

namespace crm {

namespace {
constexpr std::array<std::pair<std::string_view, int>, 24> kCurrencies{{
    {"AUD", 2}, {"BRL", 2}, {"CAD", 2}, {"CHF", 2}, {"CNY", 2}, {"CZK", 2},
    {"DKK", 2}, {"EUR", 2}, {"GBP", 2}, {"HKD", 2}, {"INR", 2}, {"JPY", 0},
    {"KRW", 0}, {"KWD", 3}, {"MXN", 2}, {"NOK", 2}, {"NZD", 2}, {"PLN", 2},
    {"RUB", 2}, {"SEK", 2}, {"SGD", 2}, {"TWD", 2}, {"USD", 2}, {"ZAR", 2},
}};

Money powerOfTen(int exponent) {
    Money result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

std::string unsignedDigits(Money amount) {
    // Works for the most negative value too, through unsigned arithmetic.
    auto magnitude = amount < 0 ? 0ULL - static_cast<unsigned long long>(amount)
                                : static_cast<unsigned long long>(amount);
    return std::to_string(magnitude);
}

std::string format(Money amount, int decimals, bool grouped) {
    std::string digits = unsignedDigits(amount);
    const auto width = static_cast<std::size_t>(decimals) + 1;
    if (digits.size() < width)
        digits.insert(0, width - digits.size(), '0');
    std::string whole = digits.substr(0, digits.size() - static_cast<std::size_t>(decimals));
    if (grouped)
        for (auto i = static_cast<std::ptrdiff_t>(whole.size()) - 3; i > 0; i -= 3)
            whole.insert(static_cast<std::size_t>(i), 1, ',');
    std::string out = amount < 0 ? "-" + whole : whole;
    if (decimals > 0)
        out += "." + digits.substr(digits.size() - static_cast<std::size_t>(decimals));
    return out;
}
} // namespace

std::optional<int> currencyDecimals(std::string_view code) {
    for (const auto& [known, decimals] : kCurrencies)
        if (known == code)
            return decimals;
    return std::nullopt;
}

std::string formatMoney(Money amount, int decimals) { return format(amount, decimals, false); }

std::string formatMoneyGrouped(Money amount, int decimals) {
    return format(amount, decimals, true);
}

std::optional<Money> parseMoney(std::string_view text, int decimals) {
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? "" : text.substr(dot + 1);
    if (whole.empty() || fraction.size() > static_cast<std::size_t>(decimals) ||
        (dot != std::string_view::npos && fraction.empty()))
        return std::nullopt;
    constexpr Money kMax = std::numeric_limits<Money>::max();
    Money value = 0;
    for (char c : whole) {
        if (!std::isdigit(static_cast<unsigned char>(c)) || value > (kMax - 9) / 10)
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    Money minor = 0;
    for (char c : fraction) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
        minor = minor * 10 + (c - '0');
    }
    const auto scale = static_cast<int>(fraction.size());
    if (value > (kMax - minor * powerOfTen(decimals - scale)) / powerOfTen(decimals))
        return std::nullopt;
    value = value * powerOfTen(decimals) + minor * powerOfTen(decimals - scale);
    return negative ? -value : value;
}

} // namespace crm
