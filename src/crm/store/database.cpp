#include "crm/store/database.h"

#include "crm/store/backups.h"

#include "crm/store/audit_log.h"

#include "crm/errors.h"
#include "crm/store/schema.h"
#include "crm/store/search_index.h"
#include "crm/store/sql_util.h"
#include "crm/store/statement_cache.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace crm {

namespace fs = std::filesystem;

namespace {

constexpr int kBusyTimeoutMs = 5000;
// A Database (connection) is used by one thread at a time; a worker thread
// opens its own. So SQLite's per-call connection mutex is not needed (it
// showed as 7-11% of large scans and exports).
constexpr int kReadWrite = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
constexpr int kReadOnly = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX;

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

// What a read-only look at an existing file finds, before anything is written.
struct FileFacts {
    int applicationId = 0;
    int version = 0;
    int objects = 0; // rows of sqlite_schema
};

FileFacts inspect(const fs::path& path) {
    try {
        SQLite::Database ro(path.string(), SQLite::OPEN_READONLY);
        // Another connection closing or checkpointing holds the file's lock
        // for a moment; without a wait this look failed at once with
        // "database is locked" (seen beside the window's own workers).
        ro.setBusyTimeout(kBusyTimeoutMs);
        FileFacts facts;
        facts.applicationId = ro.execAndGet("PRAGMA application_id").getInt();
        facts.version = ro.execAndGet("PRAGMA user_version").getInt();
        facts.objects = ro.execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
        if (facts.applicationId == kApplicationId && facts.version >= 1)
            ro.execAndGet("SELECT count(*) FROM meta"); // touches the first table's pages
        return facts;
    } catch (const SQLite::Exception& e) {
        const int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_NOTADB)
            throw StoreError(StoreError::Kind::NotADatabase,
                             quoted(path) + " is not a CRM database (not an SQLite file)");
        if (code == SQLITE_CORRUPT)
            throw StoreError(StoreError::Kind::Damaged,
                             quoted(path) + " is damaged and cannot be opened (" + e.what() +
                                 "); nothing was changed. Open a backup instead.");
        if (code == SQLITE_CANTOPEN || code == SQLITE_PERM)
            throw StoreError(StoreError::Kind::Io,
                             "cannot open " + quoted(path) + ": " + e.what());
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            throw StoreError(StoreError::Kind::Busy,
                             "cannot open " + quoted(path) +
                                 ": it is in use by another program; try again in a moment");
        throw StoreError(StoreError::Kind::Other,
                         "cannot read " + quoted(path) + ": " + e.what());
    }
}

void checkIsOurs(const fs::path& path, const FileFacts& facts) {
    if (facts.applicationId != kApplicationId)
        throw StoreError(StoreError::Kind::NotADatabase,
                         quoted(path) + " is an SQLite file of another program, not a CRM "
                                        "database; it was not changed");
    if (facts.version < 0)
        throw StoreError(StoreError::Kind::Damaged,
                         quoted(path) + " is damaged (its schema version reads " +
                             std::to_string(facts.version) +
                             "); nothing was changed. Open a backup instead.");
    if (facts.version > kSchemaVersion)
        throw StoreError(StoreError::Kind::TooNew,
                         quoted(path) + " was written by a newer version of the CRM (schema " +
                             std::to_string(facts.version) + "; this version reads up to " +
                             std::to_string(kSchemaVersion) +
                             "); it was not changed. Update the CRM to open it.");
}

void applyPragmas(SQLite::Database& sql) {
    sql.setBusyTimeout(kBusyTimeoutMs);
    sql.exec("PRAGMA foreign_keys = ON");
    sql.exec("PRAGMA journal_mode = WAL");
    sql.exec("PRAGMA synchronous = NORMAL"); // durable with WAL; never OFF
    sql.exec("PRAGMA cache_size = -65536");   // 64 MiB: the indexes of a large file
    sql.exec("PRAGMA temp_store = MEMORY");   // statement journals of big units: no temp files
    // Checkpoint every 64 MB of WAL, not every 4 MB: a bulk write rewrites
    // the same scattered index pages (customers' aggregates) batch after
    // batch, and each checkpoint copied and synced them again (10M
    // transactions: 116k -> ~290k rows/s, bench/README.md). The WAL is cut
    // back to 64 MB after a checkpoint.
    sql.exec("PRAGMA wal_autocheckpoint = 16384");
    sql.exec("PRAGMA journal_size_limit = 67108864");
}

