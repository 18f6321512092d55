#include "crm/store/lifecycle_meta.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <charconv>

namespace crm::lifecycle_meta {

std::vector<std::pair<std::string, std::string>> all(SQLite::Database& sql) {
    // A key range rather than LIKE, so the primary key is searched.
    SQLite::Statement st(sql, "SELECT key, value FROM meta WHERE key >= 'lifecycle.' "
                              "AND key < 'lifecycle/' ORDER BY key");
    std::vector<std::pair<std::string, std::string>> out;
    while (st.executeStep())
        out.emplace_back(st.getColumn(0).getString(), st.getColumn(1).getString());
    return out;
}

void put(SQLite::Database& sql, std::string_view key, const std::string& value) {
    SQLite::Statement st(sql, "INSERT INTO meta(key, value) VALUES (?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, std::string(key));
    st.bind(2, value);
    st.exec();
}

void erase(SQLite::Database& sql, std::string_view key) {
    SQLite::Statement st(sql, "DELETE FROM meta WHERE key = ?");
    st.bind(1, std::string(key));
    st.exec();
}

std::optional<std::int64_t> asOfDay(SQLite::Database& sql) {
    SQLite::Statement st(sql, "SELECT value FROM meta WHERE key = ?");
    st.bind(1, std::string(kAsOfKey));
    if (!st.executeStep())
        return std::nullopt;
    const std::string text = st.getColumn(0).getString();
    std::int64_t day = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), day);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt; // unreadable: treated as never replayed, so the next use replays
    return day;
}

void setAsOfDay(SQLite::Database& sql, std::int64_t day) {
    put(sql, kAsOfKey, std::to_string(day));
}

} // namespace crm::lifecycle_meta
