#include "temp_db.h"

#include "crm/store/customer_query.h"
#include "crm/store/customer_store.h"
#include "crm/store/transaction_store.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <set>

using namespace crm;

namespace {

struct Query : ::testing::Test {
    test::TempDb t{"query"};
    static constexpr int kCustomers = 237;

    void SetUp() override {
        std::vector<Customer> batch;
        for (int i = 0; i < kCustomers; ++i) {
            Customer c;
            c.code = "Q-" + std::to_string(1000 + (i * 7919) % kCustomers);
            c.name = (i % 3 == 0 ? "alpha " : i % 3 == 1 ? "Beta " : "gamma ") +
                     std::to_string(i % 40); // many equal names: ties need the id
            c.kind = i % 4 == 0 ? CustomerKind::Person : CustomerKind::Organisation;
            c.owner = i % 5 == 0 ? "" : "rep" + std::to_string(i % 3);
            c.region = i % 2 ? "华东" : "华北";
            c.industry = i % 3 ? "Retail" : "Energy";
            c.createdOn = Date(2025, 1, 1);
            if (i % 6 == 0)
                c.tags = {"vip"};
            batch.push_back(c);
        }
        const auto ids = CustomerStore(t.db()).addBatch(batch);
        std::vector<Transaction> txs;
        for (std::size_t i = 0; i < ids.size(); i += 2) {
            Transaction tx;
            tx.customerId = ids[i];
            tx.date = Date(2025, 1, 1) + boost::gregorian::days(static_cast<long>(i % 50));
            tx.amount = static_cast<Money>((i * 37) % 1000) - 100;
            txs.push_back(tx);
        }
        TransactionStore(t.db()).addBatch(txs);
        for (std::size_t i = 0; i < ids.size(); i += 5)
            t.db().sql().exec("UPDATE customer SET stage = 'formation' WHERE id = " +
                              std::to_string(ids[i]));
    }

    // Every row of the filtered list, read page by page.
    std::vector<CustomerRow> readAll(PageRequest request) {
        std::vector<CustomerRow> rows;
        request.limit = 10;
        for (;;) {
            auto page = CustomerQuery(t.db()).page(request);
            rows.insert(rows.end(), page.rows.begin(), page.rows.end());
            if (!page.next)
                return rows;
            request.after = page.next;
        }
    }

    // The same list in one SQL query, as the reference.
    std::vector<std::int64_t> expectedIds(const std::string& orderBy, const std::string& where) {
        std::vector<std::int64_t> ids;
        SQLite::Statement st(t.db().sql(), "SELECT id FROM customer " + where + " ORDER BY " +
                                               orderBy);
        while (st.executeStep())
            ids.push_back(st.getColumn(0).getInt64());
        return ids;
    }
};

std::vector<std::int64_t> idsOf(const std::vector<CustomerRow>& rows) {
    std::vector<std::int64_t> ids;
    for (const auto& r : rows)
        ids.push_back(r.id);
    return ids;
}

} // namespace

TEST_F(Query, KeysetPagingVisitsEveryRowOnceInOrderForEverySort) {
    const std::vector<std::pair<CustomerSort, std::string>> sorts{
        {CustomerSort::Name, "name COLLATE NOCASE"},
        {CustomerSort::Code, "code"},
        {CustomerSort::Stage, "CASE stage WHEN 'prospect' THEN 0 WHEN 'formation' THEN 2 END"},
        {CustomerSort::Owner, "owner COLLATE NOCASE"},
        {CustomerSort::LastPurchase, "ifnull(last_purchase, 0)"},
        {CustomerSort::NetAmount, "net_amount"},
        {CustomerSort::Industry, "industry"},
        {CustomerSort::Region, "region"},
    };
    for (const auto& [sort, expression] : sorts) {
        for (bool descending : {false, true}) {
            PageRequest request;
            request.sort = sort;
            request.descending = descending;
            const std::string dir = descending ? " DESC" : "";
            EXPECT_EQ(idsOf(readAll(request)), expectedIds(expression + dir + ", id" + dir, ""))
                << expression << dir;
        }
    }
}

