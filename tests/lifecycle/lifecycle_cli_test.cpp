// crm lifecycle-rules, lifecycle-replay, stages, stage-history, stage-flow.
#include "../cli/cli_fixture.h"

namespace crm::cli::test {
namespace {

class LifecycleCli : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        init();
        addCustomer("C-1", "Acme", {"--created", "2024-01-01"});
        addCustomer("C-2", "Globex", {"--created", "2024-01-01"});
        addCustomer("C-3", "Initech", {"--created", "2024-01-01"});
        // C-1: one order ten days before 2026-06-30; C-2: monthly for two years.
        ok({"tx", "add", "C-1", "--date", "2026-06-20", "--amount", "500", "--cost", "300"});
        for (int m = 0; m < 24; ++m) {
            const int year = 2024 + (6 + m) / 12, month = (6 + m) % 12 + 1;
            char date[16];
            std::snprintf(date, sizeof date, "%04d-%02d-01", year, month);
            ok({"tx", "add", "C-2", "--date", date, "--amount", "100"});
        }
    }
};

TEST_F(LifecycleCli, StagesCountsCustomersAndRevenuePerStage) {
    const std::string out = squeezed(ok({"stages", "--as-of", "2026-06-30"}));
    EXPECT_TRUE(contains(out, "Lifecycle stages as of 2026-06-30 (replayed now in")) << out;
    EXPECT_TRUE(contains(out, "Prospect 潜在客户 1 0.00 CNY 0.0% 0.00 CNY 0.0%")) << out;
    EXPECT_TRUE(contains(out, "Exploration 考察期 1 500.00 CNY 17.2% 200.00 CNY 100.0%")) << out;
    EXPECT_TRUE(contains(out, "Stability 稳定期 1 2,400.00 CNY 82.8% 0.00 CNY 0.0%")) << out;
    EXPECT_TRUE(contains(out, "total 3 2,900.00 CNY 200.00 CNY")) << out;
    // The same date again reads the stored timeline; --replay forces a replay.
    EXPECT_TRUE(contains(ok({"stages", "--as-of", "2026-06-30"}), "(stored timeline)"));
    EXPECT_TRUE(contains(ok({"stages", "--as-of", "2026-06-30", "--replay"}), "(replayed now"));
}

TEST_F(LifecycleCli, StagesAsCsvAndJson) {
    const std::string csv = ok({"stages", "--as-of", "2026-06-30", "--format", "csv"});
    EXPECT_TRUE(csv.starts_with("stage,customers,net_revenue,revenue_share,margin,margin_share\r\n")) << csv;
    EXPECT_TRUE(contains(csv, "\nexploration,1,500.00,17.2%,200.00,100.0%\r\n")) << csv;
    EXPECT_TRUE(contains(csv, "\nlost,0,0.00,0.0%,0.00,0.0%\r\n")) << csv;
    EXPECT_EQ(lineCount(csv), 7u);
    const std::string json = ok({"stages", "--as-of", "2026-06-30", "--format", "json"});
    EXPECT_TRUE(json.starts_with("{\"as_of\": \"2026-06-30\", \"currency\": \"CNY\", \"stages\": [")) << json;
    EXPECT_TRUE(contains(json, "{\"stage\": \"stability\", \"customers\": 1, \"net_revenue\": 2400.00, "
                               "\"revenue_share\": 0.827586, \"margin\": 0.00, \"margin_share\": 0.000000}"))
        << json;
}

TEST_F(LifecycleCli, StagesErrors) {
    expectError(crm({"stages", "--as-of", "2026-02-30"}), 1, "as-of: '2026-02-30' is not a date");
    expectError(crm({"stages", "--format", "xml"}), 1, "--format");
}

TEST_F(LifecycleCli, StageHistoryShowsDerivedAndManualChangesWithReasons) {
    ok({"lifecycle-replay", "--as-of", "2026-06-30"});
    ok({"stage", "set", "C-1", "decline", "--date", "2026-06-25", "--reason", "asked for a competitor's quote"});
    const std::string out = squeezed(ok({"stage-history", "C-1"}));
    EXPECT_TRUE(contains(out, "Stage history of C-1 (3 changes)")) << out;
    EXPECT_TRUE(contains(out, "2026-06-20 Prospect Exploration derived 1 purchases, first 0 days ago")) << out;
    EXPECT_TRUE(contains(out, "2026-06-25 Exploration Decline manual asked for a competitor's quote")) << out;
    // Derivation continues from the manual stage: Decline recovers through Formation.
    EXPECT_TRUE(contains(out, "2026-06-30 Decline Formation derived 1 purchases, first 10 days ago "
                              "(on the way to Exploration)")) << out;
    const std::string c2 = squeezed(ok({"stage-history", "C-2"}));
    EXPECT_TRUE(contains(c2, "Formation Stability derived")) << c2;
    EXPECT_TRUE(contains(ok({"stage-history", "C-3"}), "(0 changes)"));
    expectError(crm({"stage-history", "C-9"}), 1, "no customer with code 'C-9'");
    expectError(crm({"stage-history"}), 1, "CODE");
}

