// crm rfm, rfm snapshot, rfm-history, rfm-migration through the real binary.
#include "../cli/cli_fixture.h"

#include <fstream>
#include <sstream>

namespace crm::cli::test {
namespace {

class RfmCli : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        init();
        addCustomer("A", "Alpha");
        addCustomer("B", "Beta");
        addCustomer("C", "Gamma");
        addCustomer("D", "Delta"); // never buys: not scored
        tx("A", "2026-01-10", "100");
        tx("A", "2026-05-01", "50");
        tx("A", "2026-06-01", "-30"); // a refund counts in monetary only
        tx("B", "2025-12-01", "500");
        tx("C", "2026-06-20", "-10"); // only a refund: not scored
    }
    void tx(const std::string& code, const std::string& date, const std::string& amount) const {
        ok({"tx", "add", code, "--date", date, "--amount", amount});
    }
};

// n = 2: the better customer scores 1 + floor(5 * 1 / 2) = 3, the other 1.
const std::string kCsv = "customer_id,recency_days,frequency,monetary,r,f,m,segment\r\n"
                         "A,60,2,120.00,3,3,1,Need Attention\r\n"
                         "B,211,1,500.00,1,1,3,Hibernating\r\n";

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST_F(RfmCli, CsvIsExact) {
    EXPECT_EQ(ok({"rfm", "--as-of", "2026-06-30", "--format", "csv"}), kCsv);
}

TEST_F(RfmCli, OutWritesTheWholeFileAndNoTemporary) {
    const auto file = m_dir / "rfm.csv";
    EXPECT_EQ(ok({"rfm", "--as-of", "2026-06-30", "--format", "csv", "--out", file.string()}), "");
    EXPECT_EQ(readFile(file), kCsv);
    int entries = 0;
    for (const auto& e : std::filesystem::directory_iterator(m_dir))
        entries += e.path().filename().string().starts_with("rfm.csv") ? 1 : 0;
    EXPECT_EQ(entries, 1);
}

TEST_F(RfmCli, TableShowsEnglishAndChineseSegments) {
    const std::string out = squeezed(ok({"rfm", "--as-of", "2026-06-30"}));
    EXPECT_TRUE(contains(out, "A 60 2 120.00 3 3 1 Need Attention 需关注客户")) << out;
    EXPECT_TRUE(contains(out, "2 customers scored as of 2026-06-30")) << out;
}

TEST_F(RfmCli, JsonAndWindow) {
    const std::string json = ok({"rfm", "--as-of", "2026-06-30", "--format", "json"});
    EXPECT_TRUE(contains(json, "{\"customer_id\": \"A\", \"recency_days\": 60, \"frequency\": 2, "
                               "\"monetary\": 120.00, \"r\": 3, \"f\": 3, \"m\": 1, "
                               "\"segment\": \"Need Attention\"}")) << json;
    // 100 days: only A's May purchase and June refund.
    EXPECT_EQ(ok({"rfm", "--as-of", "2026-06-30", "--window-days", "100", "--format", "csv"}),
              "customer_id,recency_days,frequency,monetary,r,f,m,segment\r\n"
              "A,60,1,20.00,1,1,1,Hibernating\r\n");
}

TEST_F(RfmCli, Errors) {
    expectError(crm({"rfm", "--as-of", "2026-02-30"}), 1, "as-of");
    expectError(crm({"rfm", "--format", "xml"}), 1, "format: 'xml'");
    expectError(crm({"rfm", "--window-days", "0"}), 1, "--window-days");
    const auto missing = m_dir / "no-such-dir" / "x.csv";
    expectError(crm({"rfm", "--format", "csv", "--out", missing.string()}), 1, "cannot write");
    expectError(crm({"rfm-history", "Z"}), 1, "no customer with code 'Z'");
    expectError(crm({"rfm-migration", "--from", "2026-01-01", "--to", "2025-01-01"}), 1,
                "before --from");
    expectError(crm({"rfm", "snapshot", "--from", "2026-01-01"}), 1, "--to");
}

TEST_F(RfmCli, HistoryAtTheLastTwelveMonthEnds) {
    const std::string csv = ok({"rfm-history", "A", "--as-of", "2026-06-30", "--format", "csv"});
    EXPECT_EQ(lineCount(csv), 13u) << csv;
    EXPECT_TRUE(contains(csv, "month_end,recency_days,frequency,monetary,r,f,m,segment,scored\r\n"));
    EXPECT_TRUE(contains(csv, "2025-12-31,,,,,,,,1\r\n")) << csv; // only B scored then
    EXPECT_TRUE(contains(csv, "2026-06-30,60,2,120.00,3,3,1,Need Attention,2\r\n")) << csv;
    EXPECT_TRUE(contains(csv, "2026-01-31,21,1,100.00,3,1,1,About to Sleep,2\r\n")) << csv;
}

TEST_F(RfmCli, SnapshotKeepsMonthEnds) {
    const std::string out = ok({"rfm", "snapshot", "--from", "2026-01-01", "--to", "2026-06-30"});
    EXPECT_TRUE(contains(out, "6 month-end snapshots kept")) << out;
    EXPECT_TRUE(contains(squeezed(out), "2026-06-30 2")) << out;
}

TEST_F(RfmCli, MigrationMatrix) {
    const std::string csv =
        ok({"rfm-migration", "--from", "2025-12-31", "--to", "2026-06-30", "--format", "csv"});
    EXPECT_TRUE(contains(csv, "from,Champions,Loyal,Potential Loyalists,New Customers,Promising,"
                              "Need Attention,About to Sleep,At Risk,Can't Lose Them,"
                              "Hibernating,Not scored\r\n")) << csv;
    EXPECT_TRUE(contains(csv, "Hibernating,0,0,0,0,0,0,0,0,0,1,0\r\n")) << csv;
    EXPECT_TRUE(contains(csv, "Not scored,0,0,0,0,0,1,0,0,0,0,0\r\n")) << csv;
    EXPECT_EQ(lineCount(csv), 12u);
    const std::string table = ok({"rfm-migration", "--from", "2025-12-31", "--to", "2026-06-30"});
    EXPECT_TRUE(contains(table, "2 customers scored at either date")) << table;
}

} // namespace
} // namespace crm::cli::test
