// SIGKILL at random moments of a CSV import, of a long series of edits and
// of a schema upgrade: afterwards the file passes PRAGMA integrity_check
// and every unit of work is wholly there or wholly absent.
#include "kill_support.h"

#include "crm/store/customer_store.h"
#include "crm/store/database.h"
#include "crm/store/interaction_store.h"
#include "crm/store/schema.h"
#include "crm/store/transaction_store.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <fstream>
#include <random>

using namespace crm;
using namespace crm::test;
namespace fs = std::filesystem;
using std::chrono::microseconds;

namespace {

constexpr int kImportRows = 4000;

// Moments spread over the whole run (and a little after), shuffled.
std::vector<microseconds> killMoments(microseconds runTime, int runs, unsigned seed) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> jitter(0.0, 1.0);
    std::vector<microseconds> moments;
    for (int i = 0; i < runs; ++i) {
        const double at = (i + jitter(random)) / runs * 1.15;
        moments.emplace_back(static_cast<std::int64_t>(static_cast<double>(runTime.count()) * at));
    }
    std::shuffle(moments.begin(), moments.end(), random);
    return moments;
}

std::int64_t count(const fs::path& file, const std::string& sql) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt64();
}

fs::path importBase(const fs::path& dir) {
    const fs::path base = dir / "import-base.crm";
    Database db = Database::create(base);
    for (int i = 1; i <= 50; ++i) {
        Customer c;
        c.code = "X-" + std::to_string(i);
        c.name = "Existing " + std::to_string(i);
        c.createdOn = Date(2025, 5, 1);
        CustomerStore(db).add(c);
    }
    return base;
}

fs::path importFile(const fs::path& dir) {
    const fs::path csv = dir / "customers.csv";
    std::ofstream out(csv, std::ios::binary);
    out << "customer_id,name,kind,industry,region,email,phone,created_on\r\n";
    for (int i = 1; i <= kImportRows; ++i)
        out << "I-" << i << ",导入客户 " << i << ",org,Retail,华东,buyer" << i
            << "@example.com,+86 21 5555 " << 1000 + i % 9000 << ",2025-03-0" << 1 + i % 9 << "\r\n";
    return csv;
}

// A file as schema version 1 wrote it, with `customers` customers.
void writeVersionOne(const fs::path& path, int customers) {
    SQLite::Database sql(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    sql.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    sql.exec("PRAGMA journal_mode = WAL");
    sql.exec(std::string(schema::steps().at(0)));
    sql.exec("INSERT INTO meta(key, value) VALUES ('currency_code', 'EUR'), ('currency_decimals', '2')");
    sql.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
             std::to_string(customers) +
             ") INSERT INTO customer(code, kind, name, created_on) "
             "SELECT 'OLD-' || i, 'person', 'Old customer ' || i, 2460000 FROM n");
    sql.exec("PRAGMA user_version = 1");
}

void expectEditsWhole(const fs::path& file) {
    const Database db = Database::open(file);
    const std::int64_t last = count(file, "SELECT count(*) FROM customer WHERE code LIKE 'E-%'");
    const CustomerStore customers(db);
    for (std::int64_t n = 1; n <= last; ++n) {
        const auto c = customers.findByCode("E-" + std::to_string(n));
        ASSERT_TRUE(c) << "edit " << n << " of " << last << " is missing";
        EXPECT_EQ(TransactionStore(db).listFor(c->id).size(), 3u) << c->code;
        EXPECT_EQ(InteractionStore(db).listFor(c->id).size(), 1u) << c->code;
        EXPECT_EQ(customers.aggregates(c->id), customers.recomputeAggregates(c->id)) << c->code;
    }
    if (last > 1) {
        const auto touched = customers.findByCode("E-" + std::to_string(last / 2));
        EXPECT_EQ(touched->notes, "touched by edit " + std::to_string(last));
    }
}

} // namespace

