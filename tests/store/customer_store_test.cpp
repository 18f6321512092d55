#include "temp_db.h"

#include "crm/errors.h"
#include "crm/store/customer_store.h"
#include "crm/store/transaction_store.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

using namespace crm;

namespace {

Customer organisation(const std::string& code, const std::string& name) {
    Customer c;
    c.code = code;
    c.name = name;
    c.createdOn = Date(2025, 3, 1);
    c.industry = "Manufacturing";
    c.region = "北京";
    c.owner = "li.na";
    c.email = "sales@example.cn";
    c.tags = {"vip", "key-account"};
    c.companyStage = CompanyStage::Growth;
    c.annualCategorySpend = 50'000'00;
    return c;
}

} // namespace

TEST(CustomerStore, AddsAndFindsEveryField) {
    test::TempDb t;
    CustomerStore store(t.db());
    Customer c = organisation("C-001", "北京星辰科技有限公司");
    c.address = "朝阳区建国路 88 号";
    c.notes = "Met at the Canton fair.\nWants quarterly visits.";
    const auto id = store.add(c);
    const auto found = store.find(id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->code, "C-001");
    EXPECT_EQ(found->name, c.name);
    EXPECT_EQ(found->address, c.address);
    EXPECT_EQ(found->notes, c.notes);
    EXPECT_EQ(found->createdOn, Date(2025, 3, 1));
    EXPECT_EQ(found->companyStage, CompanyStage::Growth);
    EXPECT_EQ(found->annualCategorySpend, 50'000'00);
    EXPECT_EQ(found->tags, (std::vector<std::string>{"key-account", "vip"}));
    EXPECT_EQ(found->stage, Stage::Prospect);
    EXPECT_EQ(store.findByCode("C-001")->id, id);
    EXPECT_EQ(store.idForCode("C-001"), id);
}

TEST(CustomerStore, DuplicateCodeIsAConflictNamingTheCode) {
    test::TempDb t;
    CustomerStore store(t.db());
    store.add(organisation("C-001", "A"));
    try {
        store.add(organisation("C-001", "B"));
        FAIL();
    } catch (const ConflictError& e) {
        EXPECT_NE(std::string(e.what()).find("C-001"), std::string::npos) << e.what();
    }
    EXPECT_EQ(t.db().sql().execAndGet("SELECT count(*) FROM customer").getInt(), 1);
}

TEST(CustomerStore, InvalidCustomerIsRefusedBeforeAnythingIsWritten) {
    test::TempDb t;
    CustomerStore store(t.db());
    Customer bad = organisation("C-002", "Bad email");
    bad.email = "not-an-email";
    EXPECT_THROW(store.add(bad), ValidationError);
    EXPECT_FALSE(store.findByCode("C-002"));
}

TEST(CustomerStore, BatchIsAllOrNothing) {
    test::TempDb t;
    CustomerStore store(t.db());
    std::vector<Customer> batch{organisation("A-1", "One"), organisation("A-2", "Two"),
                                organisation("A-1", "Duplicate of one")};
    EXPECT_THROW(store.addBatch(batch), ConflictError);
    EXPECT_EQ(t.db().sql().execAndGet("SELECT count(*) FROM customer").getInt(), 0);
    EXPECT_EQ(t.db().sql().execAndGet("SELECT count(*) FROM search_doc").getInt(), 0);
    batch.pop_back();
    EXPECT_EQ(store.addBatch(batch).size(), 2u);
}

TEST(CustomerStore, UpdateChangesFieldsAndTags) {
    test::TempDb t;
    CustomerStore store(t.db());
    Customer c = organisation("C-001", "Old name");
    c.id = store.add(c);
    c.name = "New name";
    c.code = "C-100";
    c.tags = {"churn-risk"};
    store.update(c);
    const auto found = store.find(c.id);
    EXPECT_EQ(found->name, "New name");
    EXPECT_EQ(found->code, "C-100");
    EXPECT_EQ(found->tags, std::vector<std::string>{"churn-risk"});
    EXPECT_FALSE(store.findByCode("C-001"));
}

TEST(CustomerStore, UpdateOfAMissingCustomerIsNotFound) {
    test::TempDb t;
    Customer c = organisation("C-001", "Ghost");
    c.id = 42;
    EXPECT_THROW(CustomerStore(t.db()).update(c), NotFoundError);
}

TEST(CustomerStore, RemoveDeletesTheCustomerAndEverythingItOwns) {
    test::TempDb t;
    CustomerStore store(t.db());
    const auto id = store.add(organisation("C-001", "Gone Ltd"));
    Transaction tx;
    tx.customerId = id;
    tx.date = Date(2026, 1, 1);
    tx.amount = 100;
    TransactionStore(t.db()).add(tx);
    store.remove(id);
    EXPECT_FALSE(store.find(id));
    auto& sql = t.db().sql();
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM txn").getInt(), 0);
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM customer_tag").getInt(), 0);
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM search_doc").getInt(), 0);
    EXPECT_THROW(store.remove(id), NotFoundError);
    EXPECT_THROW(store.idForCode("C-001"), NotFoundError);
}
