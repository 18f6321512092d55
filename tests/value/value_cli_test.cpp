// crm clv fit, crm clv predict and crm pareto, run as the real binary.
#include "../cli/cli_fixture.h"
#include "cdnow_import.h"

#include "crm/store/clv_valuation.h"
#include "crm/store/database.h"

#include <cmath>
#include <iomanip>
#include <regex>
#include <sstream>

namespace crm::cli::test {
namespace {

// The number after "key": in `json` (the first occurrence after `from`).
double jsonNumber(const std::string& json, const std::string& key, const std::string& from = "") {
    const std::size_t start = from.empty() ? 0 : json.find(from);
    std::smatch match;
    const std::string rest = json.substr(start == std::string::npos ? 0 : start);
    if (!std::regex_search(rest, match, std::regex("\"" + key + "\": (-?[0-9.e+-]+)")))
        ADD_FAILURE() << key << " not in " << json;
    return match.empty() ? 0.0 : std::stod(match[1]);
}

class CdnowCli : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        const Database db = Database::create(m_db);
        crm::test::importCdnow(db);
    }
};

TEST_F(CdnowCli, FitPrintsThePublishedEstimatesAndStoresTheModel) {
    const std::string out =
        ok({"clv", "fit", "--as-of", "1997-09-30", "--time-unit", "week", "--format", "json"});
    EXPECT_TRUE(out.starts_with(R"({"bgnbd": {"r": )")) << out;
    EXPECT_NEAR(jsonNumber(out, "r"), 0.243, 0.0005);
    EXPECT_NEAR(jsonNumber(out, "alpha"), 4.414, 0.0005);
    EXPECT_NEAR(jsonNumber(out, "a"), 0.793, 0.0005);
    EXPECT_NEAR(jsonNumber(out, "b"), 2.426, 0.0005);
    EXPECT_NEAR(jsonNumber(out, "log_likelihood"), -9582.4, 0.05);
    EXPECT_NEAR(jsonNumber(out, "p", "gamma_gamma"), 6.25, 0.005);
    EXPECT_NEAR(jsonNumber(out, "q", "gamma_gamma"), 3.74, 0.005);
    EXPECT_NEAR(jsonNumber(out, "gamma", "gamma_gamma"), 15.44, 0.005); // currency units
    EXPECT_TRUE(contains(out, R"("time_unit": "week", "customers": 2357, "repeaters": 946, )"
                              R"("converged": true, "message": "", "as_of": "1997-09-30", )"
                              R"("model_id": 1})"))
        << out;
    const std::string table = ok({"clv", "predict", "--as-of", "1997-09-30", "--format", "table"});
    EXPECT_TRUE(contains(table, "using the stored lifetime-value model 1 as of 1997-09-30"))
        << table.substr(0, 200);
}

TEST_F(CdnowCli, PredictFitsWhenNoModelIsStoredAndPrintsCsv) {
    const CliResult result = crm({"clv", "predict", "--as-of", "1997-09-30"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(contains(result.err, "no model stored for this date; fitted and stored")) << result.err;
    std::istringstream lines(result.out);
    std::string header, first;
    std::getline(lines, header);
    std::getline(lines, first);
    for (std::string* line : {&header, &first}) // CSV rows end in CRLF (RFC 4180)
        if (line->ends_with('\r'))
            line->pop_back();
    EXPECT_EQ(header, "customer_id,p_alive,expected_purchases,expected_spend,historical_value,"
                      "clv,potential_value,historical_margin");
    EXPECT_EQ(lineCount(result.out), 2358u);

    const Database db = Database::open(m_db);
    const ClvPrediction p = predictClv(db, {Date(1997, 9, 30), {}, std::nullopt});
    EXPECT_FALSE(p.fittedNow); // the CLI stored it
    const CustomerPrediction& row = p.customers.front();
    std::ostringstream expected;
    expected << std::fixed << row.code << ',' << std::setprecision(6) << row.value.probabilityAlive
             << ',' << std::setprecision(4) << row.value.expectedPurchases << ','
             << formatMoney(std::llround(row.value.expectedSpend), 2) << ','
             << formatMoney(row.historicalValue, 2) << ','
             << formatMoney(std::llround(row.value.lifetimeValue), 2) << ",,";
    EXPECT_EQ(first, expected.str());
    EXPECT_TRUE(first.starts_with("CD-0001,")) << first;
}

TEST_F(CdnowCli, PredictJsonAndHorizon) {
    ok({"clv", "fit", "--as-of", "1997-09-30"});
    const std::string json = ok({"clv", "predict", "--as-of", "1997-09-30", "--horizon-months",
                                 "24", "--discount-monthly", "0", "--format", "json"});
    EXPECT_TRUE(contains(json, R"("source": "stored")")) << json.substr(0, 200);
    EXPECT_TRUE(contains(json, R"("horizon_months": 24, "discount_monthly": 0)"));
    EXPECT_TRUE(contains(json, R"({"customer_id": "CD-0001", "p_alive": )"));
    EXPECT_TRUE(contains(json, R"("potential_value": null, "historical_margin": null})"));
}

class ValueCli : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        init();
    }
};