TEST_F(LifecycleCli, StageFlowCountsTransitionsInThePeriod) {
    ok({"lifecycle-replay", "--as-of", "2026-06-30"});
    const std::string out = squeezed(ok({"stage-flow", "--from", "2024-01-01", "--to", "2026-06-30"}));
    EXPECT_TRUE(contains(out, "Stage changes from 2024-01-01 to 2026-06-30")) << out;
    EXPECT_TRUE(contains(out, "Prospect 0 2 0 0 0 0")) << out;    // C-1 and C-2 start
    EXPECT_TRUE(contains(out, "Exploration 0 0 1 0 0 0")) << out; // C-2 forms
    EXPECT_TRUE(contains(out, "Formation 0 0 0 1 0 0")) << out;   // and stabilises
    const std::string csv = ok({"stage-flow", "--from", "2026-06-01", "--to", "2026-06-30", "--format", "csv"});
    EXPECT_TRUE(contains(csv, "\nprospect,exploration,1\r\n")) << csv; // only C-1 in June 2026
    EXPECT_EQ(lineCount(csv), 37u);
    const std::string json = ok({"stage-flow", "--from", "2026-06-01", "--to", "2026-06-30", "--format", "json"});
    EXPECT_TRUE(contains(json, "\"prospect\": {\"prospect\": 0, \"exploration\": 1,")) << json;
}

TEST_F(LifecycleCli, StageFlowErrors) {
    expectError(crm({"stage-flow", "--from", "2026-06-30", "--to", "2026-01-01"}), 1,
                "to: 2026-01-01 is before --from 2026-06-30");
    expectError(crm({"stage-flow", "--to", "2026-01-01"}), 1, "--from");
    expectError(crm({"stage-flow", "--from", "2026-13-01", "--to", "2026-01-01"}), 1,
                "from: '2026-13-01' is not a date");
}

TEST_F(LifecycleCli, RulesShowSetAndReset) {
    const std::string shown = squeezed(ok({"lifecycle-rules", "show"}));
    EXPECT_TRUE(contains(shown, "lifecycle.lost_after_days 365 365 no purchase for this many days: Lost")) << shown;
    EXPECT_TRUE(contains(ok({"lifecycle-rules", "set", "lifecycle.lost_after_days", "400"}),
                         "lifecycle.lost_after_days = 400 (was 365)"));
    EXPECT_TRUE(contains(squeezed(ok({"lifecycle-rules", "show"})), "lifecycle.lost_after_days 400 365"));
    EXPECT_TRUE(contains(ok({"lifecycle-rules", "reset", "lifecycle.lost_after_days"}),
                         "lifecycle.lost_after_days = 365 (was 400)"));
}

TEST_F(LifecycleCli, ChangingARuleMakesTheNextStagesReplay) {
    ok({"stages", "--as-of", "2026-06-30"});
    ok({"lifecycle-rules", "set", "lifecycle.exploration_days", "5"});
    EXPECT_TRUE(contains(ok({"stages", "--as-of", "2026-06-30"}), "(replayed now"));
}

TEST_F(LifecycleCli, RulesErrors) {
    expectError(crm({"lifecycle-rules", "set", "lifecycle.nope", "1"}), 1,
                "lifecycle.nope: not a lifecycle setting");
    expectError(crm({"lifecycle-rules", "set", "lifecycle.gap_factor", "-1"}), 1,
                "lifecycle.gap_factor: '-1' is not a number above 0 and at most 100");
    expectError(crm({"lifecycle-rules", "set", "lifecycle.gap_factor"}), 1, "VALUE");
    expectError(crm({"lifecycle-rules"}), 1, "subcommand");
}

TEST_F(LifecycleCli, ReplaySaysWhatItDid) {
    const std::string out = ok({"lifecycle-replay", "--as-of", "2026-06-30"});
    EXPECT_TRUE(contains(out, "Replayed 3 customers as of 2026-06-30: 4 derived stage changes in")) << out;
}

} // namespace
} // namespace crm::cli::test
