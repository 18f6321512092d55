#pragma once
// One CRM file: opens or creates it, checks it is ours and not damaged or too
// new, upgrades its schema step by step, and hands out the SQL connection to
// the stores. Nothing is written to a file that fails the checks.
#include "crm/money.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <set>
#include <string>

namespace SQLite {
class Database;
}

namespace crm::sql {
class CachedStatement;
class StatementCache;
} // namespace crm::sql

namespace crm::search {
struct KeptSearch;
}

namespace crm {

inline constexpr int kApplicationId = 0x43524D31; // "CRM1"
inline constexpr int kSchemaVersion = 4;

enum class OpenMode {
    OpenExisting,   // the file must exist and be a CRM database
    CreateIfMissing // create a new database when there is no file
};

// A connection: use it from one thread at a time (workers open their own).
class Database {
public:
    // Throws StoreError with a message naming the file and what is wrong.
    static Database open(const std::filesystem::path& path,
                         OpenMode mode = OpenMode::OpenExisting,
                         const Currency& currencyForNewFile = {});
    // Creates a new database; fails if the file exists.
    static Database create(const std::filesystem::path& path, const Currency& currency = {});

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    SQLite::Database& sql() const { return *m_sql; }
    const std::filesystem::path& path() const { return m_path; }
    const Currency& currency() const { return m_currency; }
    // True when the file was opened read-only: its permissions forbid
    // writing (honoured even for root). Every write then fails with a
    // StoreError of kind ReadOnly and the file stays as it was.
    bool isReadOnly() const { return m_readOnly; }
    // The name this connection's changes are logged under in the audit log
    // (audit_log.h; by default $CRM_USER or the login name).
    void setAuditUser(const std::string& user) const;

    // Copies the whole database to `target` with SQLite's online backup API.
    void backupTo(const std::filesystem::path& target) const;

    // The store's prepared-statement cache (see statement_cache.h).
    sql::StatementCache& statements() const { return *m_statements; }
    // The customer's search entry is rebuilt when the outermost unit of work
    // commits: once per customer however many of its contacts changed, and
    // with no full-text writes between the savepoints of nested units
    // (FTS5 flushes its pending index at every savepoint).
    void markSearchStale(std::int64_t customerId) const { m_staleSearch->insert(customerId); }
    // The search whose matches this connection keeps in a temporary table
    // (search::matchingIdSet).
    search::KeptSearch& keptSearch() const { return *m_keptSearch; }

private:
    friend class WriteTransaction;
    Database(std::filesystem::path path, std::unique_ptr<SQLite::Database> sql);
    static Database openReadOnly(const std::filesystem::path& path, int version);
    void rebuildStaleSearch() const;

    std::filesystem::path m_path;
    std::unique_ptr<SQLite::Database> m_sql;
    // Declared after m_sql: statements are finalised before the connection closes.
    std::unique_ptr<sql::StatementCache> m_statements;
    std::unique_ptr<std::set<std::int64_t>> m_staleSearch;
    std::unique_ptr<search::KeptSearch> m_keptSearch;
    Currency m_currency;
    bool m_readOnly = false;
};

// One unit of work: BEGIN IMMEDIATE (or a SAVEPOINT when already inside a
// transaction); rolled back unless commit() is called.
class WriteTransaction {
public:
    explicit WriteTransaction(const Database& db);
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    ~WriteTransaction();
    void commit();

private:
    const Database& m_db;
    SQLite::Database& m_sql;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace crm
