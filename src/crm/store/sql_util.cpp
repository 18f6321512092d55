#include "crm/store/sql_util.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <string>

namespace crm::sql {

void bindDate(SQLite::Statement& st, int index, const Date& date) {
    st.bind(index, static_cast<std::int64_t>(toDayNumber(date)));
}

void bindOptionalDate(SQLite::Statement& st, int index, const std::optional<Date>& date) {
    if (date)
        bindDate(st, index, *date);
    else
        st.bind(index);
}

void bindOptionalInt(SQLite::Statement& st, int index, const std::optional<std::int64_t>& value) {
    if (value)
        st.bind(index, static_cast<std::int64_t>(*value));
    else
        st.bind(index);
}

void bindTextOrNull(SQLite::Statement& st, int index, const std::string& text) {
    if (text.empty())
        st.bind(index);
    else
        st.bind(index, text);
}

Date dateColumn(const SQLite::Column& column) { return fromDayNumber(column.getInt64()); }

std::optional<Date> optionalDate(const SQLite::Column& column) {
    if (column.isNull())
        return std::nullopt;
    return fromDayNumber(column.getInt64());
}

std::optional<std::int64_t> optionalInt(const SQLite::Column& column) {
    if (column.isNull())
        return std::nullopt;
    return column.getInt64();
}

std::string textColumn(const SQLite::Column& column) {
    if (column.isNull())
        return {};
    return column.getString();
}

std::string multiRowInsert(std::string_view head, std::string_view row, std::size_t rows) {
    std::string sql(head);
    sql.reserve(head.size() + rows * (row.size() + 2));
    for (std::size_t i = 0; i < rows; ++i) {
        if (i)
            sql += ", ";
        sql += row;
    }
    return sql;
}

bool isConstraintViolation(const SQLite::Exception& e) {
    return (e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT;
}

void rethrow(const SQLite::Exception& e, std::string_view doing, std::source_location where) {
    const std::string what = std::string(doing) + ": " + e.what() + " (" +
                             where.file_name() + ":" + std::to_string(where.line()) + ")";
    switch (e.getErrorCode() & 0xff) {
    case SQLITE_CONSTRAINT:
        throw ConflictError(what);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw StoreError(StoreError::Kind::Busy,
                         std::string(doing) + ": the database is in use by another program; "
                                              "try again in a moment");
    case SQLITE_READONLY:
        throw StoreError(StoreError::Kind::ReadOnly,
                         std::string(doing) + ": the database is read-only");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw StoreError(StoreError::Kind::Damaged,
                         std::string(doing) + ": the database file is damaged (" + e.what() +
                             "); nothing was changed. Restore a backup of it");
    case SQLITE_FULL:
        throw StoreError(StoreError::Kind::Io, std::string(doing) +
                                                   ": could not write the database (the disk or "
                                                   "the file's size limit is full); nothing was "
                                                   "changed. Make room and try again");
    case SQLITE_IOERR:
        throw StoreError(StoreError::Kind::Io, std::string(doing) +
                                                   ": could not write the database (" + e.what() +
                                                   "; is the disk full?); nothing was changed");
    default:
        throw StoreError(StoreError::Kind::Other, what);
    }
}

} // namespace crm::sql

namespace crm {

std::optional<StoreError> storeErrorFor(const std::exception& e) {
    const auto* sqlError = dynamic_cast<const SQLite::Exception*>(&e);
    if (!sqlError)
        return std::nullopt;
    try {
        sql::rethrow(*sqlError, "using the database");
    } catch (const StoreError& store) {
        return store;
    } catch (const Error& other) {
        return StoreError(StoreError::Kind::Other, other.what());
    }
}

} // namespace crm

namespace crm::sql {

ScopedCacheSize::ScopedCacheSize(SQLite::Database& sql, std::int64_t kibibytes)
    : m_sql(sql), m_before(sql.execAndGet("PRAGMA cache_size").getInt64()) {
    m_sql.exec("PRAGMA cache_size = " + std::to_string(-kibibytes));
}

ScopedCacheSize::~ScopedCacheSize() {
    try {
        m_sql.exec("PRAGMA cache_size = " + std::to_string(m_before));
    } catch (...) { // a destructor does not throw; only the cache size is at stake
    }
}

} // namespace crm::sql
