#include "record_fixture.h"

#include "crm/names.h"
#include "crm/store/customer_store.h"
#include "crm/store/lifecycle_timeline.h"
#include "crm/store/stage_store.h"
#include "crm/store/transaction_store.h"

namespace crm::test {
namespace {

class StageStoreTest : public RecordStoreTest {
protected:
    void SetUp() override { m_org = addOrganisation("ORG-1"); }

    Stage currentStage(std::int64_t customerId) {
        return CustomerStore(db()).find(customerId)->stage;
    }

    std::int64_t m_org = 0;
};

TEST_F(StageStoreTest, ManualChangeRecordsFromToAndNoteAndSetsStage) {
    StageStore store(db());
    EXPECT_EQ(currentStage(m_org), Stage::Prospect);
    const auto id = store.setManual(m_org, Stage::Exploration, day(2024, 1, 10), "first trial order");
    store.setManual(m_org, Stage::Formation, day(2024, 6, 1), "repeat orders");

    EXPECT_EQ(currentStage(m_org), Stage::Formation);
    const auto history = store.history(m_org);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].id, id);
    EXPECT_EQ(history[0].customerId, m_org);
    EXPECT_EQ(history[0].from, Stage::Prospect);
    EXPECT_EQ(history[0].to, Stage::Exploration);
    EXPECT_EQ(history[0].on, day(2024, 1, 10));
    EXPECT_EQ(history[0].reason, "first trial order");
    EXPECT_TRUE(history[0].manual);
    EXPECT_EQ(history[1].from, Stage::Exploration);
    EXPECT_EQ(history[1].to, Stage::Formation);
}

// What a loader gets from manual changes made before its purchases and one
// replay at the end is what setManual (which derives at once) gets.
TEST_F(StageStoreTest, ManualChangesBeforeAReplayEndAsIfDerivedAtOnce) {
    const std::int64_t other = addOrganisation("ORG-2");
    auto load = [this](std::int64_t customer, bool deriveAtOnce) {
        StageStore store(db());
        if (deriveAtOnce)
            store.setManual(customer, Stage::Exploration, day(2024, 3, 1), "trial");
        else
            store.setManualBeforeReplay(customer, Stage::Exploration, day(2024, 3, 1), "trial");
        TransactionStore transactions(db());
        for (int month = 1; month <= 12; ++month)
            transactions.add({0, customer, day(2024, month, 15), 500'00, {}, "订阅", ""});
        transactions.add({0, customer, day(2025, 2, 1), 900'00, {}, "订阅", ""});
    };
    load(m_org, true);
    load(other, false);
    replayLifecycles(db(), day(2026, 6, 30));
    auto withoutIds = [](const std::vector<StageChange>& changes) {
        std::vector<std::string> out;
        for (const StageChange& c : changes)
            out.push_back(std::string(c.from ? toKey(*c.from) : "-") + ">" + std::string(toKey(c.to)) +
                          " " + toIso(c.on) + " " + c.reason + (c.manual ? " manual" : ""));
        return out;
    };
    const auto expected = withoutIds(StageStore(db()).history(m_org));
    ASSERT_GE(expected.size(), 3u); // the manual change and derived ones after it
    EXPECT_EQ(withoutIds(StageStore(db()).history(other)), expected);
    EXPECT_EQ(currentStage(other), currentStage(m_org));
}

TEST_F(StageStoreTest, DerivedChangeIsNotManualAndSetsStage) {
    StageStore store(db());
    StageChange change;
    change.customerId = m_org;
    change.to = Stage::Decline;
    change.on = day(2024, 8, 1);
    change.reason = "share of wallet fell";
    change.manual = true; // ignored: derived changes are never manual
    store.recordDerived(change);

    EXPECT_EQ(currentStage(m_org), Stage::Decline);
    const auto history = store.history(m_org);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_FALSE(history[0].manual);
    EXPECT_FALSE(history[0].from);
    EXPECT_EQ(history[0].reason, "share of wallet fell");
}

TEST_F(StageStoreTest, HistoryIsOldestFirstByDayThenIdAndPerCustomer) {
    StageStore store(db());
    const auto other = addOrganisation("ORG-2");
    const auto late = store.setManual(m_org, Stage::Formation, day(2024, 5, 1), "");
    const auto earlyA = store.setManual(m_org, Stage::Exploration, day(2024, 1, 1), "");
    const auto earlyB = store.setManual(m_org, Stage::Decline, day(2024, 1, 1), "");
    store.setManual(other, Stage::Lost, day(2023, 1, 1), "");

    std::vector<std::int64_t> ids;
    for (const auto& c : store.history(m_org))
        ids.push_back(c.id);
    EXPECT_EQ(ids, (std::vector<std::int64_t>{earlyA, earlyB, late}));
    EXPECT_EQ(currentStage(other), Stage::Lost);
    // The current stage is the latest-dated change, whatever order they were set in.
    EXPECT_EQ(currentStage(m_org), Stage::Formation);
}

TEST_F(StageStoreTest, MissingCustomerIsNotFound) {
    StageStore store(db());
    auto message = expectNotFound([&] { store.setManual(999, Stage::Lost, day(2024, 1, 1), ""); });
    EXPECT_NE(message.find("customer 999"), std::string::npos) << message;
    StageChange change;
    change.customerId = 998;
    change.on = day(2024, 1, 1);
    message = expectNotFound([&] { store.recordDerived(change); });
    EXPECT_NE(message.find("customer 998"), std::string::npos) << message;
    EXPECT_EQ(count("stage_change"), 0);
}

TEST_F(StageStoreTest, ChangeWithoutADateIsRejected) {
    StageStore store(db());
    expectFieldError([&] { store.setManual(m_org, Stage::Lost, Date(), "no date"); }, "date");
    EXPECT_EQ(count("stage_change"), 0);
    EXPECT_EQ(currentStage(m_org), Stage::Prospect);
}

TEST_F(StageStoreTest, FailedStageUpdateLeavesNoHistory) {
    StageStore store(db());
    failUpdatesOf("customer");
    EXPECT_THROW(store.setManual(m_org, Stage::Exploration, day(2024, 1, 1), "x"), crm::Error);
    StageChange change;
    change.customerId = m_org;
    change.to = Stage::Lost;
    change.on = day(2024, 1, 2);
    EXPECT_THROW(store.recordDerived(change), crm::Error);
    EXPECT_EQ(count("stage_change"), 0);
    EXPECT_EQ(currentStage(m_org), Stage::Prospect);
}

} // namespace
} // namespace crm::test
