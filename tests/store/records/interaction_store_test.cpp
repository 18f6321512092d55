#include "record_fixture.h"

#include "crm/store/contact_store.h"
#include "crm/store/customer_store.h"
#include "crm/store/interaction_store.h"

namespace crm::test {
namespace {

class InteractionStoreTest : public RecordStoreTest {
protected:
    void SetUp() override { m_org = addOrganisation("ORG-1"); }

    Interaction interaction(InteractionType type, const Date& date, int minute = 600) const {
        Interaction i;
        i.customerId = m_org;
        i.date = date;
        i.minuteOfDay = minute;
        i.type = type;
        i.subject = "Subject " + toIso(date);
        return i;
    }
    std::int64_t addContact(std::int64_t customerId, const std::string& name) {
        Contact c;
        c.customerId = customerId;
        c.name = name;
        return ContactStore(db()).add(c, day(2024, 1, 1));
    }
    std::optional<Date> lastInteraction(std::int64_t customerId) {
        return CustomerStore(db()).aggregates(customerId).lastInteraction;
    }
    std::vector<std::int64_t> ids(const std::vector<Interaction>& list) {
        std::vector<std::int64_t> result;
        for (const auto& i : list)
            result.push_back(i.id);
        return result;
    }

    std::int64_t m_org = 0;
};

TEST_F(InteractionStoreTest, AddedInteractionReadsBackWithEveryField) {
    Interaction i = interaction(InteractionType::Visit, day(2024, 4, 2), 905);
    i.contactId = addContact(m_org, "Wang Fang");
    i.text = "Discussed the\nrenewal";
    i.outcome = "Quote requested";
    i.loggedBy = "li.na";
    const auto id = InteractionStore(db()).add(i);

    const auto found = InteractionStore(db()).find(id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->customerId, m_org);
    EXPECT_EQ(found->contactId, i.contactId);
    EXPECT_EQ(found->date, day(2024, 4, 2));
    EXPECT_EQ(found->minuteOfDay, 905);
    EXPECT_EQ(found->type, InteractionType::Visit);
    EXPECT_EQ(found->subject, i.subject);
    EXPECT_EQ(found->text, i.text);
    EXPECT_EQ(found->outcome, i.outcome);
    EXPECT_EQ(found->loggedBy, "li.na");
    EXPECT_FALSE(found->complaintStatus);
    EXPECT_FALSE(InteractionStore(db()).find(id + 1));
}

TEST_F(InteractionStoreTest, ComplaintWithoutStatusIsOpen) {
    const auto id = InteractionStore(db()).add(interaction(InteractionType::Complaint, day(2024, 1, 5)));
    EXPECT_EQ(InteractionStore(db()).find(id)->complaintStatus, ComplaintStatus::Open);
}

TEST_F(InteractionStoreTest, OnlyComplaintsHaveAStatus) {
    Interaction i = interaction(InteractionType::Call, day(2024, 1, 5));
    i.complaintStatus = ComplaintStatus::Resolved;
    expectFieldError([&] { InteractionStore(db()).add(i); }, "status");
    EXPECT_EQ(count("interaction"), 0);
}

TEST_F(InteractionStoreTest, ContactMustBelongToTheSameCustomer) {
    const auto other = addOrganisation("ORG-2");
    Interaction i = interaction(InteractionType::Call, day(2024, 1, 5));
    i.contactId = addContact(other, "Someone Else");
    const auto message = expectFieldError([&] { InteractionStore(db()).add(i); }, "contact");
    EXPECT_NE(message.find("ORG-1"), std::string::npos) << message;
    EXPECT_EQ(count("interaction"), 0);
}

TEST_F(InteractionStoreTest, MissingCustomerContactOrInteractionIsNotFound) {
    InteractionStore store(db());
    Interaction i = interaction(InteractionType::Call, day(2024, 1, 5));
    i.contactId = 77;
    EXPECT_NE(expectNotFound([&] { store.add(i); }).find("contact 77"), std::string::npos);
    i.contactId.reset();
    i.customerId = 999;
    EXPECT_NE(expectNotFound([&] { store.add(i); }).find("customer 999"), std::string::npos);
    i.customerId = m_org;
    i.id = 5;
    EXPECT_NE(expectNotFound([&] { store.update(i); }).find("interaction 5"), std::string::npos);
    EXPECT_NE(expectNotFound([&] { store.remove(5); }).find("interaction 5"), std::string::npos);
    EXPECT_EQ(count("interaction"), 0);
}

TEST_F(InteractionStoreTest, LastInteractionFollowsAddUpdateAndDelete) {
    InteractionStore store(db());
    EXPECT_FALSE(lastInteraction(m_org));
    const auto early = store.add(interaction(InteractionType::Call, day(2024, 1, 5)));
    auto late = interaction(InteractionType::Email, day(2024, 3, 9));
    late.id = store.add(late);
    EXPECT_EQ(lastInteraction(m_org), day(2024, 3, 9));

    late.date = day(2024, 6, 30);
    store.update(late);
    EXPECT_EQ(lastInteraction(m_org), day(2024, 6, 30));

    store.remove(late.id);
    EXPECT_EQ(lastInteraction(m_org), day(2024, 1, 5));
    store.remove(early);
    EXPECT_FALSE(lastInteraction(m_org));
    EXPECT_EQ(CustomerStore(db()).aggregates(m_org), CustomerStore(db()).recomputeAggregates(m_org));
}

TEST_F(InteractionStoreTest, MovingToAnotherCustomerRefreshesBothAndMovesFollowUps) {
    const auto other = addOrganisation("ORG-2");
    InteractionStore store(db());
    auto moved = interaction(InteractionType::Meeting, day(2024, 5, 1));
    moved.id = store.add(moved);
    FollowUp f;
    f.customerId = m_org;
    f.due = day(2024, 5, 8);
    f.subject = "Send the minutes";
    f.interactionId = moved.id;
    const auto followUpId = FollowUpStore(db()).add(f);

    moved.customerId = other;
    store.update(moved);
    EXPECT_FALSE(lastInteraction(m_org));
    EXPECT_EQ(lastInteraction(other), day(2024, 5, 1));
    EXPECT_EQ(FollowUpStore(db()).find(followUpId)->customerId, other);
}

TEST_F(InteractionStoreTest, ListIsNewestFirstPerCustomer) {
    InteractionStore store(db());
    const auto a = store.add(interaction(InteractionType::Call, day(2024, 1, 5), 540));
    const auto b = store.add(interaction(InteractionType::Call, day(2024, 1, 5), 900));
    const auto c = store.add(interaction(InteractionType::Call, day(2023, 12, 1), 1000));
    auto elsewhere = interaction(InteractionType::Call, day(2024, 2, 1));
    elsewhere.customerId = addOrganisation("ORG-2");
    store.add(elsewhere);
    EXPECT_EQ(ids(store.listFor(m_org)), (std::vector<std::int64_t>{b, a, c}));
}

TEST_F(InteractionStoreTest, OpenComplaintsAreOpenAndInProgressOldestFirst) {
    InteractionStore store(db());
    auto complaint = [&](const Date& date, ComplaintStatus status) {
        auto i = interaction(InteractionType::Complaint, date);
        i.complaintStatus = status;
        return store.add(i);
    };
    const auto inProgress = complaint(day(2024, 3, 1), ComplaintStatus::InProgress);
    complaint(day(2024, 1, 1), ComplaintStatus::Resolved);
    const auto open = complaint(day(2024, 2, 1), ComplaintStatus::Open);
    store.add(interaction(InteractionType::Call, day(2024, 1, 2)));
    EXPECT_EQ(ids(store.openComplaints()), (std::vector<std::int64_t>{open, inProgress}));

    auto resolved = *store.find(open);
    resolved.complaintStatus = ComplaintStatus::Resolved;
    resolved.resolution = "Replaced the unit";
    store.update(resolved);
    EXPECT_EQ(ids(store.openComplaints()), (std::vector<std::int64_t>{inProgress}));
    EXPECT_EQ(store.find(open)->resolution, "Replaced the unit");
}

TEST_F(InteractionStoreTest, DeletedContactLeavesInteractionWithoutContact) {
    Interaction i = interaction(InteractionType::Call, day(2024, 1, 5));
    i.contactId = addContact(m_org, "Leaves Soon");
    const auto id = InteractionStore(db()).add(i);
    ContactStore(db()).remove(*i.contactId);
    EXPECT_FALSE(InteractionStore(db()).find(id)->contactId);
}

TEST_F(InteractionStoreTest, BatchAddsInOrderAndKeepsEachLastInteraction) {
    const std::int64_t other = addOrganisation("ORG-2");
    std::vector<Interaction> batch{interaction(InteractionType::Call, day(2024, 5, 1)),
                                   interaction(InteractionType::Complaint, day(2024, 3, 1)),
                                   interaction(InteractionType::Email, day(2024, 2, 1))};
    batch[1].contactId = addContact(m_org, "Zhang Wei");
    batch[2].customerId = other;
    const auto added = InteractionStore(db()).addBatch(batch);
    ASSERT_EQ(added.size(), 3u);
    EXPECT_LT(added[0], added[1]);
    EXPECT_LT(added[1], added[2]);
    EXPECT_EQ(InteractionStore(db()).find(added[1])->complaintStatus, ComplaintStatus::Open);
    EXPECT_EQ(InteractionStore(db()).find(added[2])->customerId, other);
    EXPECT_EQ(lastInteraction(m_org), day(2024, 5, 1)); // the latest, not the last added
    EXPECT_EQ(lastInteraction(other), day(2024, 2, 1));
}

TEST_F(InteractionStoreTest, BatchWithAContactOfAnotherCustomerAddsNone) {
    const std::int64_t other = addOrganisation("ORG-2");
    std::vector<Interaction> batch{interaction(InteractionType::Call, day(2024, 5, 1)),
                                   interaction(InteractionType::Visit, day(2024, 6, 1))};
    batch[1].contactId = addContact(other, "Li Na");
    EXPECT_THROW(InteractionStore(db()).addBatch(batch), ValidationError);
    EXPECT_TRUE(InteractionStore(db()).listFor(m_org).empty());
    EXPECT_FALSE(lastInteraction(m_org));
}

TEST_F(InteractionStoreTest, FailedAggregateUpdateLeavesNoInteraction) {
    InteractionStore store(db());
    auto kept = interaction(InteractionType::Call, day(2024, 1, 5));
    kept.id = store.add(kept);
    failUpdatesOf("customer");

    EXPECT_THROW(store.add(interaction(InteractionType::Visit, day(2024, 2, 1))), crm::Error);
    kept.date = day(2024, 9, 9);
    EXPECT_THROW(store.update(kept), crm::Error);
    EXPECT_THROW(store.remove(kept.id), crm::Error);

    EXPECT_EQ(count("interaction"), 1);
    EXPECT_EQ(store.find(kept.id)->date, day(2024, 1, 5));
}

} // namespace
} // namespace crm::test
