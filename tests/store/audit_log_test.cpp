// The audit log as a reviewer checks it: who changed which field of which
// customer from what to what, whatever path the change took, and nothing
// for changes that did not happen or were rolled back.
#include "temp_db.h"

#include "crm/store/audit_log.h"
#include "crm/store/customer_store.h"
#include "crm/store/transaction_store.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

using namespace crm;

namespace {

Customer customer(const std::string& code) {
    Customer c;
    c.code = code;
    c.name = "Acme " + code;
    c.createdOn = Date(2025, 3, 1);
    c.email = "old@acme.cn";
    c.tags = {"vip"};
    return c;
}

Transaction purchase(std::int64_t customerId, Money amount) {
    Transaction t;
    t.customerId = customerId;
    t.date = Date(2026, 5, 4);
    t.amount = amount;
    return t;
}

std::vector<AuditEntry> changesOf(const Database& db, std::int64_t customerId) {
    std::vector<AuditEntry> changed;
    for (AuditEntry& e : audit::trail(db, customerId))
        if (e.action == "changed")
            changed.push_back(std::move(e));
    return changed;
}

} // namespace

TEST(AuditLog, AChangedFieldIsLoggedWithWhoOldAndNew) {
    test::TempDb t;
    t.db().setAuditUser("li.na");
    CustomerStore store(t.db());
    Customer c = customer("C-1");
    c.kind = CustomerKind::Person;
    c.id = store.add(c);
    c.name = "Acme Holdings";
    c.email = "new@acme.cn";
    c.birthday = Date(1980, 2, 29);
    store.update(c);

    const auto trail = audit::trail(t.db(), c.id);
    ASSERT_EQ(trail.size(), 4u); // added, then three fields
    const auto changed = changesOf(t.db(), c.id);
    ASSERT_EQ(changed.size(), 3u);
    std::map<std::string, AuditEntry> byField;
    for (const auto& e : changed)
        byField[e.field] = e;
    EXPECT_EQ(byField.at("name").oldValue, "Acme C-1");
    EXPECT_EQ(byField.at("name").newValue, "Acme Holdings");
    EXPECT_EQ(byField.at("email").oldValue, "old@acme.cn");
    EXPECT_EQ(byField.at("email").newValue, "new@acme.cn");
    EXPECT_FALSE(byField.at("birthday").oldValue.has_value());
    EXPECT_EQ(byField.at("birthday").newValue, "1980-02-29");
    for (const auto& e : changed) {
        EXPECT_EQ(e.user, "li.na");
        EXPECT_EQ(e.record, "customer");
        EXPECT_EQ(e.recordId, c.id);
        EXPECT_EQ(e.at.size(), 19u) << e.at; // YYYY-MM-DD HH:MM:SS
    }
    // The oldest entry: the customer was added (its first tags with it).
    EXPECT_EQ(trail.back().action, "added");
    EXPECT_EQ(trail.back().record, "customer");
}

TEST(AuditLog, SavingUnchangedFieldsOrNewPurchasesLogsNoChange) {
    test::TempDb t;
    CustomerStore store(t.db());
    Customer c = customer("C-2");
    c.id = store.add(c);
    const std::size_t before = audit::trail(t.db(), c.id).size();
    store.update(c); // the same values
    TransactionStore(t.db()).add(purchase(c.id, 120'00)); // moves the aggregates only
    EXPECT_EQ(audit::trail(t.db(), c.id).size(), before);
}

TEST(AuditLog, ATransactionChangedOrDeletedIsLogged) {
    test::TempDb t;
    t.db().setAuditUser("wang.fang");
    const std::int64_t id = CustomerStore(t.db()).add(customer("C-3"));
    TransactionStore transactions(t.db());
    Transaction p = purchase(id, 120'00);
    p.id = transactions.add(p);
    p.amount = 150'00;
    transactions.update(p);
    transactions.remove(p.id);
    const auto trail = audit::trail(t.db(), id);
    ASSERT_GE(trail.size(), 2u);
    EXPECT_EQ(trail[0].action, "deleted");
    EXPECT_EQ(trail[0].record, "transaction");
    EXPECT_EQ(trail[0].oldValue, "15000");
    EXPECT_EQ(trail[1].action, "changed");
    EXPECT_EQ(trail[1].field, "amount");
    EXPECT_EQ(trail[1].oldValue, "12000");
    EXPECT_EQ(trail[1].newValue, "15000");
    EXPECT_EQ(trail[1].user, "wang.fang");
}

TEST(AuditLog, ADeletedCustomerLeavesOneEntryThatOutlivesIt) {
    test::TempDb t;
    const std::int64_t id = CustomerStore(t.db()).add(customer("C-4"));
    TransactionStore(t.db()).add(purchase(id, 10'00));
    TransactionStore(t.db()).add(purchase(id, 20'00));
    const std::size_t before = audit::trail(t.db(), id).size();
    CustomerStore(t.db()).remove(id);
    const auto trail = audit::trail(t.db(), id);
    ASSERT_EQ(trail.size(), before + 1); // not one per transaction and tag
    EXPECT_EQ(trail[0].action, "deleted");
    EXPECT_EQ(trail[0].record, "customer");
    EXPECT_EQ(trail[0].oldValue, "Acme C-4");
}

TEST(AuditLog, ARolledBackChangeLeavesNoEntry) {
    test::TempDb t;
    CustomerStore store(t.db());
    Customer c = customer("C-5");
    c.id = store.add(c);
    const std::size_t before = audit::trail(t.db(), c.id).size();
    {
        WriteTransaction tx(t.db());
        c.name = "Never saved";
        store.update(c);
    } // no commit
    EXPECT_EQ(audit::trail(t.db(), c.id).size(), before);
    EXPECT_EQ(store.find(c.id)->name, "Acme C-5");
}

TEST(AuditLog, TagsAddedAndRemovedAreLogged) {
    test::TempDb t;
    CustomerStore store(t.db());
    Customer c = customer("C-6");
    c.id = store.add(c);
    c.tags = {"key-account"};
    store.update(c);
    bool added = false, removed = false;
    for (const auto& e : audit::trail(t.db(), c.id)) {
        if (e.record != "tag")
            continue;
        added = added || (e.action == "added" && e.newValue == "key-account");
        removed = removed || (e.action == "deleted" && e.oldValue == "vip");
    }
    EXPECT_TRUE(added);
    EXPECT_TRUE(removed);
}

TEST(AuditLog, ChangesMadeWithoutTheCrmAreNotBlocked) {
    // Another SQLite program has no audit triggers: its writes still work.
    test::TempDb t;
    const std::int64_t id = CustomerStore(t.db()).add(customer("C-7"));
    SQLite::Database other(t.path().string(), SQLite::OPEN_READWRITE);
    other.exec("UPDATE customer SET name = 'Edited elsewhere' WHERE id = " + std::to_string(id));
    EXPECT_EQ(CustomerStore(t.db()).find(id)->name, "Edited elsewhere");
}

TEST(AuditLog, ASuspensionLogsNothingAndLoggingResumesAfterIt) {
    test::TempDb t;
    CustomerStore store(t.db());
    Customer c = customer("C-8");
    {
        const audit::Suspension synthesis(t.db());
        c.id = store.add(c);
    }
    EXPECT_TRUE(audit::trail(t.db(), c.id).empty());
    c.name = "Renamed after";
    store.update(c);
    const auto trail = audit::trail(t.db(), c.id);
    ASSERT_EQ(trail.size(), 1u);
    EXPECT_EQ(trail[0].field, "name");
}
