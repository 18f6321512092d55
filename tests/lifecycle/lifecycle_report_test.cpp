#include "lifecycle_fixture.h"

#include "crm/store/lifecycle_report.h"
#include "crm/store/lifecycle_timeline.h"
#include "crm/store/stage_store.h"
#include "crm/store/transaction_store.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <random>

namespace crm::test {
namespace {

using boost::gregorian::days;

class LifecycleReport : public LifecycleStoreTest {};

const StageTotal& totalOf(const std::vector<StageTotal>& totals, Stage stage) {
    return totals.at(static_cast<std::size_t>(stage));
}

TEST_F(LifecycleReport, CountsRevenueAndMarginPerStage) {
    const auto explorer = addCustomer("C-1");
    const auto stable = addCustomer("C-2");
    addCustomer("C-3"); // no purchase: Prospect
    addCustomer("C-4", Date(2027, 1, 1)); // created after the date: not counted
    addTx(explorer, Date(2026, 6, 20), 500'00);
    Transaction costed;
    costed.customerId = explorer;
    costed.date = Date(2026, 6, 21);
    costed.amount = 200'00;
    costed.cost = 150'00;
    TransactionStore(db()).add(costed);
    addMonthly(stable, Date(2024, 7, 1), 24, 100'00);
    addTx(stable, Date(2026, 7, 5), 999'00); // after the date: not counted
    replayLifecycles(db(), Date(2026, 6, 30));
    const auto totals = stageTotals(db(), Date(2026, 6, 30));
    ASSERT_EQ(totals.size(), 6u);
    EXPECT_EQ(totalOf(totals, Stage::Prospect).customers, 1);
    EXPECT_EQ(totalOf(totals, Stage::Exploration).customers, 1);
    EXPECT_EQ(totalOf(totals, Stage::Exploration).net, 700'00);
    EXPECT_EQ(totalOf(totals, Stage::Exploration).margin, 50'00);
    EXPECT_EQ(totalOf(totals, Stage::Stability).customers, 1);
    EXPECT_EQ(totalOf(totals, Stage::Stability).net, 2400'00);
    EXPECT_EQ(totalOf(totals, Stage::Stability).margin, 0);
    EXPECT_EQ(totalOf(totals, Stage::Lost).customers, 0);
}

TEST_F(LifecycleReport, OnOrAfterTheLatestTransactionTheAggregatesGiveTheSameTotals) {
    const auto c = addCustomer("C-1");
    addMonthly(c, Date(2025, 1, 1), 6, 100'00);
    addTx(c, Date(2025, 3, 3), -40'00);
    replayLifecycles(db(), Date(2025, 6, 1));
    const auto onLast = stageTotals(db(), Date(2025, 6, 1)); // from the aggregates
    const auto dayBefore = stageTotals(db(), Date(2025, 5, 31)); // summed from the rows
    EXPECT_EQ(totalOf(onLast, Stage::Formation).net, 560'00);
    EXPECT_EQ(totalOf(dayBefore, Stage::Formation).net, 460'00);
}

TEST_F(LifecycleReport, StageFlowEqualsABruteForceCount) {
    std::mt19937_64 rng(5);
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 30; ++i) {
        ids.push_back(addCustomer("C-" + std::to_string(i)));
        for (Date d = Date(2023, 1, 1) + days(static_cast<long>(rng() % 400)); d < Date(2026, 6, 1);
             d = d + days(1 + static_cast<long>(rng() % 150)))
            addTx(ids.back(), d, static_cast<Money>(rng() % 50000));
    }
    StageStore(db()).setManual(ids[0], Stage::Decline, Date(2025, 1, 10), "lost the tender");
    replayLifecycles(db(), Date(2026, 6, 30));
    std::int64_t allCounted = 0;
    for (int period = 0; period < 20; ++period) {
        const Date from = Date(2023, 1, 1) + days(static_cast<long>(rng() % 1200));
        const Date to = from + days(static_cast<long>(rng() % 400));
        StageFlow expected{};
        std::int64_t counted = 0;
        for (const auto id : ids)
            for (const auto& c : history(id))
                if (c.on >= from && c.on <= to) {
                    ++expected[static_cast<std::size_t>(c.from.value_or(Stage::Prospect))]
                              [static_cast<std::size_t>(c.to)];
                    ++counted;
                }
        EXPECT_EQ(stageFlow(db(), from, to), expected) << toIso(from) << ".." << toIso(to);
        allCounted += counted;
    }
    EXPECT_GT(allCounted, 20);
}

} // namespace
} // namespace crm::test
