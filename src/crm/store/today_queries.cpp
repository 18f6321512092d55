#include "crm/store/today_queries.h"

#include "crm/errors.h"
#include "crm/store/database.h"
#include "crm/store/sql_util.h"
#include "crm/store/statement_cache.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <cstdio>

namespace crm {

using Cached = sql::CachedStatement;

namespace {

namespace greg = boost::gregorian;

bool isCommonYear(int year) {
    return !greg::gregorian_calendar::is_leap_year(static_cast<unsigned short>(year));
}

Date anniversaryInYear(const Date& birthday, int year) {
    const auto y = static_cast<unsigned short>(year);
    if (birthday.month() == 2 && birthday.day() == 29 && isCommonYear(year))
        return Date(y, 2, 28);
    return Date(y, birthday.month(), birthday.day());
}

// "MMDD": what strftime('%m%d', day) gives for a stored day number.
std::string monthDay(const Date& date) {
    char text[16];
    std::snprintf(text, sizeof text, "%02d%02d", static_cast<int>(date.month()),
                  static_cast<int>(date.day()));
    return text;
}

// The last month-day of a range ending on `date`: 28 February of a common
// year also ends the range of 29 February birthdays, celebrated that day.
std::string upperMonthDay(const Date& date) {
    if (date.month() == 2 && date.day() == 28 && isCommonYear(date.year()))
        return "0229";
    return monthDay(date);
}

// Birthdays of the window as at most two month-day ranges; the SQL picks
// rows by them and anniversaryIn() then decides, so the ranges may be wide.
struct MonthDayRanges {
    std::string low1, high1;
    std::string low2 = "9999", high2 = "0000"; // empty unless the window crosses a year end
};

MonthDayRanges rangesOf(const Date& from, const Date& last) {
    if (last.year() == from.year())
        return {monthDay(from), upperMonthDay(last)};
    if (monthDay(last) >= monthDay(from)) // a whole year
        return {"0101", "1231"};
    return {monthDay(from), "1231", "0101", upperMonthDay(last)};
}

constexpr const char* kBirthdaysSql =
    "SELECT k.customer_id, u.name, k.id, k.name, k.birthday FROM contact k "
    "JOIN customer u ON u.id = k.customer_id WHERE k.birthday IS NOT NULL "
    "AND (strftime('%m%d', k.birthday) BETWEEN ?1 AND ?2 "
    "OR strftime('%m%d', k.birthday) BETWEEN ?3 AND ?4) "
    "UNION ALL "
    "SELECT id, name, NULL, name, birthday FROM customer "
    "WHERE kind = 'person' AND birthday IS NOT NULL "
    "AND (strftime('%m%d', birthday) BETWEEN ?1 AND ?2 "
    "OR strftime('%m%d', birthday) BETWEEN ?3 AND ?4)";

UpcomingBirthday readBirthday(const SQLite::Statement& st) {
    UpcomingBirthday b;
    b.customerId = st.getColumn(0).getInt64();
    b.customerName = st.getColumn(1).getString();
    b.contactId = sql::optionalInt(st.getColumn(2));
    b.personName = st.getColumn(3).getString();
    b.birthday = sql::dateColumn(st.getColumn(4));
    return b;
}

// Keeps the rows whose anniversary really is in the window, with its date and the age.
void settle(std::vector<UpcomingBirthday>& rows, const Date& from, int days) {
    std::erase_if(rows, [&](UpcomingBirthday& b) {
        const auto on = anniversaryIn(b.birthday, from, days);
        if (!on)
            return true;
        b.celebratedOn = *on;
        b.age = static_cast<int>(on->year()) - static_cast<int>(b.birthday.year());
        return false;
    });
    std::sort(rows.begin(), rows.end(), [](const UpcomingBirthday& a, const UpcomingBirthday& b) {
        if (a.celebratedOn != b.celebratedOn)
            return a.celebratedOn < b.celebratedOn;
        return a.personName < b.personName;
    });
}

} // namespace

std::unordered_map<std::int64_t, CustomerLabel> customerLabels(const Database& db,
                                                               std::span<const std::int64_t> ids) {
    std::unordered_map<std::int64_t, CustomerLabel> out;
    try {
        for (const std::int64_t id : ids) {
            if (out.contains(id))
                continue;
            Cached st(db.statements(), "SELECT code, name, owner FROM customer WHERE id = ?");
            st->bind(1, id);
            if (st->executeStep())
                out.emplace(id, CustomerLabel{id, st->getColumn(0).getString(),
                                              st->getColumn(1).getString(),
                                              st->getColumn(2).getString()});
        }
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "reading customer names");
    }
    return out;
}

std::optional<Date> anniversaryIn(const Date& birthday, const Date& from, int days) {
    const Date last = from + greg::days(days - 1);
    for (int year = from.year(); year <= last.year(); ++year) {
        const Date on = anniversaryInYear(birthday, year);
        if (on >= from && on <= last && on > birthday)
            return on;
    }
    return std::nullopt;
}

std::vector<UpcomingBirthday> birthdaysBetween(const Database& db, const Date& from, int days) {
    if (days < 1 || days > kMaxBirthdayWindowDays)
        throw ValidationError({{"days", std::to_string(days) + " is not from 1 to 366"}});
    const MonthDayRanges ranges = rangesOf(from, from + greg::days(days - 1));
    std::vector<UpcomingBirthday> rows;
    try {
        SQLite::Statement st(db.sql(), kBirthdaysSql);
        st.bind(1, ranges.low1);
        st.bind(2, ranges.high1);
        st.bind(3, ranges.low2);
        st.bind(4, ranges.high2);
        while (st.executeStep())
            rows.push_back(readBirthday(st));
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "reading the birthdays from " + toIso(from));
    }
    settle(rows, from, days);
    return rows;
}

} // namespace crm
