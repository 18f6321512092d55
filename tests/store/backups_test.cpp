#include "temp_db.h"

#include "crm/errors.h"
#include "crm/store/backups.h"
#include "crm/store/customer_store.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace crm;
namespace fs = std::filesystem;

namespace {

Customer customer(const std::string& code) {
    Customer c;
    c.code = code;
    c.name = "Customer " + code;
    c.createdOn = Date(2026, 1, 5);
    return c;
}

struct Backups : ::testing::Test {
    test::TempDb t{"backups"};
    void SetUp() override { fs::remove_all(backupDirectory(t.path())); }
    void TearDown() override { fs::remove_all(backupDirectory(t.path())); }
};

void flipByte(const fs::path& file, std::streamoff offset) {
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(offset);
    char c = 0;
    f.get(c);
    f.seekp(offset);
    f.put(static_cast<char>(c ^ 0x5A));
}

bool passesCheck(const fs::path& file) {
    try {
        return integrityReport(file) == "ok";
    } catch (const StoreError&) {
        return false; // too damaged to read at all
    }
}

} // namespace

TEST_F(Backups, ABackupHoldsEverythingCommittedAndPassesItsCheck) {
    CustomerStore(t.db()).add(customer("B-1"));
    const fs::path target = test::freshPath("backup-target");
    ASSERT_TRUE(backupDatabase(t.db(), target));
    EXPECT_EQ(integrityReport(target), "ok");
    for (const char* left : {".partial", ".partial-wal", ".partial-shm"})
        EXPECT_FALSE(fs::exists(target.string() + left)) << left;
    const Database copy = Database::open(target);
    EXPECT_TRUE(CustomerStore(copy).findByCode("B-1"));
}

TEST_F(Backups, ACancelledBackupLeavesNoFile) {
    const fs::path target = test::freshPath("backup-cancelled");
    EXPECT_FALSE(backupDatabase(t.db(), target, [](std::int64_t, std::int64_t) { return false; }));
    EXPECT_FALSE(fs::exists(target));
    EXPECT_FALSE(fs::exists(target.string() + ".partial"));
}

TEST_F(Backups, NumberedBackupsKeepOnlyTheNewest) {
    for (int i = 0; i < 5; ++i) {
        CustomerStore(t.db()).add(customer("N-" + std::to_string(i)));
        ASSERT_TRUE(makeNumberedBackup(t.db(), 3));
    }
    const auto backups = listBackups(t.path());
    ASSERT_EQ(backups.size(), 3u);
    EXPECT_EQ(backups[0].number, 5);
    EXPECT_EQ(backups[2].number, 3);
    EXPECT_EQ(fs::status(backups[0].path).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
    const Database newest = Database::open(backups[0].path);
    EXPECT_TRUE(CustomerStore(newest).findByCode("N-4"));
}

TEST_F(Backups, RestoreBringsBackTheBackupAndKeepsTheReplacedFile) {
    CustomerStore(t.db()).add(customer("R-1"));
    const auto backup = makeNumberedBackup(t.db(), 5);
    ASSERT_TRUE(backup);
    CustomerStore(t.db()).add(customer("R-2"));
    const fs::path file = t.path();
    t.db().backupTo(test::freshPath("restore-live")); // the live file stays usable
    const fs::path live = test::freshPath("restore-live-file");
    ASSERT_TRUE(backupDatabase(t.db(), live));
    restoreBackup(backup->path, live, 5);
    const Database restored = Database::open(live);
    EXPECT_TRUE(CustomerStore(restored).findByCode("R-1"));
    EXPECT_FALSE(CustomerStore(restored).findByCode("R-2"));
    // The file it replaced (with R-2) was saved as a backup first.
    const auto saved = listBackups(live);
    ASSERT_FALSE(saved.empty());
    const Database before = Database::open(saved.front().path);
    EXPECT_TRUE(CustomerStore(before).findByCode("R-2"));
    fs::remove_all(backupDirectory(live));
    (void)file;
}

TEST_F(Backups, ADamagedBackupIsRefusedAndTheDatabaseIsUntouched) {
    for (int i = 0; i < 300; ++i)
        CustomerStore(t.db()).add(customer("D-" + std::to_string(i)));
    const fs::path backup = test::freshPath("damaged-backup");
    ASSERT_TRUE(backupDatabase(t.db(), backup));
    flipByte(backup, 4096 * 3); // the type byte of a b-tree page
    EXPECT_FALSE(passesCheck(backup));
    const fs::path live = test::freshPath("damaged-restore-live");
    ASSERT_TRUE(backupDatabase(t.db(), live));
    const auto sizeBefore = fs::file_size(live);
    EXPECT_THROW(restoreBackup(backup, live, 5), StoreError);
    EXPECT_EQ(fs::file_size(live), sizeBefore);
    EXPECT_EQ(integrityReport(live), "ok");
}
