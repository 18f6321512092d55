// The streaming summary of the store pass against clv::summarize, on random
// histories with same-day purchases, zero amounts, refunds and later rows.
#include "../store/temp_db.h"

#include "crm/store/clv_history.h"
#include "crm/store/customer_store.h"
#include "crm/store/transaction_store.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <random>

using namespace crm;

namespace {

struct Expected {
    std::optional<clv::CustomerSummary> summary;
    Money net = 0;
    Money costed = 0;
    Money cost = 0;
};

Expected expectedFor(const std::vector<Transaction>& rows, Date asOf, clv::TimeUnit unit) {
    Expected e;
    std::vector<clv::Purchase> purchases;
    for (const Transaction& t : rows) {
        purchases.push_back({t.date, t.amount}); // summarize drops refunds and later rows
        if (t.date > asOf)
            continue;
        e.net += t.amount;
        if (t.cost) {
            e.costed += t.amount;
            e.cost += *t.cost;
        }
    }
    e.summary = clv::summarize(purchases, asOf, unit);
    return e;
}

std::vector<Transaction> randomRows(std::mt19937& rng, std::int64_t customerId) {
    std::uniform_int_distribution<int> count(0, 12), dayOffset(0, 60), amount(-3000, 20000);
    std::vector<Transaction> rows(static_cast<std::size_t>(count(rng)));
    for (Transaction& t : rows) {
        t.customerId = customerId;
        t.date = Date(2024, 1, 1) + boost::gregorian::days(dayOffset(rng) / 2); // many same days
        const int a = amount(rng);
        t.amount = a % 7 == 0 ? 0 : a;
        if (a % 3 == 0)
            t.cost = std::abs(a) / 2;
    }
    return rows;
}

TEST(ClvHistory, StreamingSummaryEqualsSummarize) {
    test::TempDb temp("clv-history");
    std::mt19937 rng(20240601);
    CustomerStore customers(temp.db());
    TransactionStore transactions(temp.db());
    std::vector<std::vector<Transaction>> rows;
    for (int i = 0; i < 150; ++i) {
        Customer c;
        c.code = "R-" + std::to_string(i);
        c.name = c.code;
        c.createdOn = Date(2024, 1, 1);
        rows.push_back(randomRows(rng, customers.add(c)));
        if (!rows.back().empty())
            transactions.addBatch(rows.back());
    }
    for (const Date asOf : {Date(2024, 1, 10), Date(2024, 1, 20), Date(2024, 3, 1)}) {
        for (const clv::TimeUnit unit : {clv::TimeUnit::Day, clv::TimeUnit::Week}) {
            const auto histories = loadClvHistories(temp.db(), asOf, unit);
            std::size_t next = 0;
            for (std::size_t i = 0; i < rows.size(); ++i) {
                const Expected e = expectedFor(rows[i], asOf, unit);
                if (!e.summary)
                    continue;
                ASSERT_LT(next, histories.size());
                const ClvHistory& h = histories[next++];
                EXPECT_EQ(h.customerId, static_cast<std::int64_t>(i + 1));
                EXPECT_EQ(h.summary.frequency, e.summary->frequency);
                EXPECT_EQ(h.summary.recency, e.summary->recency);
                EXPECT_EQ(h.summary.age, e.summary->age);
                EXPECT_EQ(h.summary.meanRepeatSpend, e.summary->meanRepeatSpend);
                EXPECT_EQ(h.netRevenue, e.net);
                EXPECT_EQ(h.margin(), e.costed != 0 || e.cost != 0
                                          ? std::optional<Money>(e.costed - e.cost)
                                          : std::nullopt);
            }
            EXPECT_EQ(next, histories.size());
        }
    }
}

} // namespace
