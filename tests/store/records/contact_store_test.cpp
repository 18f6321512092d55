#include "record_fixture.h"

#include "crm/store/contact_store.h"
#include "crm/store/customer_query.h"
#include "crm/store/database.h"

namespace crm::test {
namespace {

class ContactStoreTest : public RecordStoreTest {
protected:
    void SetUp() override { m_org = addOrganisation("ORG-1"); }

    Contact contact(const std::string& name, bool primary = false) const {
        Contact c;
        c.customerId = m_org;
        c.name = name;
        c.role = ContactRole::Purchaser;
        c.primary = primary;
        return c;
    }
    std::int64_t customersFoundBy(const std::string& text) {
        CustomerFilter filter;
        filter.search = text;
        return CustomerQuery(db()).count(filter);
    }
    std::optional<std::int64_t> primaryOf(std::int64_t customerId) {
        std::optional<std::int64_t> primary;
        for (const auto& c : ContactStore(db()).listFor(customerId))
            if (c.primary) {
                EXPECT_FALSE(primary) << "two primary contacts";
                primary = c.id;
            }
        return primary;
    }

    std::int64_t m_org = 0;
};

TEST_F(ContactStoreTest, AddedContactReadsBackWithEveryField) {
    Contact c = contact("Wang Fang");
    c.role = ContactRole::DecisionMaker;
    c.phone = "+86 10 6552 8899";
    c.email = "wang.fang@example.cn";
    c.birthday = day(1980, 5, 17);
    const auto id = ContactStore(db()).add(c, day(2024, 1, 1));

    const auto found = ContactStore(db()).find(id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->customerId, m_org);
    EXPECT_EQ(found->name, "Wang Fang");
    EXPECT_EQ(found->role, ContactRole::DecisionMaker);
    EXPECT_FALSE(found->primary);
    EXPECT_EQ(found->phone, c.phone);
    EXPECT_EQ(found->email, c.email);
    EXPECT_EQ(found->birthday, day(1980, 5, 17));
    EXPECT_FALSE(ContactStore(db()).find(id + 1));
}

TEST_F(ContactStoreTest, PersonCustomerCannotHaveContacts) {
    Contact c = contact("Li Lei");
    c.customerId = addPerson("P-1");
    const auto message =
        expectFieldError([&] { ContactStore(db()).add(c, day(2024, 1, 1)); }, "customer");
    EXPECT_NE(message.find("P-1"), std::string::npos) << message;
    EXPECT_EQ(count("contact"), 0);
}

TEST_F(ContactStoreTest, MissingCustomerIsNotFound) {
    Contact c = contact("Li Lei");
    c.customerId = 999;
    const auto message = expectNotFound([&] { ContactStore(db()).add(c, day(2024, 1, 1)); });
    EXPECT_NE(message.find("customer 999"), std::string::npos) << message;
    EXPECT_EQ(count("contact"), 0);
}

TEST_F(ContactStoreTest, InvalidFieldsAreRejectedByName) {
    Contact c = contact("Li Lei");
    c.email = "li@";
    expectFieldError([&] { ContactStore(db()).add(c, day(2024, 1, 1)); }, "email");
    expectFieldError([&] { ContactStore(db()).add(contact(" "), day(2024, 1, 1)); }, "name");
    expectFieldError([&] { ContactStore(db()).add(contact("A", true), Date()); }, "since");
    EXPECT_EQ(count("contact"), 0);
}

TEST_F(ContactStoreTest, NewPrimaryReplacesPreviousAndIsRecorded) {
    ContactStore store(db());
    const auto first = store.add(contact("Zhao Min", true), day(2023, 3, 1));
    const auto second = store.add(contact("Qian Jun", true), day(2024, 2, 1));

    EXPECT_EQ(primaryOf(m_org), second);
    EXPECT_FALSE(store.find(first)->primary);
    const auto history = store.primaryHistory(m_org);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].contactId, first);
    EXPECT_EQ(history[0].contactName, "Zhao Min");
    EXPECT_EQ(history[0].since, day(2023, 3, 1));
    EXPECT_EQ(history[1].contactId, second);
    EXPECT_EQ(history[1].since, day(2024, 2, 1));
}

TEST_F(ContactStoreTest, MakePrimarySwitchesOnceAndKeepsHistoryOldestFirst) {
    ContactStore store(db());
    const auto a = store.add(contact("A Tech", true), day(2023, 6, 1));
    const auto b = store.add(contact("B Buyer"), day(2023, 6, 1));
    store.makePrimary(b, day(2024, 1, 1));
    store.makePrimary(b, day(2024, 2, 1)); // already primary: nothing new
    store.makePrimary(a, day(2023, 9, 1)); // an older date sorts first

    EXPECT_EQ(primaryOf(m_org), a);
    const auto history = store.primaryHistory(m_org);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[0].since, day(2023, 6, 1));
    EXPECT_EQ(history[1].since, day(2023, 9, 1));
    EXPECT_EQ(history[2].contactId, b);
}

TEST_F(ContactStoreTest, PrimaryIsPerCustomer) {
    const auto other = addOrganisation("ORG-2");
    ContactStore store(db());
    const auto mine = store.add(contact("Mine", true), day(2024, 1, 1));
    Contact theirs = contact("Theirs", true);
    theirs.customerId = other;
    const auto theirsId = store.add(theirs, day(2024, 1, 1));
    EXPECT_EQ(primaryOf(m_org), mine);
    EXPECT_EQ(primaryOf(other), theirsId);
    EXPECT_EQ(store.primaryHistory(other).size(), 1u);
}

