// crm import: the real binary, its exit codes and reports, and the round
// trip export -> import into a new database -> export.
#include "../cli/cli_fixture.h"

#include <fstream>
#include <sstream>

namespace crm::cli::test {
namespace {

namespace fs = std::filesystem;

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

fs::path writeFile(const fs::path& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

class ImportCli : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        init();
    }
    // Runs crm with --db `db` instead of the test's own file.
    CliResult on(const fs::path& db, std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db.string()});
        return runRaw(args);
    }
    void fillForRoundTrip() const {
        addCustomer("C-1", "张伟", {"--kind", "person", "--region", "北京", "--tag", "vip",
                                    "--tag", "b2c", "--phone", "138-0013-8000"});
        addCustomer("C-2", "=cmd|' /C calc'!A0", {"--region", "上海", "--industry", "制造, 机械"});
        addCustomer("C-3", "Say \"hi\", Co", {"--email", "a@b.cn", "--owner", "-Li"});
        ok({"tx", "add", "C-1", "--date", "2025-01-05", "--amount", "120.50", "--reference", "R-1"});
        ok({"tx", "add", "C-1", "--date", "2025-02-05", "--amount", "-20.00", "--product", "@退款"});
        ok({"tx", "add", "C-2", "--date", "2025-03-01", "--amount", "7", "--cost", "3.25",
            "--product", "Widget, large", "--reference", "R-2"});
    }
};

const char* kProfileColumns = "code,name,kind,industry,region,phone,email,owner,tags";

TEST_F(ImportCli, RoundTripGivesIdenticalFiles) {
    fillForRoundTrip();
    const fs::path a = m_dir / "customers-a.csv", b = m_dir / "customers-b.csv";
    const fs::path ta = m_dir / "tx-a.csv", tb = m_dir / "tx-b.csv";
    ok({"export", "customers", "--columns", kProfileColumns, "--out", a.string()});
    ok({"export", "transactions", "--out", ta.string()});
    const fs::path other = m_dir / "other.crm";
    ASSERT_EQ(on(other, {"init"}).exitCode, 0);
    auto r = on(other, {"import", "customers", a.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = on(other, {"import", "transactions", ta.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(on(other, {"export", "customers", "--columns", kProfileColumns, "--out", b.string()}).exitCode, 0);
    ASSERT_EQ(on(other, {"export", "transactions", "--out", tb.string()}).exitCode, 0);
    EXPECT_EQ(readFile(a), readFile(b));
    EXPECT_EQ(readFile(ta), readFile(tb));
    EXPECT_TRUE(contains(readFile(a), "'=cmd")) << "the export guards formulas";
}

TEST_F(ImportCli, DefaultCustomerExportIsAccepted) {
    fillForRoundTrip();
    const fs::path a = m_dir / "customers-default.csv";
    ASSERT_EQ(crm({"export", "customers", "--out", a.string()}).exitCode, 0); // notes on stderr
    const fs::path other = m_dir / "other2.crm";
    ASSERT_EQ(on(other, {"init"}).exitCode, 0);
    const auto r = on(other, {"import", "customers", a.string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "3 rows read, 3 imported")) << r.out;
}

TEST_F(ImportCli, InvalidRowsExitNonZeroWithTheReportOnStderr) {
    const auto file = writeFile(m_dir / "bad.csv", "code,name\nC-1,Good\nC 2,Bad\n");
    const auto r = crm({"import", "customers", file.string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(contains(r.err, file.string() + ":3: code: 'C 2' must be")) << r.err;
    EXPECT_TRUE(contains(r.err, "crm: 1 invalid row(s)")) << r.err;
    EXPECT_TRUE(contains(r.out, "nothing imported")) << r.out;
    expectError(crm({"customer", "show", "C-1"}), 1, "no customer with code 'C-1'");
}

TEST_F(ImportCli, SkipInvalidNeedsRejectsAndWritesThem) {
    const auto file = writeFile(m_dir / "bad2.csv", "code,name\nC-1,Good\nC 2,Bad\n");
    EXPECT_EQ(crm({"import", "customers", file.string(), "--skip-invalid"}).exitCode, 1);
    const auto rejects = m_dir / "rejects.csv";
    const auto r = crm({"import", "customers", file.string(), "--skip-invalid", "--rejects",
                        rejects.string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "2 rows read, 1 imported, 0 updated, 0 skipped (already stored), 1 rejected"))
        << r.out;
    EXPECT_TRUE(contains(readFile(rejects), "C 2,Bad,")) << readFile(rejects);
}

TEST_F(ImportCli, ReimportSaysNothingNew) {
    addCustomer("C-1", "One");
    const auto file = writeFile(m_dir / "tx.csv", "transaction_id,customer_id,date,amount,product\n"
                                                  "T-1,C-1,2026/6/30,10.00,Tea\n");
    const std::string first = ok({"import", "transactions", file.string()});
    EXPECT_TRUE(contains(first, "1 imported")) << first;
    EXPECT_TRUE(contains(first, "crm lifecycle-replay")) << first;
    const std::string again = ok({"import", "transactions", file.string()});
    EXPECT_TRUE(contains(again, "0 imported, 0 updated, 1 skipped")) << again;
    EXPECT_TRUE(contains(again, "nothing new")) << again;
}

TEST_F(ImportCli, UsageErrors) {
    const auto file = writeFile(m_dir / "c.csv", "code,name\nC-1,A\n");
    expectError(crm({"import", "people", file.string()}), 1, "kind: 'people' is not one of");
    expectError(crm({"import", "customers", file.string(), "--on-duplicate", "merge"}), 1,
                "on-duplicate: 'merge'");
    expectError(crm({"import", "customers", file.string(), "--encoding", "latin1"}), 1,
                "encoding: 'latin1'");
    expectError(crm({"import", "customers", (m_dir / "missing.csv").string()}), 1,
                "cannot be opened");
    const auto dry = ok({"import", "customers", file.string(), "--dry-run", "--delimiter", "comma"});
    EXPECT_TRUE(contains(dry, "dry run: nothing was changed")) << dry;
}

} // namespace
} // namespace crm::cli::test
