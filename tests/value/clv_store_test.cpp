// Lifetime value through the store: CDNOW imported with the stores must give
// the summaries of the pure functions and the published estimates.
#include "../analytics/cdnow_data.h"
#include "../store/temp_db.h"
#include "cdnow_import.h"

#include "crm/analytics/potential_value.h"
#include "crm/store/clv_history.h"
#include "crm/store/clv_model_store.h"
#include "crm/store/clv_valuation.h"
#include "crm/store/customer_store.h"
#include "crm/store/transaction_store.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace crm;

namespace {

const Date kAsOf(1997, 9, 30);

class CdnowStore : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        temp = new test::TempDb("clv-cdnow");
        ASSERT_EQ(test::importCdnow(temp->db()), 6919);
        fit = new ClvFitResult(fitAndStoreClvModel(temp->db(), kAsOf, clv::TimeUnit::Week));
    }
    static void TearDownTestSuite() {
        delete fit;
        delete temp;
    }
    static const Database& db() { return temp->db(); }

    static test::TempDb* temp;
    static ClvFitResult* fit;
};

test::TempDb* CdnowStore::temp = nullptr;
ClvFitResult* CdnowStore::fit = nullptr;

TEST_F(CdnowStore, HistoriesEqualThePureSummaries) {
    const auto histories = loadClvHistories(db(), kAsOf, clv::TimeUnit::Week);
    const auto expected = clv::test::cdnowCalibrationSummaries();
    ASSERT_EQ(histories.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const clv::CustomerSummary& got = histories[i].summary;
        ASSERT_EQ(got.frequency, expected[i].frequency) << i;
        ASSERT_EQ(got.recency, expected[i].recency) << i;
        ASSERT_EQ(got.age, expected[i].age) << i;
        ASSERT_EQ(got.meanRepeatSpend, expected[i].meanRepeatSpend) << i;
    }
}

TEST_F(CdnowStore, FitReproducesThePublishedEstimates) {
    const clv::ClvModel& m = fit->model;
    ASSERT_TRUE(m.usable()) << m.purchases.status.message << m.spend.status.message;
    EXPECT_EQ(m.customers, 2357);
    EXPECT_EQ(m.repeaters, 946);
    EXPECT_NEAR(m.purchases.params.r, 0.243, 0.0005);
    EXPECT_NEAR(m.purchases.params.alpha, 4.414, 0.0005);
    EXPECT_NEAR(m.purchases.params.a, 0.793, 0.0005);
    EXPECT_NEAR(m.purchases.params.b, 2.426, 0.0005);
    EXPECT_NEAR(m.purchases.logLikelihood, -9582.4, 0.05);
    EXPECT_NEAR(m.spend.params.p, 6.25, 0.005);
    EXPECT_NEAR(m.spend.params.q, 3.74, 0.005);
    EXPECT_NEAR(m.spend.params.gamma, 1544.0, 0.5); // cents: $15.44
}

TEST_F(CdnowStore, GroupedFitEqualsTheUngroupedOne) {
    const auto summaries = clv::test::cdnowCalibrationSummaries();
    const clv::ClvModel plain = clv::fitClvModel(summaries, clv::TimeUnit::Week);
    const clv::ClvModel grouped = fitClvModelGrouped(summaries, clv::TimeUnit::Week);
    EXPECT_NEAR(grouped.spend.params.p, plain.spend.params.p, 1e-6 * plain.spend.params.p);
    EXPECT_NEAR(grouped.spend.params.q, plain.spend.params.q, 1e-6 * plain.spend.params.q);
    EXPECT_NEAR(grouped.spend.params.gamma, plain.spend.params.gamma,
                1e-6 * plain.spend.params.gamma);
    EXPECT_NEAR(grouped.spend.logLikelihood, plain.spend.logLikelihood, 1e-6);
    EXPECT_EQ(grouped.purchases.params.r, plain.purchases.params.r);
}

TEST_F(CdnowStore, StoredModelReadsBack) {
    const auto stored = ClvModelStore(db()).latest(kAsOf);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->id, fit->modelId);
    EXPECT_EQ(stored->asOf, kAsOf);
    const clv::ClvModel& m = stored->model;
    EXPECT_EQ(m.unit, clv::TimeUnit::Week);
    EXPECT_EQ(m.purchases.params.r, fit->model.purchases.params.r);
    EXPECT_EQ(m.purchases.params.alpha, fit->model.purchases.params.alpha);
    EXPECT_EQ(m.purchases.params.a, fit->model.purchases.params.a);
    EXPECT_EQ(m.purchases.params.b, fit->model.purchases.params.b);
    EXPECT_EQ(m.purchases.logLikelihood, fit->model.purchases.logLikelihood);
    EXPECT_EQ(m.spend.params.p, fit->model.spend.params.p);
    EXPECT_EQ(m.spend.params.q, fit->model.spend.params.q);
    EXPECT_EQ(m.spend.params.gamma, fit->model.spend.params.gamma);
    EXPECT_EQ(m.customers, 2357);
    EXPECT_EQ(m.repeaters, 946);
    EXPECT_TRUE(m.usable());
    EXPECT_FALSE(ClvModelStore(db()).latest(Date(1997, 9, 29)));
    EXPECT_FALSE(ClvModelStore(db()).latest(kAsOf, clv::TimeUnit::Day));
}

