// A write the disk refuses, and a file the user made read-only: the file
// stays exactly as it was, and the user is told what happened in one line.
// The disk fills for real through a file-size limit (RLIMIT_FSIZE, so the
// kernel refuses the write as a full disk would) on the real `crm` binary,
// and inside one connection through SQLite's max_page_count.
#include "../cli/cli_fixture.h"

#include "crm/errors.h"
#include "crm/store/customer_store.h"
#include "crm/store/database.h"

#include <SQLiteCpp/Database.h>

#include <csignal>
#include <fstream>
#include <sstream>
#include <sys/resource.h>

using namespace crm;
using namespace crm::cli::test;
namespace fs = std::filesystem;

namespace {

std::string bytesOf(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// `rows` customers C-<first>.. with a long note each, so that they need room.
fs::path writeCustomers(const fs::path& file, int first, int rows) {
    std::ofstream out(file, std::ios::binary);
    out << "code,name,notes\r\n";
    for (int k = first; k < first + rows; ++k)
        out << "C-" << k << ",Customer " << k << "," << std::string(200, 'n') << "\r\n";
    return file;
}

std::string integrity(const fs::path& db) {
    SQLite::Database sql(db.string(), SQLite::OPEN_READONLY);
    return sql.execAndGet("PRAGMA integrity_check").getString();
}

int customerCount(const fs::path& db) {
    SQLite::Database sql(db.string(), SQLite::OPEN_READONLY);
    return sql.execAndGet("SELECT count(*) FROM customer").getInt();
}

// While alive, files this process (and its children) write may not grow
// past `bytes`; a write beyond fails with EFBIG instead of killing the writer.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_saved{};
    void (*m_oldHandler)(int) = nullptr;
};

class StorageLimits : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        init();
        ok({"import", "customers", writeCustomers(m_dir / "first.csv", 1, 100).string()});
        ASSERT_EQ(customerCount(m_db), 100);
    }
};

} // namespace

TEST_F(StorageLimits, AnImportTheDiskCannotHoldChangesNothingAndSaysSo) {
    const fs::path big = writeCustomers(m_dir / "big.csv", 1000, 20000);
    const std::string before = bytesOf(m_db);
    CliResult r;
    {
        const FileSizeLimit limit(fs::file_size(m_db) + 256 * 1024);
        r = crm({"import", "customers", big.string()});
    }
    expectError(r, 2, "could not write the database");
    EXPECT_TRUE(contains(r.err, "nothing was changed")) << r.err;
    EXPECT_EQ(integrity(m_db), "ok");
    EXPECT_EQ(customerCount(m_db), 100);
    EXPECT_EQ(bytesOf(m_db), before);
    // With room again, the same import goes through whole.
    ok({"import", "customers", big.string()});
    EXPECT_EQ(customerCount(m_db), 20100);
}

TEST_F(StorageLimits, AnEditThatDoesNotFitIsRolledBackWithAStoreError) {
    const Database db = Database::open(m_db);
    const int pages = db.sql().execAndGet("PRAGMA page_count").getInt();
    db.sql().exec("PRAGMA max_page_count = " + std::to_string(pages));
    Customer c;
    c.code = "HUGE-1";
    c.name = "Needs more room than there is";
    c.notes = std::string(1 << 20, 'x');
    c.createdOn = Date(2026, 11, 1);
    try {
        WriteTransaction tx(db);
        CustomerStore(db).add(c);
        tx.commit();
        FAIL() << "a 1 MB note fitted in a full file";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Io) << e.what();
        EXPECT_TRUE(contains(e.what(), "nothing was changed")) << e.what();
    }
    EXPECT_FALSE(CustomerStore(db).findByCode("HUGE-1").has_value());
    EXPECT_EQ(customerCount(m_db), 100);
}

TEST_F(StorageLimits, AReadOnlyFileIsReadButNeverWritten) {
    fs::permissions(m_db, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const std::string before = bytesOf(m_db);
    EXPECT_TRUE(contains(ok({"customer", "show", "C-7"}), "Customer 7"));
    expectError(crm({"customer", "add", "--code", "NEW-1", "--name", "Refused"}), 2, "read-only");
    expectError(crm({"import", "customers", writeCustomers(m_dir / "more.csv", 500, 10).string()}),
                2, "read-only");
    {
        const Database db = Database::open(m_db);
        EXPECT_TRUE(db.isReadOnly());
        EXPECT_THROW(WriteTransaction tx(db), StoreError);
    }
    EXPECT_EQ(bytesOf(m_db), before);
    fs::permissions(m_db, fs::perms::owner_write, std::filesystem::perm_options::add);
    EXPECT_FALSE(Database::open(m_db).isReadOnly());
    EXPECT_EQ(customerCount(m_db), 100);
}
