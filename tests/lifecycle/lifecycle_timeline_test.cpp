#include "lifecycle_fixture.h"

#include "crm/analytics/lifecycle.h"
#include "crm/store/lifecycle_timeline.h"
#include "crm/store/stage_store.h"
#include "crm/store/transaction_store.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <algorithm>
#include <random>

namespace crm::test {
namespace {

using boost::gregorian::days;

class LifecycleTimeline : public LifecycleStoreTest {
protected:
    std::vector<Row> rowsOf(std::int64_t customerId) {
        auto rows = allRows();
        std::erase_if(rows, [&](const Row& r) { return std::get<0>(r) != customerId; });
        return rows;
    }
    // Random purchases and refunds between 2023 and mid-2026, long silences included.
    void addRandomHistory(std::int64_t customerId, std::mt19937_64& rng) {
        Date d = Date(2023, 1, 1) + days(static_cast<long>(rng() % 300));
        const auto meanGap = 5 + static_cast<long>(rng() % 120);
        while (d < Date(2026, 6, 30)) {
            const bool refund = rng() % 12 == 0;
            addTx(customerId, d, refund ? -static_cast<Money>(rng() % 5000) : static_cast<Money>(rng() % 100000));
            d = d + days(1 + static_cast<long>(rng() % static_cast<std::uint64_t>(2 * meanGap)));
            if (rng() % 25 == 0)
                d = d + days(static_cast<long>(rng() % 500));
        }
    }
};

TEST_F(LifecycleTimeline, OneOrderTenDaysAgoIsExploration) {
    const auto c = addCustomer("C-1");
    addTx(c, Date(2026, 6, 20), 500'00);
    replayLifecycles(db(), Date(2026, 6, 30));
    EXPECT_EQ(stageOf(c), Stage::Exploration);
    const auto changes = history(c);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].from, Stage::Prospect);
    EXPECT_EQ(changes[0].on, Date(2026, 6, 20));
    EXPECT_FALSE(changes[0].manual);
    EXPECT_EQ(changes[0].reason, "1 purchases, first 0 days ago");
}

// The replay reads on a connection of its own, except inside the caller's
// unit of work, whose changes that connection could not see.
TEST_F(LifecycleTimeline, ReplayInsideAUnitOfWorkSeesItsChanges) {
    WriteTransaction tx(db());
    const auto c = addCustomer("C-1");
    Transaction t; // through addBatch: no refresh of the timeline before the replay
    t.customerId = c;
    t.date = Date(2026, 6, 20);
    t.amount = 500'00;
    TransactionStore(db()).addBatch(std::vector<Transaction>{t});
    EXPECT_EQ(stageOf(c), Stage::Prospect);
    replayLifecycles(db(), Date(2026, 6, 30));
    EXPECT_EQ(stageOf(c), Stage::Exploration);
    tx.commit();
}

TEST_F(LifecycleTimeline, EveryStageOfOneRelationshipThroughTheStore) {
    const auto c = addCustomer("C-1");
    addMonthly(c, Date(2024, 7, 1), 24, 100'00); // two years of monthly orders
    replayLifecycles(db(), Date(2026, 6, 15));
    EXPECT_EQ(stageOf(c), Stage::Stability);
    addMonthly(c, Date(2026, 7, 1), 3, 33'33); // a quarter at a third of the revenue
    replayLifecycles(db(), Date(2026, 9, 30));
    EXPECT_EQ(stageOf(c), Stage::Decline);
    EXPECT_NE(history(c).back().reason.find("revenue last 90 days"), std::string::npos);
    replayLifecycles(db(), Date(2026, 9, 1) + days(400)); // 400 days silent
    EXPECT_EQ(stageOf(c), Stage::Lost);
    EXPECT_EQ(history(c).back().from, Stage::Decline);
    addTx(c, Date(2027, 10, 20), 80'00); // buys again: no replay, the add updates it
    EXPECT_EQ(stageOf(c), Stage::Exploration);
    EXPECT_EQ(history(c).back().from, Stage::Lost);
    EXPECT_EQ(history(c).back().reason, "bought again after being lost: a new relationship");
}

TEST_F(LifecycleTimeline, AddingUpdatingAndRemovingATransactionUpdateTheTimelineAtOnce) {
    const auto a = addCustomer("C-1");
    const auto b = addCustomer("C-2");
    addMonthly(a, Date(2023, 1, 1), 12, 100'00);
    replayLifecycles(db(), Date(2025, 6, 1));
    EXPECT_EQ(stageOf(a), Stage::Lost); // 18 silent months
    const auto id = addTx(a, Date(2025, 6, 1), 100'00);
    EXPECT_EQ(stageOf(a), Stage::Exploration); // a new relationship, at once
    EXPECT_EQ(history(a).back().on, Date(2025, 6, 1));
    EXPECT_EQ(stageOf(b), Stage::Prospect);
    Transaction moved = *TransactionStore(db()).find(id);
    moved.customerId = b;
    TransactionStore(db()).update(moved); // both customers refreshed
    EXPECT_EQ(stageOf(a), Stage::Lost);
    EXPECT_EQ(stageOf(b), Stage::Exploration);
    TransactionStore(db()).remove(id);
    EXPECT_EQ(stageOf(b), Stage::Prospect);
    EXPECT_TRUE(history(b).empty());
}

TEST_F(LifecycleTimeline, ManualStageIsKeptWithItsNoteAndDerivationContinuesFromIt) {
    const auto c = addCustomer("C-1");
    addMonthly(c, Date(2025, 1, 1), 6, 100'00);
    replayLifecycles(db(), Date(2025, 6, 10));
    const auto manualId = StageStore(db()).setManual(c, Stage::Decline, Date(2025, 2, 15),
                                                     "moving to a competitor");
    auto check = [&] {
        const auto changes = history(c);
        const auto manual = std::find_if(changes.begin(), changes.end(),
                                         [](const StageChange& s) { return s.manual; });
        ASSERT_NE(manual, changes.end());
        EXPECT_EQ(manual->id, manualId);
        EXPECT_EQ(manual->reason, "moving to a competitor");
        const auto after = std::find_if(changes.begin(), changes.end(), [](const StageChange& s) {
            return !s.manual && s.on > Date(2025, 2, 15);
        });
        ASSERT_NE(after, changes.end());
        EXPECT_EQ(after->from, Stage::Decline); // continues from the manual stage
        EXPECT_EQ(after->to, Stage::Formation);
    };
    check(); // right after setManual
    replayLifecycles(db(), Date(2025, 6, 10));
    check(); // and after a full replay
    EXPECT_EQ(stageOf(c), Stage::Formation);
}

TEST_F(LifecycleTimeline, AManualStageOnTheLatestDayIsTheCurrentStage) {
    const auto c = addCustomer("C-1");
    addMonthly(c, Date(2025, 1, 1), 6, 100'00);
    StageStore(db()).setManual(c, Stage::Lost, Date(2025, 6, 20), "company closed");
    EXPECT_EQ(stageOf(c), Stage::Lost);
    replayLifecycles(db(), Date(2025, 6, 20));
    EXPECT_EQ(stageOf(c), Stage::Lost);
}

TEST_F(LifecycleTimeline, ReplayIsDeterministicAndMatchesSingleRefreshes) {
    std::mt19937_64 rng(11);
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 40; ++i) {
        ids.push_back(addCustomer("C-" + std::to_string(i)));
        addRandomHistory(ids.back(), rng);
    }
    StageStore(db()).setManual(ids[3], Stage::Decline, Date(2024, 5, 5), "asked for a quote elsewhere");
    replayLifecycles(db(), Date(2026, 6, 30), {}, 7);
    const auto once = allRows();
    replayLifecycles(db(), Date(2026, 6, 30), {}, 7);
    EXPECT_EQ(allRows(), once);
    for (const auto id : ids)
        refreshLifecycle(db(), id);
    EXPECT_EQ(allRows(), once);
    EXPECT_GT(once.size(), 100u);
}

TEST_F(LifecycleTimeline, CancelledReplayKeepsFinishedBatchesAndLeavesTheRestAsBefore) {
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 5; ++i) {
        ids.push_back(addCustomer("C-" + std::to_string(i)));
        addMonthly(ids.back(), Date(2024, 1, 1), 12, 100'00);
    }
    replayLifecycles(db(), Date(2024, 12, 31));
    const auto before = rowsOf(ids[4]);
    std::vector<std::pair<std::int64_t, std::int64_t>> calls;
    const auto result = replayLifecycles(db(), Date(2026, 1, 31), [&](std::int64_t done, std::int64_t total) {
        calls.emplace_back(done, total);
        return false;
    }, 2);
    EXPECT_TRUE(result.cancelled);
    EXPECT_EQ(result.customers, 2);
    ASSERT_EQ(calls.size(), 1u);
    EXPECT_EQ(calls[0], std::make_pair(std::int64_t{2}, std::int64_t{5}));
    EXPECT_EQ(stageOf(ids[0]), Stage::Lost);      // replayed to 2026
    EXPECT_EQ(stageOf(ids[4]), Stage::Stability); // untouched
    EXPECT_EQ(rowsOf(ids[4]), before);
    EXPECT_EQ(lifecycleTimelineAsOf(db()), Date(2024, 12, 31));
}

TEST_F(LifecycleTimeline, CustomersWithoutPurchasesStayProspects) {
    const auto c = addCustomer("C-1");
    const auto result = replayLifecycles(db(), Date(2026, 6, 30));
    EXPECT_EQ(result.customers, 1);
    EXPECT_EQ(result.derivedChanges, 0);
    EXPECT_EQ(stageOf(c), Stage::Prospect);
    EXPECT_EQ(lifecycleTimelineAsOf(db()), Date(2026, 6, 30));
}

} // namespace
} // namespace crm::test
