// The 80/20 functions on small cases computed by hand.
#include "crm/analytics/pareto.h"
#include "crm/analytics/potential_value.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace crm;
using namespace crm::pareto;

namespace {

void expectTiers(const std::vector<Money>& revenues, std::int64_t a, Money aRevenue,
                 std::int64_t b, Money bRevenue, std::int64_t c, Money cRevenue) {
    const std::vector<Tier> tiers = abcTiers(revenues);
    ASSERT_EQ(tiers.size(), 3u);
    EXPECT_EQ(tiers[0].name, 'A');
    EXPECT_EQ(tiers[0].customers, a);
    EXPECT_EQ(tiers[0].revenue, aRevenue);
    EXPECT_EQ(tiers[1].customers, b);
    EXPECT_EQ(tiers[1].revenue, bRevenue);
    EXPECT_EQ(tiers[2].customers, c);
    EXPECT_EQ(tiers[2].revenue, cRevenue);
}

TEST(Pareto, NoCustomers) {
    const Concentration k = concentration({});
    EXPECT_EQ(k.customers, 0);
    EXPECT_EQ(k.total, 0);
    EXPECT_FALSE(k.customersFor80);
    EXPECT_FALSE(k.gini);
    EXPECT_TRUE(concentrationCurve({}, 20).empty());
    expectTiers({}, 0, 0, 0, 0, 0, 0);
    const WhaleCurve w = whaleCurve({}, 20);
    EXPECT_EQ(w.customers, 0);
    EXPECT_EQ(w.peakProfit, 0);
    EXPECT_TRUE(w.curve.empty());
}

TEST(Pareto, EqualRevenuesHaveGiniZeroAndShareOneTier) {
    const std::vector<Money> equal{100, 100, 100, 100};
    EXPECT_DOUBLE_EQ(*gini(equal), 0.0);
    const Concentration k = concentration(equal);
    EXPECT_EQ(*k.customersFor80, 4); // 3.2 customers' worth needs 4 of them
    EXPECT_DOUBLE_EQ(*k.shareFor80, 1.0);
    const auto curve = concentrationCurve(equal, 4);
    ASSERT_EQ(curve.size(), 4u);
    for (const CurvePoint& p : curve)
        EXPECT_DOUBLE_EQ(p.valueShare, p.customerShare);
    expectTiers(equal, 4, 400, 0, 0, 0, 0); // ties share a tier
    EXPECT_EQ(*concentration(std::vector<Money>(5, 10)).customersFor80, 4);
}

TEST(Pareto, OneCustomerWithEverything) {
    const std::vector<Money> values{0, 0, 1000, 0, 0};
    EXPECT_DOUBLE_EQ(*gini(values), 0.8); // (n - 1) / n
    const Concentration k = concentration(values);
    EXPECT_EQ(*k.customersFor80, 1);
    EXPECT_DOUBLE_EQ(*k.shareFor80, 0.2);
    const auto curve = concentrationCurve(values, 10);
    EXPECT_DOUBLE_EQ(curve[0].valueShare, 0.5); // half of the top customer
    EXPECT_DOUBLE_EQ(curve[1].valueShare, 1.0);
    EXPECT_DOUBLE_EQ(curve[9].valueShare, 1.0);
    expectTiers(values, 1, 1000, 0, 0, 4, 0);
}

TEST(Pareto, HandComputedCase) {
    const std::vector<Money> values{5, 30, 10, 50, 5}; // total 100
    EXPECT_NEAR(*gini(values), 0.46, 1e-12);       // sum |xi - xj| = 460 over 2 n^2 mean = 1000
    EXPECT_EQ(*concentration(values).customersFor80, 2);
    const auto curve = concentrationCurve(values, 10);
    EXPECT_DOUBLE_EQ(curve[0].valueShare, 0.25); // half of 50
    EXPECT_DOUBLE_EQ(curve[2].valueShare, 0.65); // 50 + half of 30
    EXPECT_DOUBLE_EQ(curve[3].valueShare, 0.80);
    EXPECT_DOUBLE_EQ(curve[9].valueShare, 1.0);
    // The second 5 has 95% above it but is tied with the first: both B.
    expectTiers(values, 2, 80, 3, 20, 0, 0);
    expectTiers({50, 30, 10, 5, 3, 2}, 2, 80, 2, 15, 2, 5);
}

TEST(Pareto, NegativeNetRevenue) {
    const std::vector<Money> values{100, -30, 50}; // total 120
    EXPECT_EQ(*concentration(values).customersFor80, 1);
    EXPECT_NEAR(*gini(values), 260.0 / 360.0, 1e-12);
    expectTiers(values, 1, 100, 1, 50, 1, -30);
    const std::vector<Money> losing{-10, 5};
    EXPECT_FALSE(concentration(losing).customersFor80);
    EXPECT_FALSE(gini(losing));
    expectTiers(losing, 0, 0, 0, 0, 2, -5);
}

TEST(Pareto, WhaleCurve) {
    const std::vector<Money> profits{70, 40, 20, -5, -25, 0, 10, 5, -15, 0}; // total 100
    const WhaleCurve w = whaleCurve(profits, 10);
    EXPECT_EQ(w.customers, 10);
    EXPECT_EQ(w.totalProfit, 100);
    EXPECT_EQ(w.peakProfit, 145);
    EXPECT_EQ(w.customersAtPeak, 5);
    EXPECT_EQ(w.top20Profit, 110);
    EXPECT_EQ(w.bottom30Profit, -45);
    ASSERT_EQ(w.curve.size(), 10u);
    EXPECT_DOUBLE_EQ(w.curve[0].profit, 70);
    EXPECT_DOUBLE_EQ(w.curve[4].profit, 145);
    EXPECT_DOUBLE_EQ(w.curve[9].profit, 100);
    const WhaleCurve losses = whaleCurve(std::vector<Money>{-5, -10}, 2);
    EXPECT_EQ(losses.peakProfit, 0);
    EXPECT_EQ(losses.customersAtPeak, 0);
    EXPECT_EQ(losses.bottom30Profit, -10); // round(0.6) = 1 customer
}

TEST(PotentialValue, WalletOverTheHorizonMinusTheExpectedValue) {
    const clv::ClvOptions noDiscount{12, 0.0};
    EXPECT_DOUBLE_EQ(clv::discountedWallet(120000, noDiscount), 120000.0);
    EXPECT_DOUBLE_EQ(clv::discountedWallet(120000, {6, 0.0}), 60000.0);
    EXPECT_NEAR(clv::discountedWallet(120000, {12, 0.01}),
                10000.0 * (1.0 - std::pow(1.01, -12)) / 0.01, 1e-6);
    EXPECT_DOUBLE_EQ(clv::potentialValue(120000, 20000.0, noDiscount), 100000.0);
    EXPECT_DOUBLE_EQ(clv::potentialValue(120000, 200000.0, noDiscount), 0.0);
    EXPECT_DOUBLE_EQ(clv::potentialValue(0, 10.0, noDiscount), 0.0);
}

} // namespace
