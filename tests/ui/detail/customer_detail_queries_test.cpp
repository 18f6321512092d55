// The domain queries behind the desktop app's customer detail: one
// customer's records and timeline, and its RFM and lifetime value read from
// kept boundaries and a stored model, which must agree with scoring and
// valuing everyone (the `crm rfm` and `crm clv predict` paths).
#include "../../store/temp_db.h"

#include "crm/demo/demo_generator.h"
#include "crm/store/clv_valuation.h"
#include "crm/store/contact_store.h"
#include "crm/store/customer_detail.h"
#include "crm/store/customer_scores.h"
#include "crm/store/customer_store.h"
#include "crm/store/interaction_store.h"
#include "crm/store/rfm_query.h"
#include "crm/store/rfm_snapshot.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace crm::test {
namespace {

const Date kAsOf{2026, 6, 30};

Transaction transaction(std::int64_t id, Date date, Money amount) {
    Transaction t;
    t.id = id;
    t.date = date;
    t.amount = amount;
    return t;
}

Interaction interaction(std::int64_t id, Date date, int minute) {
    Interaction i;
    i.id = id;
    i.date = date;
    i.minuteOfDay = minute;
    return i;
}

TEST(CustomerTimeline, MergesTransactionsAndInteractionsNewestFirst) {
    const std::vector<Transaction> transactions{transaction(1, Date(2026, 1, 5), 100),
                                                transaction(2, Date(2026, 3, 1), -20)};
    const std::vector<Interaction> interactions{interaction(7, Date(2026, 3, 1), 600),
                                                interaction(8, Date(2025, 12, 24), 0)};
    const auto timeline = mergeTimeline(transactions, interactions);
    ASSERT_EQ(timeline.size(), 4u);
    // On 1 March the call at 10:00 is listed above that day's refund.
    EXPECT_FALSE(timeline[0].isTransaction());
    EXPECT_EQ(timeline[0].id(), 7);
    EXPECT_TRUE(timeline[1].isTransaction());
    EXPECT_EQ(timeline[1].id(), 2);
    EXPECT_EQ(timeline[2].id(), 1);
    EXPECT_EQ(timeline[3].id(), 8);
}

TEST(CustomerScores, ScoreDatesAreTwelveMonthEndsThenToday) {
    const auto midMonth = rfmScoreDates(Date(2026, 11, 23), 12);
    ASSERT_EQ(midMonth.size(), 13u);
    EXPECT_EQ(midMonth.front(), Date(2025, 11, 30));
    EXPECT_EQ(midMonth[11], Date(2026, 10, 31));
    EXPECT_EQ(midMonth.back(), Date(2026, 11, 23));
    const auto monthEnd = rfmScoreDates(kAsOf, 12);
    ASSERT_EQ(monthEnd.size(), 12u);
    EXPECT_EQ(monthEnd.back(), kAsOf);
}

TEST(CustomerScores, HistoricalValueCountsUpToTheDateAndMarginOnlyWithCosts) {
    std::vector<Transaction> transactions{transaction(1, Date(2026, 1, 5), 10'000),
                                          transaction(2, Date(2026, 2, 5), -2'000),
                                          transaction(3, Date(2026, 8, 1), 50'000)};
    auto value = historicalValue(transactions, kAsOf);
    EXPECT_EQ(value.netRevenue, 8'000);
    EXPECT_FALSE(value.margin);
    transactions[0].cost = 6'000;
    value = historicalValue(transactions, kAsOf);
    EXPECT_EQ(value.margin, 4'000);
}

// A demo file shared by the tests below (generated once).
class CustomerDetailOnDemo : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_db = new TempDb("detail-demo");
        demo::Options options;
        options.customers = 300;
        options.asOf = kAsOf;
        demo::generate(s_db->db(), options);
    }
    static void TearDownTestSuite() {
        delete s_db;
        s_db = nullptr;
    }
    static const Database& db() { return s_db->db(); }

    // The demo customer with the most transactions.
    static std::int64_t busiestCustomer() {
        std::int64_t best = 1, most = -1;
        for (std::int64_t id = 1; id <= 300; ++id) {
            const auto count = CustomerStore(db()).aggregates(id).purchaseCount;
            if (count > most)
                std::tie(best, most) = std::pair(id, count);
        }
        return best;
    }

    static TempDb* s_db;
};

TempDb* CustomerDetailOnDemo::s_db = nullptr;

TEST_F(CustomerDetailOnDemo, RecordsOfACustomerAreItsOwnInFull) {
    const std::int64_t id = busiestCustomer();
    const auto records = loadCustomerRecords(db(), id);
    ASSERT_TRUE(records);
    EXPECT_EQ(records->customer.id, id);
    EXPECT_EQ(records->contacts.size(), ContactStore(db()).listFor(id).size());
    const auto interactions = InteractionStore(db()).listFor(id);
    EXPECT_EQ(records->timeline.size(), records->transactions.size() + interactions.size());
    EXPECT_TRUE(std::is_sorted(records->timeline.begin(), records->timeline.end(),
                               [](const TimelineEntry& a, const TimelineEntry& b) {
                                   return a.date() > b.date();
                               }));
    EXPECT_TRUE(std::all_of(records->complaints.begin(), records->complaints.end(),
                            [](const Interaction& i) { return i.type == InteractionType::Complaint; }));
    EXPECT_FALSE(records->stageHistory.empty()); // the demo replays every lifecycle
    EXPECT_FALSE(loadCustomerRecords(db(), 1'000'000));
}

TEST_F(CustomerDetailOnDemo, FollowUpsIncludeDoneOnes) {
    std::size_t done = 0, open = 0;
    for (std::int64_t id = 1; id <= 300; ++id) {
        const auto records = loadCustomerRecords(db(), id);
        for (const FollowUp& f : records->followUps)
            ++(f.done ? done : open);
    }
    EXPECT_GT(done, 0u);
    EXPECT_GT(open, 0u);
}

TEST_F(CustomerDetailOnDemo, OneCustomersRfmFromBoundariesEqualsScoringEveryone) {
    std::atomic<bool> stop = false;
    const auto cuts = computeCutpoints(db(), kAsOf, false, stop);
    ASSERT_TRUE(cuts);
    EXPECT_FALSE(loadCutpoints(db(), kAsOf)) << "kept although keep was false";
    std::map<std::string, rfm::Score> everyone;
    for (const RfmRow& row : computeRfm(db(), RfmRequest{kAsOf, std::nullopt}))
        everyone[row.code] = row.score;
    ASSERT_FALSE(everyone.empty());
    for (std::int64_t id = 1; id <= 300; id += 7) {
        const auto records = loadCustomerRecords(db(), id);
        const auto behaviour = rfm::behaviourAsOf(datedAmounts(records->transactions), id, kAsOf);
        const auto it = everyone.find(records->customer.code);
        ASSERT_EQ(behaviour.has_value(), it != everyone.end()) << records->customer.code;
        if (!behaviour)
            continue;
        const rfm::Score score = rfm::scoreWith(*cuts, *behaviour);
        EXPECT_EQ(std::tuple(score.r, score.f, score.m, score.segment),
                  std::tuple(it->second.r, it->second.f, it->second.m, it->second.segment));
    }
}

TEST_F(CustomerDetailOnDemo, ComputedBoundariesAreKeptOnlyWhenAskedAndNotWhenStopped) {
    const Date date{2026, 3, 31};
    std::atomic<bool> stop = true;
    EXPECT_FALSE(computeCutpoints(db(), date, true, stop));
    EXPECT_FALSE(loadCutpoints(db(), date));
    stop = false;
    const auto cuts = computeCutpoints(db(), date, true, stop);
    ASSERT_TRUE(cuts);
    EXPECT_EQ(loadCutpoints(db(), date), cuts);
}

TEST_F(CustomerDetailOnDemo, ValueOfOneCustomerEqualsThePredictionForEveryone) {
    EXPECT_FALSE(latestClvModelUpTo(db(), kAsOf));
    const ClvPrediction everyone = predictClv(db(), ClvPredictionRequest{kAsOf, {}, {}});
    const auto model = latestClvModelUpTo(db(), Date(2026, 11, 23));
    ASSERT_TRUE(model);
    EXPECT_EQ(model->id, everyone.modelId);
    EXPECT_FALSE(latestClvModelUpTo(db(), Date(2026, 6, 29)));
    std::map<std::string, CustomerPrediction> byCode;
    for (const CustomerPrediction& p : everyone.customers)
        byCode[p.code] = p;
    for (std::int64_t id = 1; id <= 300; id += 11) {
        const auto records = loadCustomerRecords(db(), id);
        const auto valuation = valueCustomer(model->model, records->customer, records->transactions, kAsOf);
        const auto it = byCode.find(records->customer.code);
        ASSERT_EQ(valuation.value.has_value(), it != byCode.end());
        if (!valuation.value)
            continue;
        EXPECT_NEAR(valuation.value->probabilityAlive, it->second.value.probabilityAlive, 1e-9);
        EXPECT_NEAR(valuation.value->expectedPurchases, it->second.value.expectedPurchases, 1e-9);
        if (std::isfinite(it->second.value.lifetimeValue)) {
            EXPECT_NEAR(valuation.value->lifetimeValue, it->second.value.lifetimeValue, 1e-6);
        }
        EXPECT_EQ(valuation.potentialValue.has_value(), it->second.potentialValue.has_value());
        EXPECT_EQ(historicalValue(records->transactions, kAsOf).netRevenue, it->second.historicalValue);
    }
}

} // namespace
} // namespace crm::test