// A file nobody may write (no write permission bit, or none for us) is
// opened read-only. Root may write anything, so the bits decide for it:
// `chmod a-w` is how a user says "do not change this file".
bool mayWrite(const fs::path& path) {
    const auto perms = fs::status(path).permissions();
    const auto anyWrite = fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;
    return (perms & anyWrite) != fs::perms::none && ::access(path.c_str(), W_OK) == 0;
}

void applyReadOnlyPragmas(SQLite::Database& sql) {
    sql.setBusyTimeout(kBusyTimeoutMs);
    sql.exec("PRAGMA cache_size = -65536");
    sql.exec("PRAGMA temp_store = MEMORY");
}

// Runs every schema step from `from` up, in one transaction.
void upgrade(SQLite::Database& sql, int from) {
    SQLite::Transaction tx(sql, SQLite::TransactionBehavior::IMMEDIATE);
    const auto& steps = schema::steps();
    for (int v = from; v < kSchemaVersion; ++v)
        sql.exec(std::string(steps[static_cast<std::size_t>(v)]));
    // A step may edit sqlite_master (version 4): a new cookie makes every
    // connection, this one included, read the schema again.
    const int cookie = sql.execAndGet("PRAGMA schema_version").getInt();
    sql.exec("PRAGMA schema_version = " + std::to_string(cookie + 1));
    sql.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    tx.commit();
}

void writeMeta(SQLite::Database& sql, const std::string& key, const std::string& value) {
    SQLite::Statement st(sql, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    st.bind(1, key);
    st.bind(2, value);
    st.exec();
}

Currency readCurrency(SQLite::Database& sql) {
    Currency currency;
    SQLite::Statement st(sql, "SELECT key, value FROM meta WHERE key LIKE 'currency_%'");
    while (st.executeStep()) {
        const std::string key = st.getColumn(0).getString();
        if (key == "currency_code")
            currency.code = st.getColumn(1).getString();
        else if (key == "currency_decimals")
            currency.decimals = std::stoi(st.getColumn(1).getString());
    }
    return currency;
}

// Creates the file with owner-only permissions; fails if it exists.
void createEmptyFile(const fs::path& path) {
    if (!path.parent_path().empty())
        fs::create_directories(path.parent_path());
    const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        throw StoreError(StoreError::Kind::Io, "cannot create " + quoted(path) + ": " +
                                                   (errno == EEXIST ? std::string("file exists")
                                                                    : std::strerror(errno)));
    ::close(fd);
}

fs::path freeBackupPath(const fs::path& path, int version) {
    const std::string base = path.string() + ".v" + std::to_string(version) + ".bak";
    fs::path candidate = base;
    for (int n = 2; fs::exists(candidate); ++n)
        candidate = base + "." + std::to_string(n);
    return candidate;
}

// SQLite's memory statistics take a process-wide mutex around every
// allocation it makes; nothing here reads them. Must come before SQLite
// initialises (the first connection); later it is refused, harmlessly.
void configureSqliteOnce() {
    static const int once = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)once;
}

} // namespace

Database::Database(fs::path path, std::unique_ptr<SQLite::Database> sql)
    : m_path(std::move(path)), m_sql(std::move(sql)),
      m_statements(std::make_unique<sql::StatementCache>(*m_sql)),
      m_staleSearch(std::make_unique<std::set<std::int64_t>>()),
      m_keptSearch(std::make_unique<search::KeptSearch>()),
      m_currency(readCurrency(*m_sql)) {}

void Database::rebuildStaleSearch() const {
    // Taken first: the marks are gone whether the rebuild succeeds or not
    // (a failure rolls the whole unit back).
    const std::set<std::int64_t> stale = std::move(*m_staleSearch);
    m_staleSearch->clear();
    search::refresh(*this, stale);
}

Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