TEST_F(ContactStoreTest, DeletingPrimaryLeavesNoPrimaryButHistoryKeepsName) {
    ContactStore store(db());
    const auto id = store.add(contact("Sun Li", true), day(2024, 1, 1));
    store.add(contact("Zhou Yu"), day(2024, 1, 1));
    store.remove(id);

    EXPECT_FALSE(store.find(id));
    EXPECT_FALSE(primaryOf(m_org));
    const auto history = store.primaryHistory(m_org);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_FALSE(history[0].contactId);
    EXPECT_EQ(history[0].contactName, "Sun Li");
}

TEST_F(ContactStoreTest, UpdateChangesFieldsAndPrimaryFlag) {
    ContactStore store(db());
    const auto id = store.add(contact("Old Name"), day(2024, 1, 1));
    Contact c = *store.find(id);
    c.name = "New Name";
    c.role = ContactRole::Technical;
    c.primary = true;
    store.update(c, day(2024, 3, 3));
    EXPECT_EQ(store.find(id)->name, "New Name");
    EXPECT_EQ(store.find(id)->role, ContactRole::Technical);
    EXPECT_EQ(primaryOf(m_org), id);
    ASSERT_EQ(store.primaryHistory(m_org).size(), 1u);
    EXPECT_EQ(store.primaryHistory(m_org)[0].contactName, "New Name");

    c.primary = false;
    store.update(c, day(2024, 4, 4));
    EXPECT_FALSE(primaryOf(m_org));
    EXPECT_EQ(store.primaryHistory(m_org).size(), 1u);
}

TEST_F(ContactStoreTest, ContactCannotMoveToAnotherCustomer) {
    ContactStore store(db());
    const auto id = store.add(contact("Stays"), day(2024, 1, 1));
    Contact c = *store.find(id);
    c.customerId = addOrganisation("ORG-2");
    expectFieldError([&] { store.update(c, day(2024, 1, 2)); }, "customer");
    EXPECT_EQ(store.find(id)->customerId, m_org);
}

TEST_F(ContactStoreTest, MissingContactIsNotFound) {
    ContactStore store(db());
    Contact c = contact("Ghost");
    c.id = 42;
    for (const auto& message :
         {expectNotFound([&] { store.update(c, day(2024, 1, 1)); }),
          expectNotFound([&] { store.remove(42); }),
          expectNotFound([&] { store.makePrimary(42, day(2024, 1, 1)); })})
        EXPECT_NE(message.find("contact 42"), std::string::npos) << message;
}

TEST_F(ContactStoreTest, ListShowsPrimaryFirstThenByName) {
    ContactStore store(db());
    store.add(contact("charlie"), day(2024, 1, 1));
    store.add(contact("Bravo", true), day(2024, 1, 1));
    store.add(contact("alpha"), day(2024, 1, 1));
    std::vector<std::string> names;
    for (const auto& c : store.listFor(m_org))
        names.push_back(c.name);
    EXPECT_EQ(names, (std::vector<std::string>{"Bravo", "alpha", "charlie"}));
    EXPECT_TRUE(store.listFor(addOrganisation("ORG-2")).empty());
}

TEST_F(ContactStoreTest, SearchFindsCustomerByContactAfterEveryChange) {
    ContactStore store(db());
    Contact c = contact("Quintessa Brightwater");
    c.email = "qbright@example.org";
    c.id = store.add(c, day(2024, 1, 1));
    EXPECT_EQ(customersFoundBy("Brightwater"), 1);
    EXPECT_EQ(customersFoundBy("qbright@example"), 1);

    c.name = "Quintessa Moonfield";
    store.update(c, day(2024, 1, 1));
    EXPECT_EQ(customersFoundBy("Brightwater"), 0);
    EXPECT_EQ(customersFoundBy("Moonfield"), 1);

    store.remove(c.id);
    EXPECT_EQ(customersFoundBy("Moonfield"), 0);
}

TEST_F(ContactStoreTest, FailedPrimaryChangeRollsBackEverything) {
    ContactStore store(db());
    const auto first = store.add(contact("First", true), day(2024, 1, 1));
    failInsertsInto("primary_contact_change");

    EXPECT_THROW(store.add(contact("Second", true), day(2024, 2, 1)), crm::Error);
    const auto other = store.add(contact("Other"), day(2024, 2, 1)); // not primary: no history row
    EXPECT_THROW(store.makePrimary(other, day(2024, 3, 1)), crm::Error);

    EXPECT_EQ(count("contact"), 2);
    EXPECT_EQ(primaryOf(m_org), first);
    EXPECT_EQ(store.primaryHistory(m_org).size(), 1u);
}

TEST_F(ContactStoreTest, WritesJoinAnOuterTransaction) {
    ContactStore store(db());
    {
        WriteTransaction outer(db());
        store.add(contact("Kept"), day(2024, 1, 1));
        failInsertsInto("primary_contact_change");
        // Fails after its contact row is written: only its own savepoint rolls back.
        EXPECT_THROW(store.add(contact("Half Written", true), day(2024, 1, 1)), crm::Error);
        outer.commit();
    }
    ASSERT_EQ(store.listFor(m_org).size(), 1u);
    EXPECT_EQ(store.listFor(m_org)[0].name, "Kept");
    {
        WriteTransaction abandoned(db());
        store.add(contact("Dropped"), day(2024, 2, 1));
    }
    EXPECT_EQ(count("contact"), 1);
}

} // namespace
} // namespace crm::test
