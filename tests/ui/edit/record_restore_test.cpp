// RecordRestore puts deleted records back as they were: same ids, same
// links from other rows, same histories and aggregates (what undo relies on).
#include "crm/errors.h"
#include "crm/store/contact_store.h"
#include "crm/store/customer_query.h"
#include "crm/store/customer_store.h"
#include "crm/store/interaction_store.h"
#include "crm/store/record_restore.h"
#include "crm/store/stage_store.h"
#include "crm/store/transaction_store.h"
#include "temp_db.h"

#include <gtest/gtest.h>
#include <sstream>

using namespace crm;

namespace {

// Every stored field as text, so whole records compare in one assertion.
std::string text(const Customer& c) {
    std::ostringstream s;
    s << c.id << '|' << c.code << '|' << static_cast<int>(c.kind) << '|' << c.name << '|'
      << c.industry << '|' << c.region << '|' << c.address << '|' << c.phone << '|' << c.email
      << '|' << c.owner << '|' << toIso(c.createdOn) << '|' << c.notes << '|'
      << (c.companyStage ? static_cast<int>(*c.companyStage) : -1) << '|'
      << c.annualCategorySpend.value_or(-1) << '|' << (c.birthday ? toIso(*c.birthday) : "") << '|'
      << static_cast<int>(c.stage);
    for (const auto& tag : c.tags)
        s << '#' << tag;
    return s.str();
}

std::string text(const CustomerSnapshot& r) {
    std::ostringstream s;
    s << text(r.customer) << '\n';
    for (const Contact& c : r.contacts)
        s << "contact " << c.id << ' ' << c.name << ' ' << static_cast<int>(c.role) << ' '
          << c.primary << ' ' << c.phone << ' ' << c.email << '\n';
    for (const PrimaryContactChange& p : r.primaryHistory)
        s << "primary " << p.contactId.value_or(0) << ' ' << p.contactName << ' ' << toIso(p.since)
          << '\n';
    for (const Transaction& t : r.transactions)
        s << "txn " << t.id << ' ' << toIso(t.date) << ' ' << t.amount << ' ' << t.cost.value_or(-1)
          << ' ' << t.product << ' ' << t.reference << '\n';
    for (const Interaction& i : r.interactions)
        s << "interaction " << i.id << ' ' << i.contactId.value_or(0) << ' ' << toIso(i.date) << ' '
          << i.minuteOfDay << ' ' << static_cast<int>(i.type) << ' ' << i.subject << ' ' << i.text
          << ' ' << (i.complaintStatus ? static_cast<int>(*i.complaintStatus) : -1) << '\n';
    for (const FollowUp& f : r.followUps)
        s << "follow-up " << f.id << ' ' << toIso(f.due) << ' ' << f.subject << ' '
          << (f.done ? toIso(*f.done) : "") << ' ' << f.interactionId.value_or(0) << '\n';
    for (const StageChange& c : r.stageHistory)
        s << "stage " << c.id << ' ' << (c.from ? static_cast<int>(*c.from) : -1) << ' '
          << static_cast<int>(c.to) << ' ' << toIso(c.on) << ' ' << c.reason << ' ' << c.manual
          << '\n';
    return s.str();
}

class RecordRestoreTest : public ::testing::Test {
protected:
    test::TempDb m_temp{"record-restore"};
    const Database& db() { return m_temp.db(); }

    std::int64_t m_customer = 0;
    std::int64_t m_buyer = 0;   // the first primary contact
    std::int64_t m_manager = 0; // primary since 2025-06-01
    std::int64_t m_complaint = 0;

    // An organisation with two contacts (the primary changed once),
    // purchases with and without cost, a refund, a complaint held with a
    // contact, follow-ups (one from the complaint) and a manual stage move.
    void SetUp() override {
        Customer c;
        c.code = "C-100";
        c.name = "北京星辰科技有限公司";
        c.createdOn = Date(2024, 1, 10);
        c.email = "info@xingchen.cn";
        c.tags = {"key-account", "vip"};
        c.companyStage = CompanyStage::Growth;
        c.annualCategorySpend = 900'000'00;
        m_customer = CustomerStore(db()).add(c);
        addContacts();
        addTransactions();
        addInteractions();
        StageStore(db()).setManual(m_customer, Stage::Formation, Date(2025, 7, 1),
                                   "Framework deal");
    }

