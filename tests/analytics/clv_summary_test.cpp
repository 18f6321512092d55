#include "crm/analytics/clv_summary.h"

#include "cdnow_data.h"

#include <gtest/gtest.h>

#include <vector>

namespace crm::clv {
namespace {

const Date kAsOf(2024, 3, 31);

TEST(ClvSummary, SameDayPurchasesCountOnceWithAmountsSummed) {
    const std::vector<Purchase> purchases{{Date(2024, 1, 1), 1000},
                                          {Date(2024, 1, 15), 300},
                                          {Date(2024, 1, 15), 200},
                                          {Date(2024, 3, 1), 700}};
    const auto s = summarize(purchases, kAsOf, TimeUnit::Day);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->frequency, 2);
    EXPECT_DOUBLE_EQ(s->recency, 60.0); // 2024-01-01 .. 2024-03-01 (leap year)
    EXPECT_DOUBLE_EQ(s->age, 90.0);
    EXPECT_DOUBLE_EQ(s->meanRepeatSpend, 600.0); // (500 + 700) / 2, first purchase excluded
}

TEST(ClvSummary, WeeksAreDaysOverSeven) {
    const std::vector<Purchase> purchases{{Date(2024, 1, 1), 1}, {Date(2024, 1, 11), 1}};
    const auto s = summarize(purchases, Date(2024, 1, 15), TimeUnit::Week);
    ASSERT_TRUE(s);
    EXPECT_DOUBLE_EQ(s->recency, 10.0 / 7.0);
    EXPECT_DOUBLE_EQ(s->age, 2.0);
    EXPECT_EQ(toString(TimeUnit::Week), "week");
    EXPECT_EQ(toString(TimeUnit::Day), "day");
}

TEST(ClvSummary, IgnoresRefundsAndPurchasesAfterAsOf) {
    const std::vector<Purchase> purchases{{Date(2024, 4, 2), 900},  // after as-of
                                          {Date(2024, 2, 1), -500}, // refund
                                          {Date(2024, 1, 10), 0},   // free order counts
                                          {Date(2024, 3, 31), 400}};
    const auto s = summarize(purchases, kAsOf, TimeUnit::Day);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->frequency, 1);
    EXPECT_DOUBLE_EQ(s->recency, 81.0);
    EXPECT_DOUBLE_EQ(s->age, 81.0);
    EXPECT_DOUBLE_EQ(s->meanRepeatSpend, 400.0);
}

TEST(ClvSummary, NoCountingPurchaseGivesNothing) {
    EXPECT_FALSE(summarize({}, kAsOf, TimeUnit::Day));
    const std::vector<Purchase> onlyRefundAndFuture{{Date(2024, 1, 1), -10},
                                                    {Date(2024, 5, 1), 10}};
    EXPECT_FALSE(summarize(onlyRefundAndFuture, kAsOf, TimeUnit::Day));
}

TEST(ClvSummary, SingleBuyerHasNoRepeatSpend) {
    const std::vector<Purchase> purchases{{Date(2024, 3, 1), 100}, {Date(2024, 3, 1), 50}};
    const auto s = summarize(purchases, kAsOf, TimeUnit::Day);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->frequency, 0);
    EXPECT_DOUBLE_EQ(s->recency, 0.0);
    EXPECT_DOUBLE_EQ(s->age, 30.0);
    EXPECT_DOUBLE_EQ(s->meanRepeatSpend, 0.0);
}

TEST(ClvSummary, DistinctPatternsCountCustomers) {
    const std::vector<CustomerSummary> customers{
        {0, 0, 10, 0}, {2, 5, 10, 100}, {0, 0, 10, 0}, {2, 5, 10, 300}, {2, 6, 10, 1}};
    const std::vector<PurchasePattern> patterns = distinctPatterns(customers);
    ASSERT_EQ(patterns.size(), 3u);
    EXPECT_EQ(patterns[0].frequency, 0);
    EXPECT_EQ(patterns[0].count, 2);
    EXPECT_EQ(patterns[1].frequency, 2);
    EXPECT_DOUBLE_EQ(patterns[1].recency, 5.0);
    EXPECT_EQ(patterns[1].count, 2);
    EXPECT_DOUBLE_EQ(patterns[2].recency, 6.0);
    EXPECT_EQ(patterns[2].count, 1);
}

TEST(ClvSummary, CdnowCalibrationPeriod) {
    const auto customers = test::loadCdnow(test::cdnowPath());
    ASSERT_EQ(customers.size(), 2357u);
    std::size_t rows = 0;
    for (const auto& c : customers)
        rows += c.size();
    EXPECT_EQ(rows, 6919u);
    // Customer 1: 1997-01-01, 01-18, 08-02 in the calibration period (12-12 is later).
    const auto first = summarize(customers[0], Date(1997, 9, 30), TimeUnit::Week);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->frequency, 2);
    EXPECT_NEAR(first->recency, 30.43, 0.005);
    EXPECT_NEAR(first->age, 38.86, 0.005);
    EXPECT_DOUBLE_EQ(first->meanRepeatSpend, (2973.0 + 1496.0) / 2.0);

    const auto summaries = test::cdnowCalibrationSummaries();
    ASSERT_EQ(summaries.size(), 2357u);
    int repeaters = 0;
    for (const CustomerSummary& s : summaries) {
        repeaters += s.frequency > 0 ? 1 : 0;
        EXPECT_GE(s.age, 183.0 / 7.0 - 1e-9); // everyone first bought by 1997-03-31
    }
    EXPECT_EQ(repeaters, 946);
}

} // namespace
} // namespace crm::clv
