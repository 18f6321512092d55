#include "temp_db.h"

#include "crm/errors.h"
#include "crm/store/customer_store.h"
#include "crm/store/database.h"
#include "crm/store/schema.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <thread>
#include <iterator>
#include <memory>

using namespace crm;
using crm::test::freshPath;

namespace {

std::string bytesOf(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void writeBytes(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream(p, std::ios::binary) << bytes;
}

StoreError::Kind openErrorKind(const std::filesystem::path& p) {
    try {
        Database::open(p);
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find(p.string()), std::string::npos) << e.what();
        return e.kind();
    }
    ADD_FAILURE() << "opened " << p;
    return StoreError::Kind::Other;
}

Customer sampleCustomer(const std::string& code) {
    Customer c;
    c.code = code;
    c.name = "Northwind Traders";
    c.createdOn = Date(2026, 1, 2);
    return c;
}

} // namespace

TEST(Database, CreatesAndReopensWithItsCurrency) {
    const auto path = freshPath("create");
    {
        Database db = Database::create(path, Currency{"JPY", 0});
        CustomerStore(db).add(sampleCustomer("C-1"));
    }
    Database again = Database::open(path);
    EXPECT_EQ(again.currency().code, "JPY");
    EXPECT_EQ(again.currency().decimals, 0);
    EXPECT_TRUE(CustomerStore(again).findByCode("C-1"));
}

// Another program holding the file's lock (here: exclusive locking mode,
// as while the last connection checkpoints on close) for a moment.
std::unique_ptr<SQLite::Database> lockFile(const std::filesystem::path& path) {
    auto other = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE);
    other->exec("PRAGMA locking_mode = EXCLUSIVE");
    other->exec("INSERT OR REPLACE INTO meta(key, value) VALUES ('lock-test', 'x')");
    return other;
}

TEST(Database, OpenWaitsWhileAnotherProgramHoldsTheFileForAMoment) {
    const auto path = freshPath("brief-lock");
    Database::create(path, Currency{"EUR", 2});
    auto other = lockFile(path);
    std::thread release([&other] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        other.reset();
    });
    EXPECT_NO_THROW(Database::open(path)); // was "database is locked" at once
    release.join();
}

TEST(Database, OpenOfAFileHeldLongerSaysItIsInUse) {
    const auto path = freshPath("long-lock");
    Database::create(path, Currency{"EUR", 2});
    auto other = lockFile(path);
    try {
        Database::open(path);
        ADD_FAILURE() << "opened a locked file";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Busy) << e.what();
        EXPECT_NE(std::string(e.what()).find("in use by another program"), std::string::npos)
            << e.what();
    }
}

