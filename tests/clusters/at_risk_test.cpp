// The pure early-warning functions: sign strengths, their combination, the
// reason in words, the usual gap and the yearly revenue.
#include "crm/analytics/at_risk.h"

#include <gtest/gtest.h>

#include <vector>

using namespace crm;
using namespace crm::risk;

TEST(RiskSigns, MedianGapOverDistinctDays) {
    const std::vector<std::int64_t> days{10, 10, 20, 41, 51}; // gaps 10, 21, 10
    EXPECT_DOUBLE_EQ(*medianGapDays(days), 10.0);
    const std::vector<std::int64_t> even{0, 10, 40}; // gaps 10, 30
    EXPECT_DOUBLE_EQ(*medianGapDays(even), 20.0);
    const std::vector<std::int64_t> oneDay{5, 5, 5};
    EXPECT_FALSE(medianGapDays(oneDay));
    EXPECT_FALSE(medianGapDays({}));
}

TEST(RiskSigns, StrengthsRampBetweenTheirThresholds) {
    Signals s;
    s.usualGapDays = 20.0;
    s.daysSilent = 30; // 1.5 gaps: not yet
    EXPECT_EQ(strengthsOf(s).silence, 0.0);
    s.daysSilent = 55; // 2.75 gaps: half way from 1.5 to 4
    EXPECT_DOUBLE_EQ(strengthsOf(s).silence, 0.5);
    s.daysSilent = 200;
    EXPECT_EQ(strengthsOf(s).silence, 1.0);
    s.baselineAverage = 1000.0;
    s.recentRevenue = 500; // -50%: half way from 20% to 80%
    EXPECT_DOUBLE_EQ(strengthsOf(s).revenueDrop, 0.5);
    s.recentRevenue = 1500; // growth is no sign
    EXPECT_EQ(strengthsOf(s).revenueDrop, 0.0);
    s.rNow = 2;
    s.rBefore = 5;
    EXPECT_DOUBLE_EQ(strengthsOf(s).rFall, 0.75);
    s.rBefore = 1; // R rose
    EXPECT_EQ(strengthsOf(s).rFall, 0.0);
    s.declining = true;
    s.pAlive = 0.3;
    EXPECT_DOUBLE_EQ(strengthsOf(s).stage, 0.5);
    EXPECT_DOUBLE_EQ(strengthsOf(s).dropout, 0.7);
}

TEST(RiskSigns, CombinedLikeIndependentChances) {
    EXPECT_EQ(combinedRisk({}), 0.0);
    EXPECT_DOUBLE_EQ(combinedRisk({0.5, 0.0, 0.0, 0.0, 0.0}), 0.5);
    EXPECT_DOUBLE_EQ(combinedRisk({0.5, 0.5, 0.0, 0.0, 0.0}), 0.75);
    EXPECT_DOUBLE_EQ(combinedRisk({1.0, 0.2, 0.3, 0.5, 0.1}), 1.0);
}

TEST(RiskSigns, ReasonInWords) {
    Signals s;
    s.usualGapDays = 21.0;
    s.daysSilent = 75;
    s.recentDays = 90;
    s.recentRevenue = 230000;
    s.baselineAverage = 610000.0;
    s.rNow = 2;
    s.rBefore = 5;
    s.rBeforeDate = Date(2026, 3, 31);
    s.declining = true;
    s.pAlive = 0.314;
    EXPECT_EQ(reasonText(s, strengthsOf(s), 2),
              "usually buys every 21 days; 75 days since the last purchase; revenue last 90 "
              "days -62% (2,300.00 vs 6,100.00 average); R score 2, was 5 on 2026-03-31; stage "
              "Decline; P(alive) 0.31");
    EXPECT_EQ(reasonText(Signals{}, Strengths{}, 2), "");
}

TEST(RiskValue, YearlyRevenueOverAtLeastOneYear) {
    EXPECT_DOUBLE_EQ(yearlyRevenue(36525, 0, 730), 36525 / (730 / 365.25));
    EXPECT_DOUBLE_EQ(yearlyRevenue(1000, 100, 130), 1000.0); // a month: not scaled up
    EXPECT_EQ(yearlyRevenue(-50, 0, 800), 0.0);
}
