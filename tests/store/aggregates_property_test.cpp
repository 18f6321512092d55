// Property: after any sequence of inserts, batches, edits and deletes of
// transactions, every customer's stored aggregates equal a full recomputation.
#include "temp_db.h"

#include "crm/errors.h"
#include "crm/store/customer_store.h"
#include "crm/store/transaction_store.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <random>

using namespace crm;

namespace {

class RandomOps {
public:
    explicit RandomOps(std::uint64_t seed) : m_rng(seed) {}
    std::int64_t below(std::int64_t n) {
        return static_cast<std::int64_t>(m_rng() % static_cast<std::uint64_t>(n));
    }
    Transaction transaction(const std::vector<std::int64_t>& customers) {
        Transaction t;
        t.customerId = customers[static_cast<std::size_t>(below(std::ssize(customers)))];
        t.date = Date(2024, 1, 1) + boost::gregorian::days(below(900));
        t.amount = below(10) == 0 ? -below(5000) : below(100000);
        if (below(2) == 0)
            t.cost = below(50000);
        if (below(3) == 0)
            t.reference = "R" + std::to_string(below(400));
        return t;
    }

private:
    std::mt19937_64 m_rng;
};

std::vector<std::int64_t> transactionIds(Database& db) {
    std::vector<std::int64_t> ids;
    SQLite::Statement st(db.sql(), "SELECT id FROM txn");
    while (st.executeStep())
        ids.push_back(st.getColumn(0).getInt64());
    return ids;
}

} // namespace

TEST(AggregatesProperty, StoredAggregatesAlwaysEqualARecomputation) {
    test::TempDb t("aggprop");
    CustomerStore customers(t.db());
    TransactionStore transactions(t.db());
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 25; ++i) {
        Customer c;
        c.code = "P-" + std::to_string(i);
        c.name = "Customer " + std::to_string(i);
        c.createdOn = Date(2024, 1, 1);
        ids.push_back(customers.add(c));
    }
    RandomOps random(20261123);
    for (int step = 0; step < 3000; ++step) {
        const auto op = random.below(10);
        const auto existing = transactionIds(t.db());
        try {
            if (op < 4 || existing.empty()) {
                transactions.add(random.transaction(ids));
            } else if (op < 6) {
                std::vector<Transaction> batch;
                for (int k = 0; k < 20; ++k)
                    batch.push_back(random.transaction(ids));
                transactions.addBatch(batch);
            } else if (op < 8) {
                Transaction edited = random.transaction(ids);
                edited.id = existing[static_cast<std::size_t>(random.below(std::ssize(existing)))];
                transactions.update(edited);
            } else {
                transactions.remove(
                    existing[static_cast<std::size_t>(random.below(std::ssize(existing)))]);
            }
        } catch (const ConflictError&) {
            // a random reference collided: the write must have changed nothing
        }
        if (step % 100 != 99)
            continue;
        for (auto id : ids) {
            ASSERT_EQ(customers.aggregates(id), customers.recomputeAggregates(id))
                << "customer " << id << " after step " << step;
        }
    }
    for (auto id : ids)
        EXPECT_EQ(customers.aggregates(id), customers.recomputeAggregates(id));
    EXPECT_GT(transactionIds(t.db()).size(), 500u);
}