TEST(Database, UsesWalForeignKeysAndADurableSyncMode) {
    test::TempDb t("pragmas");
    auto& sql = t.db().sql();
    EXPECT_EQ(sql.execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(sql.execAndGet("PRAGMA foreign_keys").getInt(), 1);
    EXPECT_GE(sql.execAndGet("PRAGMA synchronous").getInt(), 1); // never OFF
    EXPECT_EQ(sql.execAndGet("PRAGMA application_id").getInt(), kApplicationId);
    EXPECT_EQ(sql.execAndGet("PRAGMA user_version").getInt(), kSchemaVersion);
}

TEST(Database, NewFileIsReadableByItsOwnerOnly) {
    test::TempDb t("perms");
    const auto perms = std::filesystem::status(t.path()).permissions();
    using P = std::filesystem::perms;
    EXPECT_EQ(perms & (P::group_all | P::others_all), P::none);
}

TEST(Database, CreateRefusesAnExistingFile) {
    test::TempDb t("exists");
    EXPECT_THROW(Database::create(t.path()), StoreError);
}

TEST(Database, MissingFileIsAnErrorUnlessAskedToCreate) {
    const auto path = freshPath("missing");
    EXPECT_THROW(Database::open(path), StoreError);
    EXPECT_FALSE(std::filesystem::exists(path));
    Database::open(path, OpenMode::CreateIfMissing);
    EXPECT_TRUE(std::filesystem::exists(path));
}

TEST(Database, TextFileIsNotADatabaseAndIsNotModified) {
    const auto path = freshPath("text");
    const std::string content = "name,email\nZhang Wei,zw@example.cn\n";
    writeBytes(path, content);
    EXPECT_EQ(openErrorKind(path), StoreError::Kind::NotADatabase);
    EXPECT_EQ(bytesOf(path), content);
}

TEST(Database, OtherProgramsSqliteFileIsRefusedAndNotModified) {
    const auto path = freshPath("other");
    {
        SQLite::Database other(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE notes(text); INSERT INTO notes VALUES ('keep me')");
    }
    const std::string before = bytesOf(path);
    EXPECT_EQ(openErrorKind(path), StoreError::Kind::NotADatabase);
    EXPECT_EQ(bytesOf(path), before);
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal"));
}

TEST(Database, FileFromANewerVersionIsRefusedAndNotModified) {
    const auto path = freshPath("newer");
    {
        Database db = Database::create(path);
        db.sql().exec("PRAGMA journal_mode = DELETE");
        db.sql().exec("PRAGMA user_version = " + std::to_string(kSchemaVersion + 1));
    }
    const std::string before = bytesOf(path);
    EXPECT_EQ(openErrorKind(path), StoreError::Kind::TooNew);
    EXPECT_EQ(bytesOf(path), before);
}

TEST(Database, DamagedFileIsReportedAndNotModified) {
    const auto path = freshPath("damaged");
    {
        Database db = Database::create(path);
        CustomerStore(db).add(sampleCustomer("C-1"));
        db.sql().exec("PRAGMA journal_mode = DELETE"); // checkpoint everything into the file
    }
    std::string bytes = bytesOf(path);
    ASSERT_GT(bytes.size(), 4096u);
    // Scramble the schema page after its header: the tables can no longer be read.
    for (std::size_t i = 120; i < 4096; ++i)
        bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
    writeBytes(path, bytes);
    const auto kind = openErrorKind(path);
    EXPECT_TRUE(kind == StoreError::Kind::Damaged || kind == StoreError::Kind::NotADatabase);
    EXPECT_EQ(bytesOf(path), bytes);
}

TEST(Database, TruncatedHeaderIsNotADatabase) {
    const auto path = freshPath("truncated");
    writeBytes(path, std::string("SQLite format 3\0", 16));
    const auto kind = openErrorKind(path);
    EXPECT_TRUE(kind == StoreError::Kind::Damaged || kind == StoreError::Kind::NotADatabase);
}

TEST(WriteTransaction, RollsBackUnlessCommitted) {
    test::TempDb t("rollback");
    {
        WriteTransaction tx(t.db());
        t.db().sql().exec("INSERT INTO meta(key, value) VALUES ('k', 'v')");
    }
    EXPECT_EQ(t.db().sql().execAndGet("SELECT count(*) FROM meta WHERE key = 'k'").getInt(), 0);
}

TEST(WriteTransaction, NestedUnitRollsBackAloneInsideTheOuterOne) {
    test::TempDb t("nested");
    {
        WriteTransaction outer(t.db());
        t.db().sql().exec("INSERT INTO meta(key, value) VALUES ('outer', 'v')");
        {
            WriteTransaction inner(t.db());
            t.db().sql().exec("INSERT INTO meta(key, value) VALUES ('inner', 'v')");
        }
        outer.commit();
    }
    auto& sql = t.db().sql();
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM meta WHERE key = 'outer'").getInt(), 1);
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM meta WHERE key = 'inner'").getInt(), 0);
}

TEST(Database, BackupIsACompleteCopy) {
    test::TempDb t("backup-src");
    CustomerStore(t.db()).add(sampleCustomer("C-7"));
    const auto target = freshPath("backup-dst");
    t.db().backupTo(target);
    Database copy = Database::open(target);
    EXPECT_TRUE(CustomerStore(copy).findByCode("C-7"));
}

namespace {

// A database as version 1 of the schema wrote it, with one customer.
void writeVersionOneFile(const std::filesystem::path& path) {
    SQLite::Database sql(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    sql.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    sql.exec(std::string(schema::steps().at(0)));
    sql.exec("INSERT INTO meta(key, value) VALUES ('currency_code', 'EUR'), "
             "('currency_decimals', '2')");
    sql.exec("INSERT INTO customer(code, kind, name, created_on) "
             "VALUES ('OLD-1', 'person', 'Anna Schmidt', 2460000)");
    sql.exec("PRAGMA user_version = 1");
}

} // namespace

namespace {

// The stored SQL of every table, index and trigger, by name.
std::string schemaText(SQLite::Database& sql) {
    return sql
        .execAndGet("SELECT group_concat(name || ': ' || sql, char(10)) FROM (SELECT name, sql "
                    "FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name)")
        .getString();
}

} // namespace

// Version 4 writes the checks with three allowed values as comparisons
// (an IN list built a temporary b-tree per written row): same values allowed.
TEST(Database, ChecksOfThreeValuesStillRefuseEveryOtherValue) {
    test::TempDb t("checks");
    auto& sql = t.db().sql();
    EXPECT_EQ(schemaText(sql).find("IN ('open', 'in-progress', 'resolved')"), std::string::npos);
    sql.exec("INSERT INTO customer(code, kind, name, created_on, company_stage) "
             "VALUES ('A', 'organisation', 'A', 1, 'growth'), ('B', 'person', 'B', 1, NULL)");
    EXPECT_THROW(sql.exec("INSERT INTO customer(code, kind, name, created_on, company_stage) "
                          "VALUES ('C', 'organisation', 'C', 1, 'Growth')"),
                 SQLite::Exception);
    sql.exec("INSERT INTO interaction(customer_id, day, type, complaint_status) "
             "VALUES (1, 1, 'complaint', 'in-progress'), (1, 1, 'call', NULL)");
    EXPECT_THROW(sql.exec("INSERT INTO interaction(customer_id, day, type, complaint_status) "
                          "VALUES (1, 1, 'complaint', 'closed')"),
                 SQLite::Exception);
    sql.exec("INSERT INTO audit_log(at, user, customer_id, record, action, field) "
             "VALUES ('2026-01-01 00:00:00', 'u', 1, 'customer', 'deleted', 'name')");
    EXPECT_THROW(sql.exec("INSERT INTO audit_log(at, user, customer_id, record, action, field) "
                          "VALUES ('2026-01-01 00:00:00', 'u', 1, 'customer', 'moved', 'name')"),
                 SQLite::Exception);
}

TEST(Database, UpgradesAnOlderFileStepByStepAfterBackingItUp) {
    const auto path = freshPath("upgrade");
    writeVersionOneFile(path);
    {
        Database db = Database::open(path);
        EXPECT_EQ(db.sql().execAndGet("PRAGMA user_version").getInt(), kSchemaVersion);
        EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM clv_model").getInt(), 0);
        EXPECT_TRUE(CustomerStore(db).findByCode("OLD-1"));
        EXPECT_EQ(db.currency().code, "EUR");
        test::TempDb fresh("upgrade-fresh");
        EXPECT_EQ(schemaText(db.sql()), schemaText(fresh.db().sql()));
        EXPECT_EQ(db.sql().execAndGet("PRAGMA integrity_check").getString(), "ok");
    }
    const std::filesystem::path backup = path.string() + ".v1.bak";
    ASSERT_TRUE(std::filesystem::exists(backup));
    SQLite::Database old(backup.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(old.execAndGet("PRAGMA user_version").getInt(), 1);
    EXPECT_EQ(old.execAndGet("SELECT name FROM customer").getString(), "Anna Schmidt");
    std::filesystem::remove(backup);
}

TEST(Database, AFailedUpgradeLeavesTheOldVersion) {
    const auto path = freshPath("upgrade-fail");
    writeVersionOneFile(path);
    {
        // A table of the same name makes step 2 fail half-way.
        SQLite::Database sql(path.string(), SQLite::OPEN_READWRITE);
        sql.exec("CREATE TABLE rfm_cutpoints(x)");
    }
    EXPECT_THROW(Database::open(path), Error);
    SQLite::Database sql(path.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(sql.execAndGet("PRAGMA user_version").getInt(), 1);
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'clv_model'")
                  .getInt(),
              0);
    std::filesystem::remove(path.string() + ".v1.bak");
}
