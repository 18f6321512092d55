// Features, profiles and names of behaviour groups.
#include "crm/analytics/clusters_profile.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

using namespace crm::clusters;

namespace {

// Two clear kinds of customers: recent frequent big spenders, lapsed one-time small ones.
std::vector<CustomerFeatures> twoKinds() {
    std::vector<CustomerFeatures> customers;
    for (int i = 0; i < 300; ++i) {
        const bool big = i % 3 == 0;
        CustomerFeatures c;
        c.customerId = i + 1;
        c.recencyDays = big ? 5 + i % 7 : 400 + i % 50;
        c.frequency = big ? 40 + i % 5 : 1;
        c.monetary = big ? 5'000'000 + 1000 * i : 2000 + i;
        customers.push_back(c);
    }
    return customers;
}

} // namespace

TEST(ClusterFeatures, LogsAndMarginRateWithPopulationMeanFallback) {
    std::vector<CustomerFeatures> c(3);
    c[0] = {1, 9, 4, 99, 1000, 600};  // margin 40%
    c[1] = {2, 0, 1, -50, 1000, 800}; // refunds: monetary counts as 0; margin 20%
    c[2] = {3, 30, 2, 500, 0, 0};     // no costs: the mean of the known, 30%
    const Points rows = featureRows(c);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_DOUBLE_EQ(rows[0][LogRecency], std::log(10.0));
    EXPECT_DOUBLE_EQ(rows[0][LogFrequency], std::log(4.0));
    EXPECT_DOUBLE_EQ(rows[0][LogMonetary], std::log(100.0));
    EXPECT_DOUBLE_EQ(rows[0][MarginRate], 0.4);
    EXPECT_DOUBLE_EQ(rows[1][LogRecency], 0.0);
    EXPECT_DOUBLE_EQ(rows[1][LogMonetary], 0.0);
    EXPECT_DOUBLE_EQ(rows[2][MarginRate], 0.3);
    EXPECT_EQ(marginRate({4, 1, 1, 10, 100, 500}), -1.0); // clamped
    EXPECT_FALSE(marginRate({4, 1, 1, 10, 0, 0}));
}

TEST(ClusterNames, FromTheCentroid) {
    EXPECT_EQ(groupName(std::vector<double>{-1.0, 1.0, 1.0, 0.0}, 12.0, false),
              "Recent frequent big spenders");
    EXPECT_EQ(groupName(std::vector<double>{1.2, -1.0, -0.8, 0.0}, 1.0, false),
              "Lapsed one-time small spenders");
    EXPECT_EQ(groupName(std::vector<double>{0.1, 0.0, 0.2, 0.0}, 3.0, false),
              "Cooling regular buyers");
    EXPECT_EQ(groupName(std::vector<double>{0.0, -0.6, 0.0, 1.5}, 2.0, true),
              "Cooling occasional buyers, high margin");
    EXPECT_EQ(groupName(std::vector<double>{0.0, -0.6, 0.0, -1.5}, 2.0, true),
              "Cooling occasional buyers, low margin");
    EXPECT_EQ(groupName(std::vector<double>{0.0, -0.6, 0.0, -1.5}, 2.0, false),
              "Cooling occasional buyers"); // margins all alike: not named
}

TEST(Grouping, TwoKindsFoundNamedAndProfiled) {
    const auto customers = twoKinds();
    const Grouping g = groupCustomers(customers);
    ASSERT_EQ(g.k, 2);
    EXPECT_TRUE(g.chosenBySilhouette);
    EXPECT_GT(g.silhouette, 0.7);
    ASSERT_EQ(g.groups.size(), 2u);
    const GroupProfile& big = g.groups[0]; // most revenue first
    EXPECT_EQ(big.name, "Recent frequent big spenders");
    EXPECT_EQ(big.customers, 100);
    EXPECT_NEAR(big.share, 1.0 / 3, 1e-12);
    EXPECT_NEAR(big.meanFrequency, 42.0, 0.1);
    EXPECT_EQ(g.groups[1].name, "Lapsed one-time small spenders");
    EXPECT_DOUBLE_EQ(g.groups[1].meanFrequency, 1.0);
    EXPECT_NEAR(big.revenueShare + g.groups[1].revenueShare, 1.0, 1e-12);
    EXPECT_GT(big.revenueShare, 0.99);
    EXPECT_FALSE(big.marginRate); // no costs recorded
    for (std::size_t i = 0; i < customers.size(); ++i)
        EXPECT_EQ(g.groupOf[i], i % 3 == 0 ? 1 : 2) << i;
}

TEST(Grouping, GivenKAndRepeatable) {
    auto customers = twoKinds();
    customers[0].costedRevenue = 1000; // one margin known: the rest take its rate
    customers[0].cost = 250;
    GroupingOptions options;
    options.k = 4;
    const Grouping a = groupCustomers(customers, options);
    const Grouping b = groupCustomers(customers, options);
    EXPECT_EQ(a.k, 4);
    EXPECT_FALSE(a.chosenBySilhouette);
    EXPECT_TRUE(a.silhouettes.empty());
    EXPECT_EQ(a.groupOf, b.groupOf);
    std::int64_t total = 0;
    for (const GroupProfile& p : a.groups) {
        total += p.customers;
        EXPECT_EQ(a.groups[static_cast<std::size_t>(p.group - 1)].name, p.name);
    }
    EXPECT_EQ(total, 300);
    for (std::size_t i = 1; i < a.groups.size(); ++i) {
        EXPECT_GE(a.groups[i - 1].revenueShare, a.groups[i].revenueShare);
        EXPECT_NE(a.groups[i - 1].name, a.groups[i].name); // unique names
    }
    EXPECT_TRUE(groupCustomers({}).groups.empty());
}

TEST(Grouping, FittedOnASampleStillGroupsEveryone) {
    const auto customers = twoKinds();
    GroupingOptions options;
    options.fitSampleSize = 40; // k-means on 40 of the 300, then everyone assigned
    const Grouping g = groupCustomers(customers, options);
    ASSERT_EQ(g.k, 2);
    EXPECT_EQ(g.groups[0].customers, 100);
    EXPECT_EQ(g.groups[1].customers, 200);
    EXPECT_NEAR(g.groups[0].meanFrequency, 42.0, 0.1); // centres are the groups' means
    for (std::size_t i = 0; i < customers.size(); ++i)
        EXPECT_EQ(g.groupOf[i], i % 3 == 0 ? 1 : 2) << i;
}