Database Database::create(const fs::path& path, const Currency& currency) {
    configureSqliteOnce();
    if (!currencyDecimals(currency.code) && (currency.decimals < 0 || currency.decimals > 4))
        throw ValidationError({{"currency", "'" + currency.code + "' is not a known currency"}});
    createEmptyFile(path);
    try {
        auto sql = std::make_unique<SQLite::Database>(path.string(), kReadWrite);
        sql->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        applyPragmas(*sql);
        upgrade(*sql, 0);
        SQLite::Transaction tx(*sql, SQLite::TransactionBehavior::IMMEDIATE);
        writeMeta(*sql, "currency_code", currency.code);
        writeMeta(*sql, "currency_decimals",
                  std::to_string(currencyDecimals(currency.code).value_or(currency.decimals)));
        writeMeta(*sql, "created_by", std::string("crm ") + CRM_VERSION);
        tx.commit();
        audit::prepareConnection(*sql, audit::defaultUser());
        return Database(path, std::move(sql));
    } catch (const SQLite::Exception& e) {
        std::error_code ec;
        fs::remove(path, ec);
        sql::rethrow(e, "creating " + quoted(path));
    }
}

Database Database::open(const fs::path& path, OpenMode mode, const Currency& currencyForNewFile) {
    configureSqliteOnce();
    if (!fs::exists(path)) {
        if (mode == OpenMode::CreateIfMissing)
            return create(path, currencyForNewFile);
        throw StoreError(StoreError::Kind::Io, "no database at " + quoted(path) +
                                                   " (create one with `crm init`)");
    }
    const FileFacts facts = inspect(path);
    checkIsOurs(path, facts);
    if (!mayWrite(path))
        return openReadOnly(path, facts.version);
    try {
        auto sql = std::make_unique<SQLite::Database>(path.string(), kReadWrite);
        applyPragmas(*sql);
        if (facts.version < kSchemaVersion) {
            Database old(path, std::move(sql));
            // Checked and renamed into place whole: a kill mid-copy leaves no
            // half backup under the name.
            backupDatabase(old, freeBackupPath(path, facts.version));
            sql = std::move(old.m_sql);
            upgrade(*sql, facts.version);
        }
        audit::prepareConnection(*sql, audit::defaultUser());
        return Database(path, std::move(sql));
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "opening " + quoted(path));
    }
}

void Database::setAuditUser(const std::string& user) const {
    if (m_readOnly)
        return;
    try {
        audit::setUser(*m_sql, user);
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "setting the audit user");
    }
}

Database Database::openReadOnly(const fs::path& path, int version) {
    if (version < kSchemaVersion)
        throw StoreError(StoreError::Kind::ReadOnly,
                         quoted(path) + " is read-only and was written by an older version of "
                                        "the CRM (schema " + std::to_string(version) +
                             "); it was not changed. Make it writable once so that it can be "
                             "upgraded, or open a copy.");
    try {
        auto sql = std::make_unique<SQLite::Database>(path.string(), kReadOnly);
        applyReadOnlyPragmas(*sql);
        Database db(path, std::move(sql));
        db.m_readOnly = true;
        return db;
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "opening " + quoted(path) + " read-only");
    }
}

void Database::backupTo(const fs::path& target) const {
    try {
        SQLite::Database destination(target.string(),
                                     SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        SQLite::Backup backup(destination, *m_sql);
        backup.executeStep(); // -1: all pages in one step
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "backing up to " + quoted(target));
    }
}

WriteTransaction::WriteTransaction(const Database& db) : m_db(db), m_sql(db.sql()) {
    if (db.isReadOnly())
        throw StoreError(StoreError::Kind::ReadOnly,
                         quoted(db.path()) + " is read-only (its permissions forbid writing); "
                                             "nothing was changed");
    m_nested = sqlite3_get_autocommit(m_sql.getHandle()) == 0;
    // Nested units are many (one per row of an import): reuse the statement.
    sql::CachedStatement begin(db.statements(), m_nested ? "SAVEPOINT crm_unit" : "BEGIN IMMEDIATE");
    begin->exec();
}

WriteTransaction::~WriteTransaction() {
    if (m_done)
        return;
    try {
        if (m_nested) {
            m_sql.exec("ROLLBACK TO crm_unit; RELEASE crm_unit");
        } else {
            m_db.m_staleSearch->clear();
            m_sql.exec("ROLLBACK");
        }
    } catch (...) {
        // A failed rollback leaves SQLite to roll back when the connection closes.
    }
}

void WriteTransaction::commit() {
    if (m_nested) {
        sql::CachedStatement release(m_db.statements(), "RELEASE crm_unit");
        release->exec();
    } else {
        m_db.rebuildStaleSearch();
        m_sql.exec("COMMIT");
    }
    m_done = true;
}

} // namespace crm
