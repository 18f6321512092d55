#include "temp_db.h"

#include "crm/store/customer_store.h"
#include "crm/store/rfm_query.h"
#include "crm/store/transaction_store.h"

#include <gtest/gtest.h>

using namespace crm;

namespace {

struct RfmQuery : ::testing::Test {
    test::TempDb temp{"rfm"};
    TransactionStore transactions{temp.db()};

    std::int64_t customer(const std::string& code) {
        Customer c;
        c.code = code;
        c.name = "Customer " + code;
        c.createdOn = Date(2025, 1, 1);
        return CustomerStore(temp.db()).add(c);
    }
    void buy(std::int64_t id, Date date, Money amount) {
        Transaction t;
        t.customerId = id;
        t.date = date;
        t.amount = amount;
        transactions.add(t);
    }
    void SetUp() override {
        const auto a = customer("A");
        buy(a, Date(2026, 1, 10), 100'00);
        buy(a, Date(2026, 5, 1), 50'00);
        buy(a, Date(2026, 6, 1), -30'00); // refund after the last purchase
        const auto b = customer("B");
        buy(b, Date(2025, 12, 1), 500'00);
        const auto c = customer("C");
        buy(c, Date(2026, 6, 20), -10'00); // only a refund: not scored
        customer("D");                     // a prospect: not scored
    }
    std::vector<RfmRow> rfmAsOf(Date asOf, std::optional<int> window = {}) {
        return computeRfm(temp.db(), RfmRequest{asOf, window});
    }
};

} // namespace

TEST_F(RfmQuery, AsOfAfterEveryTransactionUsesEverything) {
    const auto rows = rfmAsOf(Date(2026, 6, 30));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].code, "A");
    EXPECT_EQ(rows[0].score.behaviour.recencyDays, 60);
    EXPECT_EQ(rows[0].score.behaviour.frequency, 2);
    EXPECT_EQ(rows[0].score.behaviour.monetary, 120'00);
    EXPECT_EQ(rows[1].code, "B");
    EXPECT_EQ(rows[1].score.behaviour.recencyDays, 211);
    EXPECT_EQ(rows[1].score.r, 1);
    EXPECT_EQ(rows[0].score.r, 3); // 1 + floor(5 * 1 / 2)
}

TEST_F(RfmQuery, AggregatePathEqualsTheTransactionPass) {
    const auto fast = rfmAsOf(Date(2026, 12, 31));
    const auto scanned = rfmAsOf(Date(2026, 12, 31), 100000);
    ASSERT_EQ(fast.size(), scanned.size());
    for (std::size_t i = 0; i < fast.size(); ++i) {
        EXPECT_EQ(fast[i].code, scanned[i].code);
        EXPECT_EQ(fast[i].score.behaviour.monetary, scanned[i].score.behaviour.monetary);
        EXPECT_EQ(fast[i].score.behaviour.recencyDays, scanned[i].score.behaviour.recencyDays);
        EXPECT_EQ(fast[i].score.behaviour.frequency, scanned[i].score.behaviour.frequency);
    }
}

TEST_F(RfmQuery, PastDateIgnoresLaterTransactions) {
    const auto rows = rfmAsOf(Date(2026, 2, 1));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].score.behaviour.frequency, 1);
    EXPECT_EQ(rows[0].score.behaviour.monetary, 100'00);
    EXPECT_EQ(rows[0].score.behaviour.recencyDays, 22);
}

TEST_F(RfmQuery, WindowKeepsOnlyTheLastNDays) {
    const auto rows = rfmAsOf(Date(2026, 6, 30), 90); // (2026-04-01, 2026-06-30]
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].code, "A");
    EXPECT_EQ(rows[0].score.behaviour.frequency, 1);
    EXPECT_EQ(rows[0].score.behaviour.monetary, 20'00);
}

TEST_F(RfmQuery, ALaterRefundMakesTheDateAPastDate) {
    // 2026-05-31 is after A's last purchase but before A's June refund: the
    // aggregates include the refund, so the pass over transactions must run.
    const auto rows = rfmAsOf(Date(2026, 5, 31));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].score.behaviour.monetary, 150'00); // A's refund of June not yet
}

TEST_F(RfmQuery, AnEarlierWriteAfterALaterOneKeepsTheDateBound) {
    // The bound of transaction dates must stay the latest date, whatever the
    // order of the writes; else a past date would be answered from the
    // aggregates, with later transactions counted.
    buy(customer("E"), Date(2026, 1, 5), 1'00); // earlier than C's June refund
    const auto rows = rfmAsOf(Date(2026, 5, 15));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].code, "A");
    EXPECT_EQ(rows[0].score.behaviour.monetary, 150'00); // not A's refund of June 1
    EXPECT_EQ(rows[0].score.behaviour.recencyDays, 14);
}
