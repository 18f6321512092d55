#include "temp_db.h"

#include "crm/store/customer_query.h"
#include "crm/store/customer_store.h"
#include "crm/store/search_index.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <algorithm>

using namespace crm;

namespace {

struct Search : ::testing::Test {
    test::TempDb t{"search"};
    CustomerStore store{t.db()};

    std::int64_t add(const std::string& code, const std::string& name,
                     const std::string& email = {}, const std::string& phone = {}) {
        Customer c;
        c.code = code;
        c.name = name;
        c.email = email;
        c.phone = phone;
        c.createdOn = Date(2026, 1, 1);
        return store.add(c);
    }

    std::vector<std::string> codesFound(const std::string& text) {
        CustomerFilter filter;
        filter.search = text;
        PageRequest request;
        request.filter = filter;
        request.sort = CustomerSort::Code;
        request.limit = 1000;
        std::vector<std::string> codes;
        for (const auto& row : CustomerQuery(t.db()).page(request).rows)
            codes.push_back(row.code);
        EXPECT_EQ(CustomerQuery(t.db()).count(filter), std::ssize(codes)) << text;
        return codes;
    }

    void SetUp() override {
        add("C-1", "北京星辰科技有限公司", "info@xingchen.cn", "+86 10 6552 8899");
        add("C-2", "张伟", "zhang.wei@163.com", "13800138000");
        add("C-3", "Northwind Traders Ltd", "orders@northwind.example", "(021) 555-0100");
        add("C-4", "张伟民", "weimin@qq.com");
        add("C-5", "上海辰光贸易", "", "");
    }
};

using Codes = std::vector<std::string>;

} // namespace

TEST_F(Search, TwoChineseCharactersInsideACompanyName) {
    EXPECT_EQ(codesFound("星辰"), Codes{"C-1"});
}

TEST_F(Search, TwoCharacterPersonNameFindsItAndLongerNamesContainingIt) {
    EXPECT_EQ(codesFound("张伟"), (Codes{"C-2", "C-4"}));
}

TEST_F(Search, OneChineseCharacter) {
    EXPECT_EQ(codesFound("辰"), (Codes{"C-1", "C-5"}));
    EXPECT_EQ(codesFound("民"), Codes{"C-4"}); // the last character of a run
}

TEST_F(Search, LongerChineseSubstrings) {
    EXPECT_EQ(codesFound("星辰科技"), Codes{"C-1"});
    EXPECT_EQ(codesFound("科技有限"), Codes{"C-1"});
    EXPECT_TRUE(codesFound("星辰贸易").empty());
}

TEST_F(Search, AnyPartOfALatinWordIgnoringCase) {
    EXPECT_EQ(codesFound("orthwin"), Codes{"C-3"});
    EXPECT_EQ(codesFound("NORTHWIND"), Codes{"C-3"});
    EXPECT_EQ(codesFound("trad"), Codes{"C-3"});
}

TEST_F(Search, ThreeCharactersAnywhereInAWord) {
    EXPECT_EQ(codesFound("rth"), Codes{"C-3"});  // nORTHwind
    EXPECT_EQ(codesFound("WIN"), Codes{"C-3"});
    EXPECT_EQ(codesFound("科技有"), Codes{"C-1"});
    EXPECT_EQ(codesFound("552"), Codes{"C-1"});  // inside a phone number
    EXPECT_TRUE(codesFound("xyz").empty());
}

TEST_F(Search, ShortLatinWordsMatchWordStarts) {
    EXPECT_EQ(codesFound("no"), Codes{"C-3"});
    EXPECT_EQ(codesFound("zh"), Codes{"C-2"});
}

TEST_F(Search, CodeEmailAndPhone) {
    EXPECT_EQ(codesFound("c-3"), Codes{"C-3"});
    EXPECT_EQ(codesFound("zhang.wei@163"), Codes{"C-2"});
    EXPECT_EQ(codesFound("0013800"), Codes{"C-2"});
    EXPECT_EQ(codesFound("6552"), Codes{"C-1"});
}

TEST_F(Search, EveryWordMustMatch) {
    EXPECT_EQ(codesFound("张伟 qq"), Codes{"C-4"});
    EXPECT_EQ(codesFound("northwind 555"), Codes{"C-3"});
    EXPECT_TRUE(codesFound("northwind 星辰").empty());
}

