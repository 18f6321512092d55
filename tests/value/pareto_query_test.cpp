// Revenues and margins per customer from the store, on both paths
// (aggregates when as of every transaction, one pass over txn otherwise).
#include "../store/temp_db.h"

#include "crm/store/customer_store.h"
#include "crm/store/pareto_query.h"
#include "crm/store/transaction_store.h"

#include <gtest/gtest.h>

using namespace crm;

namespace {

class ParetoQuery : public ::testing::Test {
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
        const auto a = customer("A"), b = customer("B"), c = customer("C");
        customer("PROSPECT"); // no transactions: not counted
        tx(a, Date(2024, 1, 5), 10000, 6000);
        tx(a, Date(2024, 3, 5), 5000);
        tx(b, Date(2024, 1, 10), 2000, 2500); // sold at a loss
        tx(b, Date(2024, 2, 1), -500);         // refund
        tx(c, Date(2024, 3, 1), 700);
    }
    test::TempDb temp{"pareto-query"};
};

TEST_F(ParetoQuery, AsOfEveryTransactionUsesTheAggregates) {
    const auto rows = loadCustomerRevenues(temp.db(), Date(2024, 12, 31));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].netRevenue, 15000);
    EXPECT_EQ(rows[0].margin, 4000);
    EXPECT_EQ(rows[1].netRevenue, 1500);
    EXPECT_EQ(rows[1].margin, -500);
    EXPECT_EQ(rows[2].netRevenue, 700);
    EXPECT_FALSE(rows[2].margin);
}

TEST_F(ParetoQuery, PastDateCountsOnlyEarlierTransactions) {
    const auto rows = loadCustomerRevenues(temp.db(), Date(2024, 2, 1));
    ASSERT_EQ(rows.size(), 2u); // C buys in March
    EXPECT_EQ(rows[0].netRevenue, 10000);
    EXPECT_EQ(rows[0].margin, 4000);
    EXPECT_EQ(rows[1].netRevenue, 1500);
    EXPECT_EQ(rows[1].margin, -500);
    EXPECT_TRUE(loadCustomerRevenues(temp.db(), Date(2023, 12, 31)).empty());
}

TEST_F(ParetoQuery, BothPathsAgree) {
    // The day before the last transaction is a past date; adding a later
    // transaction turns the same date into a past date too.
    const auto viaAggregates = loadCustomerRevenues(temp.db(), Date(2024, 3, 5));
    tx(customer("LATE"), Date(2024, 6, 1), 100);
    const auto viaTransactions = loadCustomerRevenues(temp.db(), Date(2024, 3, 5));
    ASSERT_EQ(viaAggregates.size(), viaTransactions.size());
    for (std::size_t i = 0; i < viaAggregates.size(); ++i) {
        EXPECT_EQ(viaAggregates[i].customerId, viaTransactions[i].customerId);
        EXPECT_EQ(viaAggregates[i].netRevenue, viaTransactions[i].netRevenue);
        EXPECT_EQ(viaAggregates[i].margin, viaTransactions[i].margin);
    }
}

TEST_F(ParetoQuery, ReportPutsItTogether) {
    const ParetoReport report = computePareto(temp.db(), Date(2024, 12, 31), 20);
    EXPECT_EQ(report.revenue.customers, 3);
    EXPECT_EQ(report.revenue.total, 17200);
    EXPECT_EQ(*report.revenue.customersFor80, 1); // 15000 / 17200 = 87%
    EXPECT_EQ(report.revenueCurve.size(), 20u);
    EXPECT_EQ(report.tiers[0].customers, 1);
    ASSERT_TRUE(report.whale);
    EXPECT_EQ(report.whale->customers, 2); // C has no costs
    EXPECT_EQ(report.whale->totalProfit, 3500);
    EXPECT_EQ(report.whale->peakProfit, 4000);
}

} // namespace
