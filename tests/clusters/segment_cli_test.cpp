// crm clusters and crm at-risk, run as the real binary.
#include "../cli/cli_fixture.h"
#include "risk_fixture.h"

#include "crm/store/database.h"

#include <sstream>

namespace crm::cli::test {
namespace {

class SegmentCli : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        const Database db = Database::create(m_db);
        crm::test::buildRiskDatabase(db);
    }
};

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line.ends_with('\r') ? line.substr(0, line.size() - 1) : line);
    return out;
}

TEST_F(SegmentCli, ClustersCsvOneRowPerCustomerByCode) {
    const auto rows = lines(ok({"clusters", "--as-of", "2026-06-30", "--k", "3", "--format", "csv"}));
    ASSERT_EQ(rows.size(), 16u); // header + 15 customers with purchases
    EXPECT_EQ(rows[0], "customer_id,group,group_name");
    EXPECT_TRUE(rows[1].starts_with("DECL,")) << rows[1];
    EXPECT_TRUE(rows[2].starts_with("F01,")) << rows[2];
    EXPECT_EQ(ok({"clusters", "--as-of", "2026-06-30", "--k", "3", "--format", "csv"}),
              ok({"clusters", "--as-of", "2026-06-30", "--k", "3", "--format", "csv"}));
}

TEST_F(SegmentCli, ClustersTableAndJson) {
    const std::string table = ok({"clusters", "--as-of", "2026-06-30"});
    EXPECT_TRUE(contains(table, "Behaviour groups as of 2026-06-30: 15 customers with purchases"))
        << table;
    EXPECT_TRUE(contains(table, "k chosen by the silhouette")) << table;
    EXPECT_TRUE(contains(table, "silhouette by k:  2: ")) << table;
    const std::string json = ok({"clusters", "--as-of", "2026-06-30", "--k", "2", "--format", "json"});
    EXPECT_TRUE(json.starts_with(R"({"as_of": "2026-06-30", "customers": 15, "k": 2, )"
                                 R"("k_chosen_by": "user", )")) << json;
    EXPECT_TRUE(contains(json, R"("groups": [)")) << json;
    EXPECT_TRUE(contains(json, R"({"group": 2, "name": )")) << json;
}

TEST_F(SegmentCli, ClustersErrors) {
    expectError(crm({"clusters"}), 1, "--as-of");
    expectError(crm({"clusters", "--as-of", "2026-02-30"}), 1, "as-of");
    expectError(crm({"clusters", "--as-of", "2026-06-30", "--k", "0"}), 1, "--k");
    expectError(crm({"clusters", "--as-of", "2026-06-30", "--format", "xml"}), 1, "--format");
    expectError(runRaw({"--db", (m_dir / "missing.crm").string(), "clusters", "--as-of",
                        "2026-06-30"}),
                2, "missing.crm"); // the file cannot be used: exit 2
}

TEST_F(SegmentCli, AtRiskTableNamesTheBasisAndTheReasons) {
    const std::string table = ok({"at-risk", "--as-of", "2026-06-30"});
    EXPECT_TRUE(contains(table, "value at stake: average yearly net revenue")) << table;
    EXPECT_TRUE(contains(table, "R score compared with 2026-03-31")) << table;
    const auto rows = lines(table);
    ASSERT_GT(rows.size(), 5u);
    EXPECT_TRUE(contains(squeezed(rows[4]), "1 DECL Customer DECL Ann")) << rows[4];
    EXPECT_TRUE(contains(rows[4], "80 days since the last purchase")) << rows[4];
}

TEST_F(SegmentCli, AtRiskCsvOwnerAndLimit) {
    const CliResult result =
        crm({"at-risk", "--as-of", "2026-06-30", "--owner", "ann", "--format", "csv"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(contains(result.err, "value at stake: average yearly net revenue")) << result.err;
    const auto rows = lines(result.out);
    ASSERT_EQ(rows.size(), 3u) << result.out;
    EXPECT_EQ(rows[0], "customer_id,name,owner,value_at_stake,value_basis,risk,score,reason");
    EXPECT_TRUE(rows[1].starts_with("DECL,Customer DECL,Ann,")) << rows[1];
    EXPECT_TRUE(rows[2].starts_with("LAPS,Customer LAPS,ann,")) << rows[2];
    const std::string json = ok({"at-risk", "--as-of", "2026-06-30", "--limit", "1", "--format", "json"});
    EXPECT_TRUE(contains(json, R"("customers_assessed": 15)")) << json;
    EXPECT_TRUE(contains(json, R"([
  {"customer_id": "DECL")")) << json;
    EXPECT_FALSE(contains(json, R"("customer_id": "LAPS")")) << json;
    EXPECT_TRUE(contains(json, R"("decline_stage": true)")) << json;
}

TEST_F(SegmentCli, AtRiskErrors) {
    expectError(crm({"at-risk"}), 1, "--as-of");
    expectError(crm({"at-risk", "--as-of", "June"}), 1, "as-of");
    expectError(crm({"at-risk", "--as-of", "2026-06-30", "--limit", "-1"}), 1, "--limit");
    expectError(crm({"at-risk", "--as-of", "2026-06-30", "--format", "xml"}), 1, "--format");
}

} // namespace
} // namespace crm::cli::test

namespace crm::cli::test {
namespace {

TEST_F(CliTest, ClustersAndAtRiskOnAnEmptyDatabase) {
    init();
    EXPECT_EQ(ok({"clusters", "--as-of", "2026-06-30"}),
              "Behaviour groups as of 2026-06-30: no customers with purchases\n");
    EXPECT_TRUE(contains(ok({"clusters", "--as-of", "2026-06-30", "--format", "json"}),
                         R"("customers": 0, "k": 0)"));
    const CliResult csv = crm({"at-risk", "--as-of", "2026-06-30", "--format", "csv"});
    EXPECT_EQ(csv.exitCode, 0);
    EXPECT_EQ(csv.out, "customer_id,name,owner,value_at_stake,value_basis,risk,score,reason\r\n");
    EXPECT_TRUE(csv.err.starts_with("note: value at stake: ")) << csv.err; // stdout stays CSV
}

} // namespace
} // namespace crm::cli::test