TEST_F(Search, GlobAndQueryCharactersAreLiteral) {
    EXPECT_TRUE(codesFound("*").empty() == false); // punctuation alone does not filter
    EXPECT_TRUE(codesFound("n*d").empty());
    EXPECT_TRUE(codesFound("\"or").empty());
    EXPECT_TRUE(codesFound("[ab]").empty());
}

TEST_F(Search, FollowsEditsAndDeletes) {
    auto c = *store.findByCode("C-3");
    c.name = "Southwind Holdings";
    store.update(c);
    EXPECT_TRUE(codesFound("northwind traders").empty());
    EXPECT_EQ(codesFound("southwind"), Codes{"C-3"});
    store.remove(c.id);
    EXPECT_TRUE(codesFound("southwind").empty());
    // The index stays consistent with its content table.
    t.db().sql().exec("INSERT INTO search_trigram(search_trigram) VALUES ('integrity-check')");
    t.db().sql().exec("INSERT INTO search_gram(search_gram) VALUES ('integrity-check')");
}

// A word of 4+ characters is collected once per connection and reused
// (search::matchingIdSet): the kept matches must follow every change.
TEST_F(Search, KeptMatchesFollowThisConnectionsChanges) {
    EXPECT_EQ(codesFound("wind"), Codes{"C-3"});
    add("C-6", "Windmill Farm");
    EXPECT_EQ(codesFound("wind"), (Codes{"C-3", "C-6"}));
    auto c = *store.findByCode("C-3");
    c.name = "Eastern Traders";
    c.email = "orders@eastern.example";
    store.update(c);
    EXPECT_EQ(codesFound("wind"), Codes{"C-6"});
    EXPECT_EQ(codesFound("farm"), Codes{"C-6"}); // another text, another set
    EXPECT_EQ(codesFound("wind"), Codes{"C-6"});
}

TEST_F(Search, KeptMatchesFollowAnotherConnectionsCommits) {
    EXPECT_EQ(codesFound("wind"), Codes{"C-3"});
    {
        Database other = Database::open(t.path());
        Customer c;
        c.code = "C-7";
        c.name = "Windward Shipping";
        c.createdOn = Date(2026, 1, 1);
        CustomerStore(other).add(c);
    }
    EXPECT_EQ(codesFound("wind"), (Codes{"C-3", "C-7"}));
}

// A set filled inside a unit of work would be rolled back with it (the
// temporary table is part of the transaction) while the key stayed.
TEST_F(Search, KeptMatchesAreNotTrustedAcrossARollback) {
    EXPECT_EQ(codesFound("farm"), Codes{});
    {
        WriteTransaction tx(t.db());
        add("C-8", "Windsor Hotel"); // searchable once the unit commits
        EXPECT_EQ(codesFound("wind"), Codes{"C-3"});
    } // rolled back
    EXPECT_EQ(codesFound("wind"), Codes{"C-3"});
    EXPECT_EQ(codesFound("hotel"), Codes{});
}

TEST(SearchDocuments, GramDocumentHasCjkUnigramsAndBigramsAndAsciiWords) {
    EXPECT_EQ(search::gramDocument("张伟 Zhang-Wei"), "张 张伟 伟 zhang wei");
    EXPECT_EQ(search::gramDocument("星辰（北京）"), "星 星辰 辰 北 北京 京");
}

// One unit of work with more terms than the indexes gather in memory (the
// demo and imports write 250,000 customers at a time): every customer is
// found, by a word of three characters and by one of two.
TEST_F(Search, CustomersAddedInOneLargeUnitAreAllFound) {
    std::vector<Customer> many;
    for (int i = 0; i < 30'000; ++i) {
        Customer c;
        c.code = "B-" + std::to_string(i);
        c.name = "客户" + std::to_string(i) + " Zq" + std::to_string(i * 7919 % 100'000) + "x";
        c.createdOn = Date(2026, 1, 1);
        many.push_back(c);
    }
    {
        WriteTransaction unit(t.db());
        store.addBatch(many);
        unit.commit();
    }
    auto count = [this](const std::string& text) {
        CustomerFilter filter;
        filter.search = text;
        return CustomerQuery(t.db()).count(filter);
    };
    EXPECT_EQ(count("客户"), 30'000);                     // two characters: the gram index
    EXPECT_EQ(count("zq"), 30'000);                       // a short Latin word start
    EXPECT_EQ(codesFound("B-29999"), Codes{"B-29999"}); // the trigram index
    EXPECT_EQ(codesFound("客户12345"), Codes{"B-12345"});
    EXPECT_EQ(codesFound("zq" + std::to_string(12345 * 7919 % 100'000) + "x"), Codes{"B-12345"});
}
