#include "crm/date.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <charconv>
#include <cstdio>

namespace crm {

namespace {
bool parseDigits(std::string_view text, int& out) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && end == text.data() + text.size();
}
} // namespace

std::optional<Date> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (!parseDigits(text.substr(0, 4), y) || !parseDigits(text.substr(5, 2), m) ||
        !parseDigits(text.substr(8, 2), d))
        return std::nullopt;
    if (y < 1400 || y > 9999 || m < 1 || m > 12 || d < 1)
        return std::nullopt;
    if (d > boost::gregorian::gregorian_calendar::end_of_month_day(
                static_cast<unsigned short>(y), static_cast<unsigned short>(m)))
        return std::nullopt;
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
}

std::string toIso(const Date& date) {
    const auto ymd = date.year_month_day();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(ymd.year),
                  static_cast<int>(ymd.month), static_cast<int>(ymd.day));
    return buffer;
}

std::int64_t toDayNumber(const Date& date) { return date.julian_day(); }

Date fromDayNumber(std::int64_t dayNumber) {
    const auto ymd = boost::gregorian::gregorian_calendar::from_day_number(
        static_cast<boost::gregorian::date::date_int_type>(dayNumber));
    return Date(ymd);
}

std::int64_t daysBetween(const Date& earlier, const Date& later) {
    return toDayNumber(later) - toDayNumber(earlier);
}

} // namespace crm
