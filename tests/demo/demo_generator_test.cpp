#include "demo_digest.h"

#include "../store/temp_db.h"

#include "crm/demo/demo_generator.h"
#include "crm/errors.h"
#include "crm/store/customer_store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <gtest/gtest.h>

namespace crm::test {
namespace {

demo::Options optionsFor(std::int64_t customers, std::uint64_t seed) {
    demo::Options options;
    options.customers = customers;
    options.seed = seed;
    options.batchSize = 64; // several batches even in small tests
    return options;
}

std::uint64_t digestOf(std::int64_t customers, std::uint64_t seed, const std::string& name) {
    TempDb temp(name);
    demo::generate(temp.db(), optionsFor(customers, seed));
    return contentDigest(temp.db());
}

bool hasChinese(const std::string& text) {
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0xe4 && static_cast<unsigned char>(c) <= 0xe9)
            return true;
    return false;
}

// One database of 400 demo customers shared by the tests that only read it.
class DemoData : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_temp = new TempDb("demo-shared");
        s_summary = demo::generate(s_temp->db(), optionsFor(400, 1));
    }
    static void TearDownTestSuite() {
        delete s_temp;
        s_temp = nullptr;
    }
    static const Database& db() { return s_temp->db(); }
    static std::int64_t count(const std::string& sql) { return queryInt(db(), sql); }

    static TempDb* s_temp;
    static demo::Summary s_summary;
};
TempDb* DemoData::s_temp = nullptr;
demo::Summary DemoData::s_summary;

TEST_F(DemoData, WritesExactlyTheCustomersAskedFor) {
    EXPECT_EQ(count("SELECT count(*) FROM customer"), 400);
    EXPECT_EQ(s_summary.customers, 400);
    EXPECT_FALSE(s_summary.cancelled);
}

TEST_F(DemoData, SummaryCountsWhatIsStored) {
    EXPECT_EQ(count("SELECT count(*) FROM customer WHERE kind = 'organisation'"), s_summary.organisations);
    EXPECT_EQ(count("SELECT count(*) FROM customer WHERE kind = 'person'"), s_summary.persons);
    EXPECT_EQ(count("SELECT count(*) FROM contact"), s_summary.contacts);
    EXPECT_EQ(count("SELECT count(*) FROM txn"), s_summary.transactions);
    EXPECT_EQ(count("SELECT count(*) FROM txn WHERE amount < 0"), s_summary.refunds);
    EXPECT_EQ(count("SELECT count(*) FROM interaction"), s_summary.interactions);
    EXPECT_EQ(count("SELECT count(*) FROM interaction WHERE type = 'complaint'"), s_summary.complaints);
    EXPECT_EQ(count("SELECT count(*) FROM follow_up"), s_summary.followUps);
    EXPECT_EQ(count("SELECT count(*) FROM stage_change WHERE manual = 1"), s_summary.stageChanges);
    EXPECT_EQ(count("SELECT count(*) FROM stage_change WHERE manual = 0"),
              s_summary.derivedStageChanges);
}

TEST_F(DemoData, CustomersAreInEveryLifecycleStage) {
    for (const char* stage : {"prospect", "exploration", "formation", "stability", "decline", "lost"})
        EXPECT_GT(count(std::string("SELECT count(*) FROM customer WHERE stage = '") + stage + "'"), 0)
            << stage;
}

TEST_F(DemoData, HasTheVarietyADemoNeeds) {
    EXPECT_GT(s_summary.organisations, 100);
    EXPECT_GT(s_summary.persons, 100);
    EXPECT_GT(s_summary.refunds, 0);
    EXPECT_GT(count("SELECT count(*) FROM txn WHERE cost IS NOT NULL"), s_summary.transactions / 2);
    EXPECT_GT(count("SELECT count(*) FROM txn WHERE cost IS NULL"), 0);
    EXPECT_GT(s_summary.complaints, 0);
    EXPECT_GT(count("SELECT count(*) FROM interaction WHERE complaint_status = 'open'"), 0);
    EXPECT_GT(count("SELECT count(*) FROM interaction WHERE complaint_status = 'resolved'"), 0);
    EXPECT_GT(count("SELECT count(*) FROM follow_up WHERE done IS NOT NULL"), 0);
    EXPECT_GT(count("SELECT count(DISTINCT type) FROM interaction"), 5);
    EXPECT_GT(count("SELECT count(*) FROM stage_change WHERE manual = 1"), 0);
    EXPECT_GT(count("SELECT count(DISTINCT owner) FROM customer"), 4);
    EXPECT_GT(count("SELECT count(DISTINCT region) FROM customer"), 10);
    EXPECT_GT(count("SELECT count(*) FROM customer_tag"), 0);
}

