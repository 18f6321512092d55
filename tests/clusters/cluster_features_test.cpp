// Behaviour features from the store on both paths, and groups from them.
#include "../store/temp_db.h"

#include "crm/store/cluster_features.h"
#include "crm/store/customer_store.h"
#include "crm/store/transaction_store.h"

#include <gtest/gtest.h>

using namespace crm;

namespace {

class ClusterStore : public ::testing::Test {
protected:
    std::int64_t customer(const std::string& code) {
        Customer c;
        c.code = code;
        c.name = code;
        c.createdOn = Date(2024, 1, 1);
        return CustomerStore(temp.db()).add(c);
    }
    void tx(std::int64_t id, Date date, Money amount, std::optional<Money> cost = {}) {
        TransactionStore(temp.db()).add({0, id, date, amount, cost, "", ""});
    }
    void SetUp() override {
        const auto b = customer("B"), a = customer("A");
        customer("PROSPECT"); // no purchase: not grouped
        tx(a, Date(2024, 1, 5), 10000, 6000);
        tx(a, Date(2024, 3, 5), 5000);
        tx(a, Date(2024, 3, 9), -1000); // refund
        tx(b, Date(2024, 2, 1), 700);
    }
    test::TempDb temp{"cluster-store"};
};

} // namespace

TEST_F(ClusterStore, AggregatesAndTransactionsAgree) {
    const auto latest = loadClusterCustomers(temp.db(), Date(2024, 12, 31));
    ASSERT_EQ(latest.size(), 2u);
    EXPECT_EQ(latest[0].code, "A"); // by code
    const clusters::CustomerFeatures& a = latest[0].features;
    EXPECT_EQ(a.recencyDays, 301); // 2024-03-05 .. 2024-12-31
    EXPECT_EQ(a.frequency, 2);
    EXPECT_EQ(a.monetary, 14000);
    EXPECT_EQ(a.costedRevenue, 10000);
    EXPECT_EQ(a.cost, 6000);
    customer("LATE");
    tx(customer("LATER"), Date(2025, 6, 1), 100); // 2024-12-31 is now a past date
    const auto past = loadClusterCustomers(temp.db(), Date(2024, 12, 31));
    ASSERT_EQ(past.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(past[i].code, latest[i].code);
        const auto &x = past[i].features, &y = latest[i].features;
        EXPECT_EQ(x.customerId, y.customerId);
        EXPECT_EQ(x.recencyDays, y.recencyDays);
        EXPECT_EQ(x.frequency, y.frequency);
        EXPECT_EQ(x.monetary, y.monetary);
        EXPECT_EQ(x.costedRevenue, y.costedRevenue);
        EXPECT_EQ(x.cost, y.cost);
    }
    const auto early = loadClusterCustomers(temp.db(), Date(2024, 2, 1));
    ASSERT_EQ(early.size(), 2u);
    EXPECT_EQ(early[0].features.monetary, 10000);
    EXPECT_EQ(early[1].features.recencyDays, 0);
}

TEST_F(ClusterStore, GroupsEveryCustomerWithAPurchase) {
    clusters::GroupingOptions options;
    options.k = 2;
    const ClusterReport report = computeClusters(temp.db(), Date(2024, 12, 31), options);
    ASSERT_EQ(report.customers.size(), 2u);
    EXPECT_EQ(report.grouping.k, 2);
    EXPECT_EQ(report.grouping.groupOf[0], 1); // A brings the most revenue
    EXPECT_EQ(report.grouping.groupOf[1], 2);
    EXPECT_TRUE(computeClusters(temp.db(), Date(2023, 12, 31)).customers.empty());
}