TEST_F(Query, FiltersCombineAndCountAgrees) {
    PageRequest request;
    request.filter.kind = CustomerKind::Organisation;
    request.filter.owner = "rep1";
    request.filter.region = "华东";
    request.filter.tag = "vip";
    const auto rows = readAll(request);
    EXPECT_EQ(idsOf(rows),
              expectedIds("name COLLATE NOCASE, id",
                          "WHERE kind = 'organisation' AND owner = 'rep1' AND region = '华东' "
                          "AND id IN (SELECT customer_id FROM customer_tag WHERE tag = 'vip')"));
    EXPECT_EQ(CustomerQuery(t.db()).count(request.filter), std::ssize(rows));
}

TEST_F(Query, StageFilter) {
    PageRequest request;
    request.filter.stage = Stage::Formation;
    request.filter.industry = "Energy";
    const auto rows = readAll(request);
    EXPECT_FALSE(rows.empty());
    for (const auto& r : rows) {
        EXPECT_EQ(r.stage, Stage::Formation);
        EXPECT_EQ(r.industry, "Energy");
    }
    EXPECT_EQ(idsOf(rows), expectedIds("name COLLATE NOCASE, id",
                                       "WHERE stage = 'formation' AND industry = 'Energy'"));
}

TEST_F(Query, RowsCarryTheAggregates) {
    PageRequest request;
    request.sort = CustomerSort::NetAmount;
    request.descending = true;
    request.limit = 1;
    const auto top = CustomerQuery(t.db()).page(request).rows.at(0);
    EXPECT_EQ(top.aggregates, CustomerStore(t.db()).recomputeAggregates(top.id));
    EXPECT_GT(top.aggregates.netAmount, 0);
}

TEST_F(Query, UsesTheIndexesForSortedPagesWithoutAFilter) {
    auto plan = [this](const std::string& sql) {
        std::string text;
        SQLite::Statement st(t.db().sql(), "EXPLAIN QUERY PLAN " + sql);
        while (st.executeStep())
            text += st.getColumn(3).getString() + "\n";
        return text;
    };
    for (const std::string order : {"name COLLATE NOCASE", "ifnull(last_purchase, 0)",
                                    "net_amount", "owner COLLATE NOCASE"}) {
        // The cursor condition exactly as CustomerQuery::page writes it.
        const auto text = plan("SELECT id FROM customer WHERE " + order + " >= 'a' AND (" +
                               order + " > 'a' OR id > 1) ORDER BY " + order + ", id LIMIT 10");
        EXPECT_EQ(text.find("TEMP B-TREE"), std::string::npos) << order << "\n" << text;
    }
}

TEST_F(Query, OffsetSkipsRowsInSortOrder) {
    PageRequest request;
    request.sort = CustomerSort::Region;
    request.limit = 10;
    request.offset = 100;
    const auto all = expectedIds("region, id", "");
    const auto page = CustomerQuery(t.db()).page(request);
    EXPECT_EQ(idsOf(page.rows), std::vector<std::int64_t>(all.begin() + 100, all.begin() + 110));
    ASSERT_TRUE(page.next);
    request.after = page.next;
    request.offset = 0;
    EXPECT_EQ(CustomerQuery(t.db()).page(request).rows.front().id, all[110]);
}

TEST_F(Query, IdsFilterListsExactlyThoseCustomersWithOtherFilters) {
    const auto all = expectedIds("id", "");
    PageRequest request;
    request.filter.ids = std::vector<std::int64_t>{all[3], all[10], all[11], all[200], 999999};
    EXPECT_EQ(CustomerQuery(t.db()).count(request.filter), 4);
    request.filter.region = "华东";
    const auto rows = readAll(request);
    EXPECT_EQ(idsOf(rows), expectedIds("name COLLATE NOCASE, id",
                                       "WHERE region = '华东' AND id IN (" +
                                           std::to_string(all[3]) + "," + std::to_string(all[10]) +
                                           "," + std::to_string(all[11]) + "," +
                                           std::to_string(all[200]) + ")"));
    request.filter.ids = std::vector<std::int64_t>{};
    EXPECT_EQ(CustomerQuery(t.db()).count(request.filter), 0);
}

