#pragma once
// Calendar dates of the domain (Boost.Date_Time), and the two ways they are
// written: ISO text for people and files, Julian day numbers for the store.
#include <boost/date_time/gregorian/greg_date.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace crm {

using Date = boost::gregorian::date;

// Parses exactly YYYY-MM-DD; nullopt for anything else or an impossible date.
std::optional<Date> parseIsoDate(std::string_view text);
std::string toIso(const Date& date);

// Julian day number: what the store keeps. SQLite's date(n) reads it back.
std::int64_t toDayNumber(const Date& date);
Date fromDayNumber(std::int64_t dayNumber);

// Whole days from `earlier` to `later` (negative when later is earlier).
std::int64_t daysBetween(const Date& earlier, const Date& later);

} // namespace crm
