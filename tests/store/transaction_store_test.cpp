#include "temp_db.h"

#include "crm/errors.h"
#include "crm/store/customer_store.h"
#include "crm/store/transaction_store.h"

#include <gtest/gtest.h>

using namespace crm;

namespace {

struct Fixture : ::testing::Test {
    test::TempDb temp{"txn"};
    CustomerStore customers{temp.db()};
    TransactionStore transactions{temp.db()};
    std::int64_t customerId = 0;

    void SetUp() override {
        Customer c;
        c.code = "C-1";
        c.name = "张伟";
        c.kind = CustomerKind::Person;
        c.createdOn = Date(2025, 1, 1);
        customerId = customers.add(c);
    }

    Transaction tx(Date date, Money amount, std::optional<Money> cost = {},
                   std::string reference = {}) const {
        Transaction t;
        t.customerId = customerId;
        t.date = date;
        t.amount = amount;
        t.cost = cost;
        t.reference = std::move(reference);
        return t;
    }
};

} // namespace

TEST_F(Fixture, AddKeepsAggregatesInStep) {
    transactions.add(tx(Date(2026, 3, 1), 100'00, 60'00));
    transactions.add(tx(Date(2026, 1, 15), 50'00));
    transactions.add(tx(Date(2026, 4, 2), -20'00)); // refund: not a purchase
    transactions.add(tx(Date(2026, 2, 1), 0));      // free sample: a purchase
    const auto a = customers.aggregates(customerId);
    EXPECT_EQ(a.firstPurchase, Date(2026, 1, 15));
    EXPECT_EQ(a.lastPurchase, Date(2026, 3, 1));
    EXPECT_EQ(a.purchaseCount, 3);
    EXPECT_EQ(a.netAmount, 130'00);
    EXPECT_EQ(a.costedAmount, 100'00);
    EXPECT_EQ(a.cost, 60'00);
    EXPECT_EQ(a.margin(), 40'00);
    EXPECT_EQ(a, customers.recomputeAggregates(customerId));
}

TEST_F(Fixture, DuplicateReferenceIsAConflict) {
    transactions.add(tx(Date(2026, 3, 1), 100'00, {}, "INV-7"));
    EXPECT_THROW(transactions.add(tx(Date(2026, 3, 2), 5'00, {}, "INV-7")), ConflictError);
    EXPECT_EQ(customers.aggregates(customerId).netAmount, 100'00);
}

TEST_F(Fixture, UnknownCustomerIsNotFound) {
    Transaction t = tx(Date(2026, 3, 1), 1'00);
    t.customerId = 999;
    EXPECT_THROW(transactions.add(t), NotFoundError);
}

TEST_F(Fixture, BatchSkipsReferencesAlreadyStoredSoReimportsDoNotDoubleCount) {
    std::vector<Transaction> batch{tx(Date(2026, 1, 1), 10'00, {}, "R1"),
                                   tx(Date(2026, 1, 2), 20'00, {}, "R2"),
                                   tx(Date(2026, 1, 3), 30'00)};
    auto first = transactions.addBatch(batch);
    EXPECT_EQ(first.inserted, 3);
    EXPECT_EQ(first.duplicates, 0);
    batch.pop_back(); // without a reference a row cannot be recognised again
    auto second = transactions.addBatch(batch);
    EXPECT_EQ(second.inserted, 0);
    EXPECT_EQ(second.duplicates, 2);
    EXPECT_EQ(customers.aggregates(customerId).netAmount, 60'00);
    EXPECT_EQ(customers.aggregates(customerId), customers.recomputeAggregates(customerId));
}

// Rows already stored, and a reference given twice in one batch, are skipped
// among new rows: the aggregates count exactly the rows that went in.
TEST_F(Fixture, BatchAmongStoredRowsAddsOnlyTheNewOnes) {
    transactions.add(tx(Date(2026, 1, 1), 10'00, {}, "R1"));
    const std::vector<Transaction> batch{tx(Date(2026, 1, 1), 10'00, {}, "R1"),
                                         tx(Date(2026, 2, 1), 30'00, 12'00, "R3"),
                                         tx(Date(2026, 9, 9), 99'00, {}, "R3"),
                                         tx(Date(2025, 12, 1), 5'00)};
    const auto result = transactions.addBatch(batch);
    EXPECT_EQ(result.inserted, 2);
    EXPECT_EQ(result.duplicates, 2);
    const auto a = customers.aggregates(customerId);
    EXPECT_EQ(a.netAmount, 45'00);
    EXPECT_EQ(a.lastPurchase, Date(2026, 2, 1)); // not the skipped 9 September
    EXPECT_EQ(a.firstPurchase, Date(2025, 12, 1));
    EXPECT_EQ(a.cost, 12'00);
    EXPECT_EQ(a, customers.recomputeAggregates(customerId));
}

TEST_F(Fixture, BatchWithAnUnknownCustomerChangesNothing) {
    std::vector<Transaction> batch{tx(Date(2026, 1, 1), 10'00), tx(Date(2026, 1, 2), 20'00)};
    batch[1].customerId = 12345;
    EXPECT_THROW(transactions.addBatch(batch), NotFoundError);
    EXPECT_TRUE(transactions.listFor(customerId).empty());
    EXPECT_EQ(customers.aggregates(customerId).netAmount, 0);
}

TEST_F(Fixture, EditAndDeleteRecomputeAggregates) {
    const auto late = transactions.add(tx(Date(2026, 5, 1), 100'00));
    transactions.add(tx(Date(2026, 2, 1), 40'00));
    auto t = *transactions.find(late);
    t.amount = -10'00; // the purchase turns out to be a refund
    transactions.update(t);
    auto a = customers.aggregates(customerId);
    EXPECT_EQ(a.lastPurchase, Date(2026, 2, 1));
    EXPECT_EQ(a.netAmount, 30'00);
    transactions.remove(late);
    a = customers.aggregates(customerId);
    EXPECT_EQ(a.netAmount, 40'00);
    EXPECT_EQ(a, customers.recomputeAggregates(customerId));
    EXPECT_THROW(transactions.remove(late), NotFoundError);
}

TEST_F(Fixture, ListIsOldestFirst) {
    transactions.add(tx(Date(2026, 5, 1), 1));
    transactions.add(tx(Date(2026, 2, 1), 2));
    const auto list = transactions.listFor(customerId);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].date, Date(2026, 2, 1));
    EXPECT_EQ(list[1].amount, 1);
}
