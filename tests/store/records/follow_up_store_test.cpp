#include "record_fixture.h"

#include "crm/store/interaction_store.h"

namespace crm::test {
namespace {

class FollowUpStoreTest : public RecordStoreTest {
protected:
    void SetUp() override { m_org = addOrganisation("ORG-1"); }

    FollowUp followUp(const Date& due, const std::string& subject = "Call back") const {
        FollowUp f;
        f.customerId = m_org;
        f.due = due;
        f.subject = subject;
        return f;
    }
    std::int64_t addInteraction(std::int64_t customerId) {
        Interaction i;
        i.customerId = customerId;
        i.date = day(2024, 1, 3);
        i.subject = "Visit";
        return InteractionStore(db()).add(i);
    }
    std::vector<std::int64_t> listed(const FollowUpStore::Filter& filter) {
        std::vector<std::int64_t> ids;
        for (const auto& f : FollowUpStore(db()).list(filter))
            ids.push_back(f.id);
        return ids;
    }

    std::int64_t m_org = 0;
};

TEST_F(FollowUpStoreTest, AddedFollowUpReadsBackAndIsMarkedDone) {
    FollowUpStore store(db());
    FollowUp f = followUp(day(2024, 2, 1), "Send the quote");
    f.interactionId = addInteraction(m_org);
    const auto id = store.add(f);

    auto found = store.find(id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->customerId, m_org);
    EXPECT_EQ(found->due, day(2024, 2, 1));
    EXPECT_EQ(found->subject, "Send the quote");
    EXPECT_EQ(found->interactionId, f.interactionId);
    EXPECT_FALSE(found->done);

    store.markDone(id, day(2024, 1, 30));
    EXPECT_EQ(store.find(id)->done, day(2024, 1, 30));
    EXPECT_FALSE(store.find(id + 1));
}

TEST_F(FollowUpStoreTest, ListFiltersByCustomerDueAndOpenOrderedByDueThenId) {
    FollowUpStore store(db());
    const auto late = store.add(followUp(day(2024, 3, 1)));
    const auto early = store.add(followUp(day(2024, 1, 1)));
    const auto sameDay = store.add(followUp(day(2024, 1, 1)));
    const auto done = store.add(followUp(day(2024, 2, 1)));
    store.markDone(done, day(2024, 2, 1));
    FollowUp theirs = followUp(day(2024, 1, 15));
    theirs.customerId = addOrganisation("ORG-2");
    const auto other = store.add(theirs);

    using Ids = std::vector<std::int64_t>;
    EXPECT_EQ(listed({}), (Ids{early, sameDay, other, late}));
    EXPECT_EQ(listed({m_org, std::nullopt, true}), (Ids{early, sameDay, late}));
    EXPECT_EQ(listed({m_org, std::nullopt, false}), (Ids{early, sameDay, done, late}));
    EXPECT_EQ(listed({std::nullopt, day(2024, 2, 1), false}), (Ids{early, sameDay, other, done}));
    EXPECT_EQ(listed({m_org, day(2024, 1, 31), true}), (Ids{early, sameDay}));
}

TEST_F(FollowUpStoreTest, InteractionMustBelongToTheSameCustomer) {
    FollowUp f = followUp(day(2024, 2, 1));
    f.interactionId = addInteraction(addOrganisation("ORG-2"));
    const auto message = expectFieldError([&] { FollowUpStore(db()).add(f); }, "interaction");
    EXPECT_NE(message.find("ORG-1"), std::string::npos) << message;
    EXPECT_EQ(count("follow_up"), 0);

    f.interactionId = 4242;
    const auto missing = expectNotFound([&] { FollowUpStore(db()).add(f); });
    EXPECT_NE(missing.find("interaction 4242"), std::string::npos) << missing;
}

TEST_F(FollowUpStoreTest, UpdateChangesFieldsAndChecksTheLink) {
    FollowUpStore store(db());
    FollowUp f = followUp(day(2024, 2, 1));
    f.id = store.add(f);
    f.due = day(2024, 2, 9);
    f.subject = "Visit instead";
    f.interactionId = addInteraction(m_org);
    store.update(f);
    EXPECT_EQ(store.find(f.id)->due, day(2024, 2, 9));
    EXPECT_EQ(store.find(f.id)->interactionId, f.interactionId);

    f.interactionId = addInteraction(addOrganisation("ORG-2"));
    expectFieldError([&] { store.update(f); }, "interaction");
    EXPECT_NE(store.find(f.id)->interactionId, f.interactionId);
}

TEST_F(FollowUpStoreTest, InvalidOrMissingIsRejectedByName) {
    FollowUpStore store(db());
    expectFieldError([&] { store.add(followUp(day(2024, 2, 1), "")); }, "subject");
    expectFieldError([&] { store.add(followUp(Date())); }, "due");
    FollowUp orphan = followUp(day(2024, 2, 1));
    orphan.customerId = 999;
    EXPECT_NE(expectNotFound([&] { store.add(orphan); }).find("customer 999"), std::string::npos);
    orphan.customerId = m_org;
    orphan.id = 9;
    for (const auto& message : {expectNotFound([&] { store.update(orphan); }),
                                expectNotFound([&] { store.markDone(9, day(2024, 1, 1)); }),
                                expectNotFound([&] { store.remove(9); })})
        EXPECT_NE(message.find("follow-up 9"), std::string::npos) << message;
    const auto id = store.add(followUp(day(2024, 2, 1)));
    expectFieldError([&] { store.markDone(id, Date()); }, "done");
    EXPECT_FALSE(store.find(id)->done);
}

TEST_F(FollowUpStoreTest, RemoveDeletesOnlyThatFollowUp) {
    FollowUpStore store(db());
    const auto gone = store.add(followUp(day(2024, 2, 1)));
    const auto kept = store.add(followUp(day(2024, 2, 2)));
    store.remove(gone);
    EXPECT_FALSE(store.find(gone));
    EXPECT_TRUE(store.find(kept));
}

TEST_F(FollowUpStoreTest, DeletedInteractionLeavesFollowUpUnlinked) {
    FollowUp f = followUp(day(2024, 2, 1));
    f.interactionId = addInteraction(m_org);
    const auto id = FollowUpStore(db()).add(f);
    InteractionStore(db()).remove(*f.interactionId);
    ASSERT_TRUE(FollowUpStore(db()).find(id));
    EXPECT_FALSE(FollowUpStore(db()).find(id)->interactionId);
}

TEST_F(FollowUpStoreTest, FailedWriteChangesNothing) {
    FollowUpStore store(db());
    const auto id = store.add(followUp(day(2024, 2, 1)));
    failInsertsInto("follow_up");
    failUpdatesOf("follow_up");
    EXPECT_THROW(store.add(followUp(day(2024, 3, 1))), crm::Error);
    EXPECT_THROW(store.markDone(id, day(2024, 2, 2)), crm::Error);
    EXPECT_EQ(count("follow_up"), 1);
    EXPECT_FALSE(store.find(id)->done);
}

} // namespace
} // namespace crm::test