    void addContacts() {
        ContactStore contacts(db());
        m_buyer = contacts.add({0, m_customer, "王芳", ContactRole::Purchaser, true, "", "", {}},
                               Date(2024, 1, 10));
        m_manager = contacts.add({0, m_customer, "Zhang Wei", ContactRole::DecisionMaker, false,
                                  "+86 10 6552 8899", "zhang.wei@xingchen.cn", Date(1980, 5, 4)},
                                 Date(2024, 1, 10));
        contacts.makePrimary(m_manager, Date(2025, 6, 1));
    }

    void addTransactions() {
        TransactionStore txns(db());
        txns.add({0, m_customer, Date(2024, 3, 1), 12'000'00, 8'000'00, "Servers", "INV-1"});
        txns.add({0, m_customer, Date(2025, 2, 1), 30'000'00, std::nullopt, "Licences", "INV-2"});
        txns.add({0, m_customer, Date(2025, 3, 1), -2'000'00, std::nullopt, "Refund", ""});
    }

    void addInteractions() {
        InteractionStore interactions(db());
        Interaction complaint;
        complaint.customerId = m_customer;
        complaint.contactId = m_buyer;
        complaint.date = Date(2025, 8, 3);
        complaint.minuteOfDay = 9 * 60 + 30;
        complaint.type = InteractionType::Complaint;
        complaint.subject = "Late delivery";
        m_complaint = interactions.add(complaint);
        FollowUpStore followUps(db());
        followUps.add(
            {0, m_customer, Date(2025, 8, 10), "Call back about the delivery", {}, m_complaint});
        followUps.add({0, m_customer, Date(2025, 9, 1), "Quarterly visit", Date(2025, 9, 2), {}});
    }
};

TEST_F(RecordRestoreTest, DeletedCustomerComesBackWhole) {
    const RecordRestore restore(db());
    CustomerStore customers(db());
    const CustomerSnapshot before = restore.readCustomer(m_customer);
    const CustomerAggregates aggregates = customers.aggregates(m_customer);
    ASSERT_EQ(before.contacts.size(), 2u);
    ASSERT_EQ(before.primaryHistory.size(), 2u);
    ASSERT_EQ(before.transactions.size(), 3u);
    ASSERT_EQ(before.followUps.size(), 2u);
    ASSERT_GE(before.stageHistory.size(), 2u);

    customers.remove(m_customer);
    ASSERT_FALSE(customers.find(m_customer));
    restore.restore(before);

    EXPECT_EQ(text(restore.readCustomer(m_customer)), text(before));
    EXPECT_EQ(customers.aggregates(m_customer), aggregates);
    EXPECT_EQ(customers.recomputeAggregates(m_customer), aggregates);
    CustomerFilter byContact;
    byContact.search = "Zhang Wei";
    EXPECT_EQ(CustomerQuery(db()).count(byContact), 1);
}

TEST_F(RecordRestoreTest, ACustomerWhoseCodeIsTakenIsNotRestoredAtAll) {
    const RecordRestore restore(db());
    CustomerStore customers(db());
    const CustomerSnapshot before = restore.readCustomer(m_customer);
    Customer other;
    other.code = "C-200";
    other.name = "Someone else";
    other.createdOn = Date(2025, 1, 1);
    customers.add(other); // so the next new customer does not reuse the deleted id
    customers.remove(m_customer);
    other.code = "C-100";
    const std::int64_t otherId = customers.add(other);
    ASSERT_NE(otherId, m_customer);
    try {
        restore.restore(before);
        FAIL() << "expected a ConflictError";
    } catch (const ConflictError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("code:", 0), 0u) << e.what();
    }
    EXPECT_FALSE(customers.find(m_customer));
    EXPECT_TRUE(TransactionStore(db()).listFor(m_customer).empty());
    EXPECT_TRUE(ContactStore(db()).listFor(m_customer).empty());
}

TEST_F(RecordRestoreTest, ACustomerWhoseIdIsTakenIsAConflict) {
    const RecordRestore restore(db());
    const CustomerSnapshot before = restore.readCustomer(m_customer);
    CustomerSnapshot copy = before;
    copy.customer.code = "C-101";
    EXPECT_THROW(restore.restore(copy), ConflictError);
    EXPECT_EQ(text(restore.readCustomer(m_customer)), text(before));
}

