// A bulk load stores what batches store, and leaves the file with every
// index and trigger it had, whether it finishes, is given up or rolled back.
#include "temp_db.h"

#include "crm/errors.h"
#include "crm/store/customer_store.h"
#include "crm/store/database.h"
#include "crm/store/transaction_bulk_load.h"
#include "crm/store/transaction_days.h"
#include "crm/store/transaction_store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <stdexcept>

using namespace crm;

namespace {

struct BulkLoad : ::testing::Test {
    test::TempDb temp{"bulk-load"};
    CustomerStore customers{temp.db()};
    std::vector<std::int64_t> ids;

    void SetUp() override {
        for (int i = 0; i < 3; ++i) {
            Customer c;
            c.code = "C-" + std::to_string(i);
            c.name = "客户 " + std::to_string(i);
            c.kind = CustomerKind::Organisation;
            c.createdOn = Date(2025, 1, 1);
            ids.push_back(customers.add(c));
        }
    }

    // Two purchases each, a refund, a cost, and one row per customer with
    // a reference already used earlier in the same batch.
    std::vector<Transaction> rows() const {
        std::vector<Transaction> out;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const auto n = static_cast<unsigned short>(i);
            out.push_back({0, ids[i], Date(2026, 3, static_cast<unsigned short>(1 + n)),
                           100'00 + n, 40'00, "许可", "R1"});
            out.push_back({0, ids[i], Date(2026, 1, static_cast<unsigned short>(10 + n)), 50'00,
                           {}, "服务", "R2"});
            out.push_back({0, ids[i], Date(2026, 4, 2), -20'00, {}, "退款", ""});
            out.push_back({0, ids[i], Date(2026, 5, 1), 999'00, {}, "许可", "R1"}); // again
        }
        return out;
    }

    // Every index and trigger, with its SQL: what a load must leave as it was.
    std::string schema() {
        SQLite::Statement st(temp.db().sql(),
                             "SELECT group_concat(name || ':' || ifnull(sql, ''), '|') FROM "
                             "(SELECT name, sql FROM sqlite_master WHERE type IN "
                             "('index', 'trigger') ORDER BY name)");
        st.executeStep();
        return st.getColumn(0).getString();
    }
    void keepCutPoints(Date asOf) {
        SQLite::Statement st(temp.db().sql(),
                             "INSERT INTO rfm_cutpoints(as_of, window_days, scored, r_cuts, "
                             "f_cuts, m_cuts) VALUES (?, 365, 3, '1,2,3,4', '1,2,3,4', '1,2,3,4')");
        st.bind(1, static_cast<std::int64_t>(toDayNumber(asOf)));
        st.exec();
    }
    std::int64_t count(const char* sql) {
        return temp.db().sql().execAndGet(sql).getInt64();
    }
};

} // namespace

TEST_F(BulkLoad, StoresWhatABatchStoresAndGivesTheIndexesAndTriggerBack) {
    test::TempDb other("bulk-load-batch");
    CustomerStore otherCustomers(other.db());
    for (std::int64_t id : ids) {
        Customer c = *customers.find(id);
        otherCustomers.add(c);
    }
    const auto batched = TransactionStore(other.db()).addBatch(rows());

    const std::string before = schema();
    WriteTransaction unit(temp.db());
    TransactionBulkLoad load(temp.db());
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_master WHERE name = 'customer_net_amount'"), 0);
    const auto loaded = load.add(rows());
    load.finish();
    unit.commit();

    EXPECT_EQ(loaded.inserted, batched.inserted);
    EXPECT_EQ(loaded.inserted, 9);
    EXPECT_EQ(loaded.duplicates, 3);
    EXPECT_EQ(schema(), before);
    for (std::int64_t id : ids) {
        EXPECT_EQ(customers.aggregates(id), customers.recomputeAggregates(id));
        EXPECT_EQ(customers.aggregates(id), otherCustomers.aggregates(id));
    }
    EXPECT_EQ(temp.db().sql().execAndGet("PRAGMA integrity_check").getString(), "ok");
}

TEST_F(BulkLoad, DropsTheCutPointsTheLoadedDaysMadeStale) {
    keepCutPoints(Date(2025, 12, 31)); // before every loaded day: still true
    keepCutPoints(Date(2026, 1, 10));  // the earliest loaded day
    keepCutPoints(Date(2026, 6, 30));
    WriteTransaction unit(temp.db());
    TransactionBulkLoad load(temp.db());
    load.add(rows());
    EXPECT_EQ(count("SELECT count(*) FROM rfm_cutpoints"), 3); // not row by row
    load.finish();
    unit.commit();
    EXPECT_EQ(count("SELECT count(*) FROM rfm_cutpoints"), 1);
    EXPECT_EQ(count("SELECT as_of FROM rfm_cutpoints"), toDayNumber(Date(2025, 12, 31)));
}

TEST_F(BulkLoad, GivenUpItStillLeavesTheIndexesAndTrigger) {
    const std::string before = schema();
    keepCutPoints(Date(2026, 6, 30));
    {
        WriteTransaction unit(temp.db());
        {
            TransactionBulkLoad load(temp.db());
            load.add(rows());
        } // never finished
        unit.commit(); // and the unit commits anyway
    }
    EXPECT_EQ(schema(), before);
    EXPECT_EQ(count("SELECT count(*) FROM rfm_cutpoints"), 0);
    for (std::int64_t id : ids)
        EXPECT_EQ(customers.aggregates(id), customers.recomputeAggregates(id));
}

TEST_F(BulkLoad, RolledBackWithItsUnitNothingIsStored) {
    const std::string before = schema();
    {
        WriteTransaction unit(temp.db());
        TransactionBulkLoad load(temp.db());
        load.add(rows());
        load.finish();
    } // the unit is not committed
    EXPECT_EQ(schema(), before);
    EXPECT_EQ(count("SELECT count(*) FROM txn"), 0);
    EXPECT_EQ(customers.aggregates(ids[0]).purchaseCount, 0);
}

TEST_F(BulkLoad, NeedsAUnitOfWork) {
    EXPECT_THROW(TransactionBulkLoad{temp.db()}, std::logic_error);
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_master WHERE name = 'customer_net_amount'"), 1);
}

TEST_F(BulkLoad, NotesTheLatestDayTheAnalyticsAskFor) {
    WriteTransaction unit(temp.db());
    TransactionBulkLoad load(temp.db());
    std::vector<Transaction> batch = rows();
    batch.push_back({0, ids[1], Date(2026, 11, 20), -5'00, {}, "退款", ""}); // a refund counts too
    load.add(batch);
    load.finish();
    unit.commit();
    EXPECT_EQ(latestTransactionDay(temp.db().sql()), toDayNumber(Date(2026, 11, 20)));
}

TEST_F(BulkLoad, AnUnknownCustomerIsNamedAndItsUnitStoresNothing) {
    const std::string before = schema();
    std::vector<Transaction> batch = rows();
    batch.push_back({0, 9999, Date(2026, 2, 1), 10'00, {}, "许可", "X"});
    try {
        WriteTransaction unit(temp.db());
        TransactionBulkLoad load(temp.db());
        load.add(batch);
        FAIL() << "a transaction of customer 9999 went in";
    } catch (const NotFoundError& e) {
        EXPECT_NE(std::string(e.what()).find("customer 9999"), std::string::npos) << e.what();
    }
    EXPECT_EQ(schema(), before);
    EXPECT_EQ(count("SELECT count(*) FROM txn"), 0);
}