TEST_F(CdnowStore, PredictUsesTheStoredModelAndThePureFunctions) {
    ClvPredictionRequest request{kAsOf, {}, std::nullopt};
    const ClvPrediction prediction = predictClv(db(), request);
    EXPECT_FALSE(prediction.fittedNow);
    EXPECT_EQ(prediction.modelId, fit->modelId);
    ASSERT_EQ(prediction.customers.size(), 2357u);
    EXPECT_TRUE(std::is_sorted(prediction.customers.begin(), prediction.customers.end(),
                               [](const auto& a, const auto& b) { return a.code < b.code; }));
    const auto summaries = clv::test::cdnowCalibrationSummaries();
    const auto histories = clv::test::loadCdnow(clv::test::cdnowPath());
    for (std::size_t i : {0u, 1u, 17u, 1000u, 2356u}) {
        const CustomerPrediction& row = prediction.customers[i];
        EXPECT_EQ(row.code, test::cdnowCode(i));
        const clv::CustomerValue expected =
            clv::predictCustomerValue(prediction.model, summaries[i], request.options);
        EXPECT_EQ(row.value.probabilityAlive, expected.probabilityAlive) << i;
        EXPECT_EQ(row.value.expectedPurchases, expected.expectedPurchases) << i;
        EXPECT_EQ(row.value.lifetimeValue, expected.lifetimeValue) << i;
        Money net = 0;
        for (const clv::Purchase& p : histories[i])
            net += p.date <= kAsOf ? p.amount : 0;
        EXPECT_EQ(row.historicalValue, net) << i;
        EXPECT_FALSE(row.historicalMargin); // CDNOW has no costs
        EXPECT_FALSE(row.potentialValue);   // nor category spend
    }
}

// Runs last in the suite (gtest keeps declaration order): it changes the data.
TEST_F(CdnowStore, PredictRefitsWhenTheDataChangedAndValuesPotential) {
    CustomerStore customers(db());
    Customer c = *customers.findByCode(test::cdnowCode(0));
    c.annualCategorySpend = 120000; // 1,200.00 a year
    customers.update(c);
    const ClvPrediction same = predictClv(db(), {kAsOf, {}, std::nullopt});
    EXPECT_FALSE(same.fittedNow);
    ASSERT_TRUE(same.customers[0].potentialValue);
    EXPECT_EQ(*same.customers[0].potentialValue,
              clv::potentialValue(120000, same.customers[0].value.lifetimeValue));

    Customer newcomer;
    newcomer.code = "CD-9999";
    newcomer.name = "late";
    newcomer.createdOn = Date(1997, 9, 1);
    const std::int64_t id = customers.add(newcomer);
    TransactionStore(db()).add({0, id, Date(1997, 9, 2), 1000, {}, "", ""});
    const ClvPrediction refitted = predictClv(db(), {kAsOf, {}, std::nullopt});
    EXPECT_TRUE(refitted.fittedNow);
    EXPECT_TRUE(refitted.storedWasStale);
    EXPECT_EQ(refitted.model.customers, 2358);
    EXPECT_NE(refitted.modelId, fit->modelId);
}

// With q <= 1 the expected spend exists only where p x + q > 1: the others get
// NaN spend and CLV, and no potential value (not a clamped 0).
TEST(ClvStore, NoSpendExpectationMeansNoValueRatherThanAWrongOne) {
    test::TempDb temp("clv-q-below-one");
    test::importCdnow(temp.db());
    CustomerStore customers(temp.db());
    for (std::size_t i : {0u, 2u}) {
        Customer c = *customers.findByCode(test::cdnowCode(i));
        c.annualCategorySpend = 100000;
        customers.update(c);
    }
    clv::ClvModel model = fitAndStoreClvModel(temp.db(), kAsOf, clv::TimeUnit::Week).model;
    model.spend.params.q = 0.5;
    model.spend.params.p = 0.4;
    const std::int64_t id = ClvModelStore(temp.db()).save(model, kAsOf);
    const ClvPrediction prediction = predictClv(temp.db(), {kAsOf, {}, std::nullopt});
    ASSERT_EQ(prediction.modelId, id);
    const CustomerPrediction& repeater = prediction.customers[0]; // x = 2: 0.8 + 0.5 > 1
    const CustomerPrediction& oneOff = prediction.customers[2];   // x = 0
    ASSERT_EQ(clv::test::cdnowCalibrationSummaries()[2].frequency, 0);
    EXPECT_TRUE(std::isfinite(repeater.value.lifetimeValue));
    EXPECT_TRUE(repeater.potentialValue);
    EXPECT_TRUE(std::isnan(oneOff.value.expectedSpend));
    EXPECT_TRUE(std::isnan(oneOff.value.lifetimeValue));
    EXPECT_FALSE(oneOff.potentialValue);
}

TEST(ClvStore, FitOnTooFewDataThrowsAndStoresNothing) {
    test::TempDb temp("clv-empty");
    EXPECT_THROW(fitAndStoreClvModel(temp.db(), kAsOf, clv::TimeUnit::Week), ClvFitError);
    EXPECT_THROW(predictClv(temp.db(), {kAsOf, {}, std::nullopt}), ClvFitError);
    EXPECT_EQ(temp.db().sql().execAndGet("SELECT count(*) FROM clv_model").getInt64(), 0);
}

} // namespace