TEST_F(RecordRestoreTest, DeletedContactComesBackLinkedAndPrimary) {
    const RecordRestore restore(db());
    ContactStore contacts(db());
    const ContactSnapshot before = restore.readContact(m_manager);
    contacts.remove(m_manager);
    ASSERT_FALSE(restore.readPrimary(m_customer).contactId);
    restore.restore(before);
    EXPECT_EQ(restore.readPrimary(m_customer).contactId, m_manager);
    const auto history = contacts.primaryHistory(m_customer);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1].contactId, m_manager);
    EXPECT_EQ(contacts.find(m_manager)->email, "zhang.wei@xingchen.cn");
}

TEST_F(RecordRestoreTest, DeletedContactGetsItsInteractionsBack) {
    const RecordRestore restore(db());
    const ContactSnapshot before = restore.readContact(m_buyer);
    EXPECT_EQ(before.interactionIds, std::vector<std::int64_t>{m_complaint});
    ContactStore(db()).remove(m_buyer);
    ASSERT_FALSE(InteractionStore(db()).find(m_complaint)->contactId);
    restore.restore(before);
    EXPECT_EQ(InteractionStore(db()).find(m_complaint)->contactId, m_buyer);
    EXPECT_EQ(restore.readPrimary(m_customer).contactId, m_manager);
}

TEST_F(RecordRestoreTest, RestorePrimaryUndoesAChangeOfPrimaryContact) {
    const RecordRestore restore(db());
    const PrimaryContactState before = restore.readPrimary(m_customer);
    ContactStore(db()).makePrimary(m_buyer, Date(2025, 10, 1));
    ASSERT_EQ(ContactStore(db()).primaryHistory(m_customer).size(), 3u);
    restore.restorePrimary(m_customer, before);
    const PrimaryContactState after = restore.readPrimary(m_customer);
    EXPECT_EQ(after.contactId, m_manager);
    ASSERT_EQ(after.history.size(), 2u);
    EXPECT_EQ(after.history[1].since, Date(2025, 6, 1));
}

TEST_F(RecordRestoreTest, DeletedInteractionGetsItsFollowUpsAndDateBack) {
    const RecordRestore restore(db());
    CustomerStore customers(db());
    const InteractionSnapshot before = restore.readInteraction(m_complaint);
    ASSERT_EQ(before.followUpIds.size(), 1u);
    InteractionStore(db()).remove(m_complaint);
    EXPECT_FALSE(customers.aggregates(m_customer).lastInteraction);
    restore.restore(before);
    EXPECT_EQ(customers.aggregates(m_customer).lastInteraction, Date(2025, 8, 3));
    EXPECT_EQ(FollowUpStore(db()).find(before.followUpIds[0])->interactionId, m_complaint);
    EXPECT_EQ(InteractionStore(db()).find(m_complaint)->complaintStatus, ComplaintStatus::Open);
}

TEST_F(RecordRestoreTest, DeletedTransactionComesBackWithItsIdAndAggregates) {
    TransactionStore txns(db());
    CustomerStore customers(db());
    const Transaction first = txns.listFor(m_customer).front();
    const CustomerAggregates aggregates = customers.aggregates(m_customer);
    txns.remove(first.id);
    ASSERT_NE(customers.aggregates(m_customer), aggregates);
    RecordRestore(db()).restore(first);
    EXPECT_EQ(txns.find(first.id)->reference, "INV-1");
    EXPECT_EQ(customers.aggregates(m_customer), aggregates);
    EXPECT_THROW(RecordRestore(db()).restore(first), ConflictError);
}

TEST_F(RecordRestoreTest, DeletedFollowUpComesBackWithItsId) {
    FollowUpStore followUps(db());
    FollowUpStore::Filter all;
    all.openOnly = false;
    const FollowUp done = followUps.list(all).back();
    followUps.remove(done.id);
    RecordRestore(db()).restore(done);
    EXPECT_EQ(followUps.find(done.id)->done, Date(2025, 9, 2));
}

TEST_F(RecordRestoreTest, ReadingWhatIsNotThereIsNotFound) {
    const RecordRestore restore(db());
    EXPECT_THROW(restore.readCustomer(9999), NotFoundError);
    EXPECT_THROW(restore.readContact(9999), NotFoundError);
    EXPECT_THROW(restore.readInteraction(9999), NotFoundError);
}

} // namespace
