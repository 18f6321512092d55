#include "crm/csv/import_values.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace crm::csv {

namespace {

bool isTrimmable(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// 1 to `maxDigits` ASCII digits.
std::optional<int> number(std::string_view text, std::size_t maxDigits) {
    if (text.empty() || text.size() > maxDigits)
        return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Three numbers separated by `separator`.
std::optional<std::array<int, 3>> threeParts(std::string_view text, char separator,
                                             std::array<std::size_t, 3> maxDigits) {
    std::array<int, 3> parts{};
    for (std::size_t i = 0; i < 3; ++i) {
        const auto end = i < 2 ? text.find(separator) : text.size();
        if (end == std::string_view::npos)
            return std::nullopt;
        const auto value = number(text.substr(0, end), maxDigits[i]);
        if (!value)
            return std::nullopt;
        parts[i] = *value;
        text.remove_prefix(std::min(text.size(), end + 1));
    }
    return parts;
}

std::optional<Date> makeDate(int year, int month, int day) {
    if (year < 1400 || year > 9999)
        return std::nullopt;
    return parseIsoDate(std::to_string(year) + "-" + (month < 10 ? "0" : "") +
                        std::to_string(month) + "-" + (day < 10 ? "0" : "") + std::to_string(day));
}

} // namespace

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && isTrimmable(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isTrimmable(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string unguarded(std::string text) {
    if (text.size() >= 2 && text[0] == '\'') {
        const char c = text[1];
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
            text.erase(0, 1);
    }
    return text;
}

std::optional<Date> parseImportDate(std::string_view text) {
    if (text.size() == 10 && text[4] == '-')
        return parseIsoDate(text);
    if (const auto ymd = threeParts(text, '/', {4, 2, 2}); ymd && text.find('/') == 4)
        return makeDate((*ymd)[0], (*ymd)[1], (*ymd)[2]);
    if (const auto dmy = threeParts(text, '.', {2, 2, 4}); dmy && text.size() >= 8)
        return makeDate((*dmy)[2], (*dmy)[1], (*dmy)[0]);
    return std::nullopt;
}

std::optional<Money> parseImportAmount(std::string_view text, int decimals) {
    return parseMoney(text, decimals);
}

std::optional<bool> parseYesNo(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "yes" || lower == "y" || lower == "true" || lower == "1" || lower == "是")
        return true;
    if (lower == "no" || lower == "n" || lower == "false" || lower == "0" || lower == "否" ||
        lower.empty())
        return false;
    return std::nullopt;
}

std::vector<std::string> splitTags(std::string_view text) {
    std::vector<std::string> tags;
    while (!text.empty()) {
        const auto end = text.find_first_of(";,");
        const auto tag = trimmed(text.substr(0, end));
        if (!tag.empty())
            tags.emplace_back(tag);
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return tags;
}

} // namespace crm::csv