// A list that knows how many customers match passes the count along; with
// many matches of a set condition the store walks the sort's index instead
// of looking each match up. Both ways must list the same rows.
TEST_F(Query, ManyMatchesReadThroughTheSortIndexListTheSameRows) {
    const auto all = expectedIds("id", "");
    std::vector<CustomerFilter> filters(5);
    filters[0].search = "alpha";
    filters[1].search = "beta 1";      // two words, a short one
    filters[2].tag = "vip";
    filters[3].ids = std::vector<std::int64_t>(all.begin() + 20, all.begin() + 180);
    filters[4].search = "gamma";
    filters[4].region = "华北";
    for (const CustomerFilter& filter : filters)
        for (const CustomerSort sort : {CustomerSort::Name, CustomerSort::NetAmount, CustomerSort::Stage,
                                        CustomerSort::LastPurchase, CustomerSort::Region})
            for (const bool descending : {false, true}) {
                PageRequest request;
                request.filter = filter;
                request.sort = sort;
                request.descending = descending;
                const auto reference = idsOf(readAll(request));
                ASSERT_FALSE(reference.empty());
                EXPECT_EQ(std::ssize(reference), CustomerQuery(t.db()).count(filter));
                for (const std::int64_t matching : {std::int64_t{1}, std::int64_t{kCustomers}, std::int64_t{-1}}) {
                    // 1: look up; all: walk the index; -1: walk with no time
                    // for it, so that SQLite interrupts it and it looks up
                    CustomerQuery::setWalkBudgetPerMatch(std::chrono::nanoseconds(matching < 0 ? 0 : 2500));
                    request.matching = matching < 0 ? kCustomers : matching;
                    EXPECT_EQ(idsOf(readAll(request)), reference)
                        << filter.search << filter.tag << " sort " << static_cast<int>(sort) << " matching " << matching;
                    request.limit = 5;
                    request.offset = 7;
                    const auto page = CustomerQuery(t.db()).page(request);
                    request.offset = 0;
                    const std::vector<std::int64_t> expected(
                        reference.begin() + std::min<std::ptrdiff_t>(7, std::ssize(reference)),
                        reference.begin() + std::min<std::ptrdiff_t>(12, std::ssize(reference)));
                    EXPECT_EQ(idsOf(page.rows), expected);
                }
            }
    CustomerQuery::setWalkBudgetPerMatch(std::chrono::nanoseconds(2500));
}

TEST_F(Query, ASearchCountedInTheIndexesForgetsDeletedCustomers) {
    CustomerFilter filter;
    filter.search = "alpha 1"; // alpha 1, alpha 10..19: every word must match
    PageRequest request;
    request.filter = filter;
    const auto rows = readAll(request);
    ASSERT_GT(rows.size(), 2u);
    EXPECT_EQ(CustomerQuery(t.db()).count(filter), std::ssize(rows));
    CustomerStore(t.db()).remove(rows.front().id);
    EXPECT_EQ(CustomerQuery(t.db()).count(filter), std::ssize(rows) - 1);
    EXPECT_EQ(std::ssize(readAll(request)), std::ssize(rows) - 1);
    filter.search = "zzz-nobody";
    EXPECT_EQ(CustomerQuery(t.db()).count(filter), 0);
    filter.search = " , ";  // punctuation only: no word, everyone
    EXPECT_EQ(CustomerQuery(t.db()).count(filter), kCustomers - 1);
}

TEST_F(Query, DistinctValuesFillTheFilterChoices) {
    const CustomerQuery query(t.db());
    EXPECT_EQ(query.distinctValues(CustomerField::Owner), (std::vector<std::string>{"rep0", "rep1", "rep2"}));
    EXPECT_EQ(query.distinctValues(CustomerField::Region), (std::vector<std::string>{"华东", "华北"}));
    EXPECT_EQ(query.distinctValues(CustomerField::Industry), (std::vector<std::string>{"Energy", "Retail"}));
    EXPECT_EQ(query.distinctValues(CustomerField::Tag), (std::vector<std::string>{"vip"}));
}