TEST_F(ValueCli, Errors) {
    expectError(crm({"clv", "fit", "--as-of", "1997-13-01"}), 1,
                "as-of: '1997-13-01' is not a date");
    expectError(crm({"clv", "fit", "--as-of", "2024-01-01"}), 1,
                "could not be fitted; BG/NBD: too few data");
    expectError(crm({"clv", "predict", "--as-of", "2024-01-01"}), 1, "nothing stored");
    expectError(crm({"clv", "predict", "--as-of", "2024-01-01", "--format", "xml"}), 1,
                "--format");
    expectError(crm({"clv", "fit", "--as-of", "2024-01-01", "--time-unit", "month"}), 1,
                "--time-unit");
    expectError(crm({"clv", "predict", "--as-of", "2024-01-01", "--horizon-months", "0"}), 1,
                "--horizon-months");
    expectError(crm({"pareto", "--as-of", "2024-01-01", "--format", "csv"}), 1, "--format");
    expectError(crm({"pareto"}), 1, "--as-of");
    expectError(crm({"clv"}), 1, "subcommand");
    const CliResult empty = crm({"pareto", "--as-of", "2024-01-01"});
    EXPECT_EQ(empty.exitCode, 0);
    EXPECT_TRUE(contains(empty.out, "no customers with transactions")) << empty.out;
}

TEST_F(ValueCli, ParetoTableAndJson) {
    addCustomer("A", "Alpha");
    addCustomer("B", "Beta");
    addCustomer("C", "Gamma");
    ok({"tx", "add", "A", "--date", "2024-01-05", "--amount", "150", "--cost", "110"});
    ok({"tx", "add", "B", "--date", "2024-01-06", "--amount", "20", "--cost", "25"});
    ok({"tx", "add", "C", "--date", "2024-01-07", "--amount", "30"});
    ok({"tx", "add", "C", "--date", "2024-09-07", "--amount", "1000"}); // after the date
    const std::string json = ok({"pareto", "--as-of", "2024-06-30", "--format", "json"});
    EXPECT_TRUE(contains(json, R"("revenue": {"customers": 3, "total": 200.00, )"
                               R"("customers_for_80": 2, "share_for_80": 0.666667)"))
        << json;
    EXPECT_TRUE(contains(json, R"({"tier": "A", "customers": 2, "revenue": 180.00}, )"
                               R"({"tier": "B", "customers": 1, "revenue": 20.00})")) << json;
    EXPECT_TRUE(contains(json, R"("whale": {"customers": 2, "total_profit": 35.00, )"
                               R"("peak_profit": 40.00, "customers_at_peak": 1)"))
        << json;
    const std::string table = squeezed(ok({"pareto", "--as-of", "2024-06-30"}));
    EXPECT_TRUE(contains(table, "2 customers (66.7%) bring 80% of revenue")) << table;
    EXPECT_TRUE(contains(table, "least profitable 30% take away 5.00 CNY")) << table;
}

} // namespace
} // namespace crm::cli::test