TEST(Kill, AnImportIsWhollyThereOrWhollyAbsent) {
    const fs::path dir = tmpDir();
    const fs::path base = importBase(dir);
    const fs::path csv = importFile(dir);
    const fs::path file = dir / "import.crm";
    const auto command = [&] {
        return std::vector<std::string>{CRM_BINARY, "--db", file.string(), "import", "customers", csv.string()};
    };
    copyDatabase(base, file);
    const microseconds full = timeRun(command());
    ASSERT_EQ(count(file, "SELECT count(*) FROM customer"), 50 + kImportRows) << "the import itself failed";
    int killed = 0, absent = 0;
    for (const microseconds at : killMoments(full, killRuns(20), 1)) {
        copyDatabase(base, file);
        killed += runAndKill(command(), at);
        ASSERT_EQ(integrity(file), "ok") << "killed after " << at.count() << " us";
        const std::int64_t imported = count(file, "SELECT count(*) FROM customer WHERE code LIKE 'I-%'");
        ASSERT_TRUE(imported == 0 || imported == kImportRows) << imported << " rows after a kill";
        EXPECT_EQ(count(file, "SELECT count(*) FROM customer WHERE code LIKE 'X-%'"), 50);
        absent += imported == 0;
    }
    EXPECT_GT(killed, 0);
    EXPECT_GT(absent, 0);
    std::printf("import: %d kills, %d left the import absent (full run %lld ms)\n", killed, absent,
                static_cast<long long>(full.count() / 1000));
}

TEST(Kill, EveryEditIsWhollyThereOrWhollyAbsent) {
    const fs::path dir = tmpDir();
    const fs::path base = dir / "edits-base.crm";
    removeDatabase(base);
    Database::create(base);
    const fs::path file = dir / "edits.crm";
    std::mt19937 random(2);
    std::uniform_int_distribution<int> delayMs(30, 700);
    int killed = 0;
    const int runs = killRuns(20);
    for (int run = 0; run < runs; ++run) {
        if (run % 5 == 0)
            copyDatabase(base, file); // otherwise kills pile up on the same file
        killed += runAndKill({CRM_EDIT_WORKER, file.string()}, std::chrono::milliseconds(delayMs(random)));
        ASSERT_EQ(integrity(file), "ok") << "run " << run;
        expectEditsWhole(file);
        if (::testing::Test::HasFailure())
            return;
    }
    EXPECT_EQ(killed, runs);
}

TEST(Kill, AnUpgradeLeavesTheOldOrTheNewSchemaAndAUsableBackup) {
    const fs::path dir = tmpDir();
    const fs::path base = dir / "v1-base.crm";
    removeDatabase(base);
    writeVersionOne(base, 20000);
    const fs::path file = dir / "upgrade.crm";
    const auto command = std::vector<std::string>{CRM_BINARY, "--db", file.string(), "stats"};
    copyDatabase(base, file);
    const microseconds full = timeRun(command);
    int upgraded = 0, old = 0;
    for (const microseconds at : killMoments(full, killRuns(20), 3)) {
        copyDatabase(base, file);
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.path().string().find("upgrade.crm.v1.bak") != std::string::npos)
                fs::remove(entry.path());
        runAndKill(command, at);
        ASSERT_EQ(integrity(file), "ok");
        const std::int64_t version = count(file, "PRAGMA user_version");
        ASSERT_TRUE(version == 1 || version == kSchemaVersion) << version;
        EXPECT_EQ(count(file, "SELECT count(*) FROM customer"), 20000);
        const fs::path backup = file.string() + ".v1.bak";
        if (version == kSchemaVersion) {
            ++upgraded;
            ASSERT_TRUE(fs::exists(backup)) << "upgraded without a backup";
        } else {
            ++old;
        }
        if (fs::exists(backup)) {
            EXPECT_EQ(integrity(backup), "ok");
            EXPECT_EQ(count(backup, "PRAGMA user_version"), 1);
            EXPECT_EQ(count(backup, "SELECT count(*) FROM customer"), 20000);
        }
        const Database reopened = Database::open(file); // the next open finishes the job
        EXPECT_EQ(count(file, "PRAGMA user_version"), kSchemaVersion);
    }
    std::printf("upgrade: %d kills left version 1, %d the new version (full run %lld ms)\n", old,
                upgraded, static_cast<long long>(full.count() / 1000));
}
