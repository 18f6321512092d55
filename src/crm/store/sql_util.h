#pragma once
// Small helpers the stores share to move domain values in and out of SQLite
// statements. Internal to src/crm/store.
#include "crm/date.h"
#include "crm/errors.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <source_location>
#include <string>
#include <string_view>

namespace SQLite {
class Database;
}

namespace crm::sql {

void bindDate(SQLite::Statement& st, int index, const Date& date);
void bindOptionalDate(SQLite::Statement& st, int index, const std::optional<Date>& date);
void bindOptionalInt(SQLite::Statement& st, int index, const std::optional<std::int64_t>& value);
// Binds NULL for an empty string.
void bindTextOrNull(SQLite::Statement& st, int index, const std::string& text);

Date dateColumn(const SQLite::Column& column);
std::optional<Date> optionalDate(const SQLite::Column& column);
std::optional<std::int64_t> optionalInt(const SQLite::Column& column);
std::string textColumn(const SQLite::Column& column); // NULL reads as ""

// Turns a SQLite exception into the domain's typed error, saying what was
// being done ("adding customer C-001") and where in our code.
[[noreturn]] void rethrow(const SQLite::Exception& e, std::string_view doing,
                          std::source_location where = std::source_location::current());

bool isConstraintViolation(const SQLite::Exception& e);

// `head` ("INSERT INTO t(a, b) VALUES ") followed by `rows` copies of `row`
// ("(?, ?)"), comma-separated: one statement for many rows.
std::string multiRowInsert(std::string_view head, std::string_view row, std::size_t rows);

// Gives the connection a page cache of `kibibytes` while alive, then puts its
// own size back (larger for a replay that touches everything, SQLite's small
// default for a scan that reads each page once).
class ScopedCacheSize {
public:
    ScopedCacheSize(SQLite::Database& sql, std::int64_t kibibytes);
    ~ScopedCacheSize();
    ScopedCacheSize(const ScopedCacheSize&) = delete;
    ScopedCacheSize& operator=(const ScopedCacheSize&) = delete;

private:
    SQLite::Database& m_sql;
    std::int64_t m_before;
};

} // namespace crm::sql
