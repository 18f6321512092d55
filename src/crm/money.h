#pragma once
// Money is an integer number of minor units of the database's one currency.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace crm {

using Money = std::int64_t;

struct Currency {
    std::string code = "CNY"; // ISO 4217
    int decimals = 2;         // minor-unit digits
};

// Minor-unit digits of an ISO 4217 code we know; nullopt when unknown.
std::optional<int> currencyDecimals(std::string_view code);

// "1234.50", "-3.00"; no grouping, '.' as separator: for files and the CLI.
std::string formatMoney(Money amount, int decimals);
// "1,234.50": grouped, for people.
std::string formatMoneyGrouped(Money amount, int decimals);

// Accepts [-+]digits[.digits] with at most `decimals` fraction digits.
std::optional<Money> parseMoney(std::string_view text, int decimals);

} // namespace crm
