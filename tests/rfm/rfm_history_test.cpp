#include "rfm_test_data.h"

#include "crm/store/customer_store.h"
#include "crm/store/rfm_history_query.h"
#include "crm/store/rfm_query.h"
#include "crm/store/transaction_store.h"

#include <gtest/gtest.h>

#include <map>

using namespace crm;

namespace {

struct RfmHistory : ::testing::Test {
    test::RfmTestData data{"history", 120, 5};

    // Everyone re-scored at `date`, by customer id.
    std::map<std::int64_t, rfm::Score> fullRescoring(Date date, std::optional<int> window) {
        std::map<std::int64_t, rfm::Score> out;
        for (const auto& row : computeRfm(data.db(), RfmRequest{date, window}))
            out[CustomerStore(data.db()).idForCode(row.code)] = row.score;
        return out;
    }

    void expectHistoryEqualsRescoring(Date asOf, std::optional<int> window = {}) {
        std::map<Date, std::map<std::int64_t, rfm::Score>> full;
        for (const Date d : rfm::monthEndsUpTo(asOf, 12))
            full[d] = fullRescoring(d, window);
        int scoredPoints = 0;
        for (const auto& [id, txns] : data.transactions()) {
            const auto points = customerRfmHistory(data.db(), id, {asOf, 12, window});
            ASSERT_EQ(points.size(), 12u);
            for (const auto& p : points) {
                const auto& atDate = full.at(p.monthEnd);
                const auto it = atDate.find(id);
                ASSERT_EQ(p.score.has_value(), it != atDate.end()) << id << " " << toIso(p.monthEnd);
                EXPECT_EQ(p.scoredCustomers, std::ssize(atDate));
                if (!p.score)
                    continue;
                ++scoredPoints;
                EXPECT_EQ(p.score->behaviour.recencyDays, it->second.behaviour.recencyDays);
                EXPECT_EQ(p.score->behaviour.frequency, it->second.behaviour.frequency);
                EXPECT_EQ(p.score->behaviour.monetary, it->second.behaviour.monetary);
                EXPECT_EQ(p.score->r, it->second.r) << id << " " << toIso(p.monthEnd);
                EXPECT_EQ(p.score->f, it->second.f);
                EXPECT_EQ(p.score->m, it->second.m);
                EXPECT_EQ(p.score->segment, it->second.segment);
            }
        }
        EXPECT_GT(scoredPoints, 500);
    }
};

} // namespace

TEST(RfmMonthEnds, LastTwelveUpToADate) {
    const auto ends = rfm::monthEndsUpTo(Date(2026, 3, 15), 12);
    ASSERT_EQ(ends.size(), 12u);
    EXPECT_EQ(ends.front(), Date(2025, 3, 31));
    EXPECT_EQ(ends.back(), Date(2026, 2, 28));
    EXPECT_EQ(rfm::monthEndsUpTo(Date(2026, 2, 28), 1).front(), Date(2026, 2, 28));
    EXPECT_EQ(rfm::monthEndsBetween(Date(2024, 1, 31), Date(2024, 3, 30)),
              (std::vector<Date>{Date(2024, 1, 31), Date(2024, 2, 29)}));
}

TEST_F(RfmHistory, EqualsFullRescoringAtEveryMonthEnd) {
    expectHistoryEqualsRescoring(Date(2026, 3, 15));
    EXPECT_EQ(keptSnapshotDates(data.db()).size(), 12u);
}

TEST_F(RfmHistory, EqualsFullRescoringWithAWindow) {
    expectHistoryEqualsRescoring(Date(2025, 10, 31), 365);
    EXPECT_EQ(keptSnapshotDates(data.db(), 365).size(), 12u);
    EXPECT_TRUE(keptSnapshotDates(data.db()).empty());
}

TEST_F(RfmHistory, KeptSnapshotsAreReadBack) {
    const auto cuts = snapshotCutpoints(data.db(), Date(2025, 5, 31));
    EXPECT_EQ(loadCutpoints(data.db(), Date(2025, 5, 31)), cuts);
    EXPECT_FALSE(loadCutpoints(data.db(), Date(2025, 4, 30)).has_value());
}

TEST_F(RfmHistory, AnEarlierTransactionDropsLaterSnapshots) {
    snapshotCutpoints(data.db(), Date(2025, 5, 31));
    snapshotCutpoints(data.db(), Date(2025, 6, 30));
    const auto customer = data.transactions().begin()->first;
    const auto txn = data.addTransaction(customer, Date(2025, 6, 1), 900'000'00);
    EXPECT_EQ(keptSnapshotDates(data.db()), (std::vector<Date>{Date(2025, 5, 31)}));
    expectHistoryEqualsRescoring(Date(2026, 1, 31));

    TransactionStore store(data.db());
    auto moved = *store.find(txn);
    moved.date = Date(2025, 2, 1);
    store.update(moved);
    EXPECT_EQ(keptSnapshotDates(data.db()).size(), 0u);
    snapshotCutpoints(data.db(), Date(2025, 12, 31));
    store.remove(txn);
    EXPECT_TRUE(keptSnapshotDates(data.db()).empty());
}

TEST_F(RfmHistory, DeletingACustomerDropsSnapshotsItWasIn) {
    snapshotCutpoints(data.db(), Date(2026, 12, 31));
    std::int64_t buyer = 0;
    for (const auto& [id, txns] : data.transactions())
        if (!txns.empty())
            buyer = id;
    CustomerStore(data.db()).remove(buyer);
    EXPECT_TRUE(keptSnapshotDates(data.db()).empty());
}

TEST_F(RfmHistory, ATransactionAfterTheSnapshotKeepsIt) {
    snapshotCutpoints(data.db(), Date(2025, 5, 31));
    data.addTransaction(data.transactions().begin()->first, Date(2025, 6, 1), 10'00);
    EXPECT_EQ(keptSnapshotDates(data.db()).size(), 1u);
}
