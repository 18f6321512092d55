#pragma once
// What the desktop app's Today page reads besides the stores' own lists: the
// names of the customers its rows belong to, and the birthdays falling in a
// window of days (contacts of organisations and person customers), across a
// year end too.
#include "crm/date.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace crm {

class Database;

struct CustomerLabel {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string owner;
};

// Code, name and owner of each of `ids` that exists (one primary-key look-up
// per distinct id), by id.
std::unordered_map<std::int64_t, CustomerLabel> customerLabels(const Database& db,
                                                               std::span<const std::int64_t> ids);

struct UpcomingBirthday {
    std::int64_t customerId = 0;
    std::string customerName;
    std::optional<std::int64_t> contactId; // none: the customer (a person) itself
    std::string personName;                // the contact's name, or the person customer's
    Date birthday;                         // the date of birth as stored
    Date celebratedOn;                     // its anniversary inside the window
    int age = 0;                           // years turned on celebratedOn
};

inline constexpr int kMaxBirthdayWindowDays = 366;

// The anniversary of `birthday` in [from, from + days - 1], if there is one
// (the day of birth itself is none). A 29 February birthday is celebrated on
// 28 February in common years.
std::optional<Date> anniversaryIn(const Date& birthday, const Date& from, int days);

// Contacts' and person customers' birthdays whose anniversary falls in
// [from, from + days - 1] (days 1..366; ValidationError otherwise), by date
// celebrated, then name. Reads every birthday's month and day: no index
// serves it, so on a large file it belongs on a worker thread.
std::vector<UpcomingBirthday> birthdaysBetween(const Database& db, const Date& from, int days);

} // namespace crm