TEST_F(DemoData, OverdueFollowUpsAreOpenAndPastAsOf) {
    const std::int64_t asOf = toDayNumber(Date(2026, 6, 30));
    const std::string open = "SELECT count(*) FROM follow_up WHERE done IS NULL AND due < " +
                             std::to_string(asOf);
    EXPECT_GT(count(open), 0);
    EXPECT_EQ(count(open), s_summary.overdueFollowUps);
    EXPECT_GT(count("SELECT count(*) FROM follow_up WHERE done IS NULL AND due > " +
                    std::to_string(asOf)),
              0);
    EXPECT_EQ(count("SELECT count(*) FROM txn WHERE day > " + std::to_string(asOf)), 0);
    EXPECT_EQ(count("SELECT count(*) FROM interaction WHERE day > " + std::to_string(asOf)), 0);
}

TEST_F(DemoData, BuyingRatesDifferWidely) {
    EXPECT_GT(count("SELECT count(*) FROM customer WHERE purchase_count = 0"), 20); // prospects
    EXPECT_GT(count("SELECT count(*) FROM customer WHERE purchase_count = 1"), 10); // one-off
    EXPECT_GT(count("SELECT count(*) FROM customer WHERE purchase_count >= 40"), 5); // heavy
    // Some stopped buying more than a year before asOf.
    const std::int64_t yearAgo = toDayNumber(Date(2025, 6, 30));
    EXPECT_GT(count("SELECT count(*) FROM customer WHERE purchase_count >= 3 AND last_purchase < " +
                    std::to_string(yearAgo)),
              10);
}

TEST_F(DemoData, NamesAreChineseAndEnglish) {
    SQLite::Statement st(db().sql(), "SELECT name FROM customer UNION ALL SELECT name FROM contact");
    int chinese = 0;
    int latin = 0;
    while (st.executeStep())
        ++(hasChinese(st.getColumn(0).getString()) ? chinese : latin);
    EXPECT_GT(chinese, 100);
    EXPECT_GT(latin, 50);
}

TEST_F(DemoData, OrganisationsHaveOnePrimaryContactAndSomeChangedIt) {
    EXPECT_EQ(count("SELECT count(*) FROM customer c WHERE kind = 'organisation' AND "
                    "(SELECT count(*) FROM contact WHERE customer_id = c.id AND is_primary) <> 1"),
              0);
    EXPECT_EQ(count("SELECT count(*) FROM contact c JOIN customer p ON p.id = c.customer_id "
                    "WHERE p.kind = 'person'"),
              0);
    EXPECT_GT(s_summary.primaryContactChanges, 0);
    EXPECT_EQ(count("SELECT count(*) FROM primary_contact_change"),
              s_summary.organisations + s_summary.primaryContactChanges);
}

TEST_F(DemoData, ReferencesAreUniquePerCustomer) {
    EXPECT_EQ(count("SELECT count(*) FROM (SELECT customer_id, reference FROM txn WHERE reference "
                    "IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1)"),
              0);
    EXPECT_GT(count("SELECT count(*) FROM txn WHERE reference IS NOT NULL"), s_summary.transactions / 2);
}

TEST_F(DemoData, AggregatesEqualARecomputation) {
    const CustomerStore store(db());
    for (std::int64_t id = 1; id <= 400; id += 7)
        EXPECT_EQ(store.aggregates(id), store.recomputeAggregates(id)) << "customer " << id;
}

