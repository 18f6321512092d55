#pragma once
// Prepared statements kept for the life of a connection, so hot write paths
// (one contact, interaction or search entry at a time inside a large import)
// do not prepare the same SQL again for every row. Internal to the store.
#include <SQLiteCpp/Statement.h>

#include <memory>
#include <string>
#include <unordered_map>

namespace SQLite {
class Database;
}

namespace crm::sql {

class StatementCache;

// A statement borrowed from the cache for one use: reset and its bindings
// cleared when the borrow ends. When the same SQL is already borrowed (a
// nested use), a statement of its own is prepared instead.
class CachedStatement {
public:
    CachedStatement(StatementCache& cache, const std::string& text);
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;
    ~CachedStatement();

    SQLite::Statement& operator*() const { return *m_statement; }
    SQLite::Statement* operator->() const { return m_statement; }

private:
    SQLite::Statement* m_statement = nullptr;
    bool* m_inUse = nullptr;                      // the cache entry's flag, when borrowed
    std::unique_ptr<SQLite::Statement> m_private; // when the cached one was busy
};

class StatementCache {
public:
    explicit StatementCache(SQLite::Database& sql) : m_sql(sql) {}

private:
    friend class CachedStatement;
    struct Entry {
        std::unique_ptr<SQLite::Statement> statement;
        bool inUse = false;
    };
    SQLite::Database& m_sql;
    std::unordered_map<std::string, Entry> m_entries;
};

} // namespace crm::sql
