#pragma once
// The lifecycle area's entries in the `meta` table: the rule thresholds
// ("lifecycle.lost_after_days" ...) and the date the stored timeline was
// replayed to. Internal to the store.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace crm::lifecycle_meta {

inline constexpr std::string_view kAsOfKey = "lifecycle.timeline_as_of";

// Every (key, value) whose key starts with "lifecycle.".
std::vector<std::pair<std::string, std::string>> all(SQLite::Database& sql);
void put(SQLite::Database& sql, std::string_view key, const std::string& value);
void erase(SQLite::Database& sql, std::string_view key);

// The day number the whole timeline was last replayed to, if it was.
std::optional<std::int64_t> asOfDay(SQLite::Database& sql);
void setAsOfDay(SQLite::Database& sql, std::int64_t day);

} // namespace crm::lifecycle_meta