TEST(DemoGenerator, SameSeedGivesTheSameDatabase) {
    const std::uint64_t first = digestOf(150, 42, "demo-a");
    EXPECT_EQ(first, digestOf(150, 42, "demo-b"));
}

TEST(DemoGenerator, AnotherSeedGivesOtherData) {
    EXPECT_NE(digestOf(150, 42, "demo-a"), digestOf(150, 43, "demo-b"));
}

// Cancelling stops between batches: the units of work already committed
// stay, the one under way is rolled back, and the file keeps its indexes.
TEST(DemoGenerator, CancelKeepsTheCommittedUnitsOnly) {
    TempDb temp("demo-cancel-unit");
    demo::Options options = optionsFor(300, 3);
    options.customersPerUnit = 100; // units end after 128 and 256 customers
    std::vector<std::int64_t> calls;
    options.progress = [&](std::int64_t done, std::int64_t) {
        calls.push_back(done);
        return done < 192;
    };
    const demo::Summary summary = demo::generate(temp.db(), options);
    EXPECT_TRUE(summary.cancelled);
    EXPECT_EQ(calls, (std::vector<std::int64_t>{64, 128, 192}));
    EXPECT_EQ(queryInt(temp.db(), "SELECT count(*) FROM customer"), 128);
    EXPECT_EQ(summary.customers, 128);
    EXPECT_EQ(queryInt(temp.db(), "SELECT count(*) FROM txn"), summary.transactions);
    EXPECT_EQ(queryInt(temp.db(), "SELECT count(*) FROM sqlite_master WHERE name IN "
                                  "('customer_net_amount', 'customer_last_purchase', "
                                  "'rfm_cutpoints_txn_insert')"),
              3);
}

TEST(DemoGenerator, CancelStopsBetweenBatchesWithWholeCustomers) {
    TempDb temp("demo-cancel");
    demo::Options options = optionsFor(300, 3);
    options.customersPerUnit = 64; // a unit of work per batch
    std::vector<std::int64_t> calls;
    options.progress = [&](std::int64_t done, std::int64_t total) {
        EXPECT_EQ(total, 300);
        calls.push_back(done);
        return calls.size() < 2;
    };
    const demo::Summary summary = demo::generate(temp.db(), options);
    EXPECT_TRUE(summary.cancelled);
    EXPECT_EQ(calls, (std::vector<std::int64_t>{64, 128}));
    EXPECT_EQ(queryInt(temp.db(), "SELECT count(*) FROM customer"), 128);
    EXPECT_EQ(summary.customers, 128);
    EXPECT_EQ(queryInt(temp.db(), "SELECT count(*) FROM txn"), summary.transactions);
    EXPECT_EQ(queryInt(temp.db(), "SELECT count(*) FROM interaction"), summary.interactions);
    EXPECT_EQ(queryInt(temp.db(), "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    const CustomerStore store(temp.db());
    for (std::int64_t id = 1; id <= 128; ++id)
        ASSERT_EQ(store.aggregates(id), store.recomputeAggregates(id)) << "customer " << id;
}

TEST(DemoGenerator, ProgressReachesTheTotal) {
    TempDb temp("demo-progress");
    demo::Options options = optionsFor(100, 3);
    std::int64_t last = 0;
    options.progress = [&](std::int64_t done, std::int64_t) { last = done; return true; };
    demo::generate(temp.db(), options);
    EXPECT_EQ(last, 100);
}

TEST(DemoGenerator, RefusesADatabaseWithCustomers) {
    TempDb temp("demo-twice");
    demo::generate(temp.db(), optionsFor(5, 1));
    EXPECT_THROW(demo::generate(temp.db(), optionsFor(5, 1)), Error);
    EXPECT_EQ(queryInt(temp.db(), "SELECT count(*) FROM customer"), 5);
}

TEST(DemoGenerator, ZeroCustomersWritesNothing) {
    TempDb temp("demo-zero");
    const demo::Summary summary = demo::generate(temp.db(), optionsFor(0, 1));
    EXPECT_EQ(summary.customers, 0);
    EXPECT_EQ(queryInt(temp.db(), "SELECT count(*) FROM customer"), 0);
}

} // namespace
} // namespace crm::test
