// The dashboard's numbers against the domain reports they summarise, on a
// demo database: stage counts = stageTotals, RFM cells = crm rfm's (r, f)
// counts, 80/20 = computePareto, flow = stageFlow, month ends = stageTotals
// at each, at-risk rows = computeAtRisk; and each figure's customers are the
// ones the customer list shows for their ids.
#include "../../store/temp_db.h"

#include "crm/demo/demo_generator.h"
#include "crm/errors.h"
#include "crm/store/at_risk_query.h"
#include "crm/store/clv_model_store.h"
#include "crm/store/customer_query.h"
#include "crm/store/customer_store.h"
#include "crm/store/transaction_store.h"
#include "crm/store/dashboard_pass.h"
#include "crm/store/dashboard_query.h"
#include "crm/store/lifecycle_report.h"
#include "crm/store/lifecycle_timeline.h"
#include "crm/store/pareto_query.h"
#include "crm/store/rfm_history_query.h"
#include "crm/store/rfm_query.h"
#include "crm/store/stage_store.h"
#include "crm/store/transaction_days.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <atomic>
#include <chrono>
#include <map>
#include <set>
#include <thread>

using namespace crm;
using Kind = crm::dashboard::Figure::Kind;

namespace {

const Date kAsOf{2026, 6, 30};     // the demo's last day: aggregates are the totals
const Date kPastAsOf{2025, 12, 31}; // a past date: one pass over the transactions

class DashboardQuery : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_temp = new test::TempDb("dashboard-demo");
        demo::Options options;
        options.customers = 400;
        options.asOf = kAsOf;
        demo::generate(s_temp->db(), options);
    }
    static void TearDownTestSuite() {
        delete s_temp;
        s_temp = nullptr;
    }
    static const Database& db() { return s_temp->db(); }

    // The panels, and the customers behind a figure of them.
    struct Computed : dashboard::DashboardData {
        std::shared_ptr<dashboard::Facts> facts;
        dashboard::Ids of(dashboard::Figure::Kind kind, int row, int column = 0, std::string name = {}) const {
            return dashboard::customersOf(*facts, filter, {kind, row, column, std::move(name)});
        }
    };

    static Computed compute(Date asOf, const dashboard::Filter& filter = {}, int months = 12) {
        Computed c;
        c.facts = std::make_shared<dashboard::Facts>(*loadDashboardFacts(db(), {asOf, periodStartFor(asOf, months)}));
        static_cast<dashboard::DashboardData&>(c) = dashboard::summarize(*c.facts, filter);
        fillNames(db(), c.atRisk);
        return c;
    }

    // Every customer's list row, by id.
    static std::map<std::int64_t, CustomerRow> rows() {
        PageRequest request;
        request.limit = 10'000;
        std::map<std::int64_t, CustomerRow> byId;
        for (CustomerRow& row : CustomerQuery(db()).page(request).rows)
            byId[row.id] = row;
        return byId;
    }

    static std::int64_t listed(const dashboard::Ids& ids) {
        CustomerFilter filter;
        filter.ids = ids;
        return CustomerQuery(db()).count(filter);
    }

    static test::TempDb* s_temp;
};

test::TempDb* DashboardQuery::s_temp = nullptr;

dashboard::Filter byOwner(std::string owner) {
    dashboard::Filter f;
    f.owner = std::move(owner);
    return f;
}

std::string someOwner(const Database& db) {
    return CustomerQuery(db).distinctValues(CustomerField::Owner).at(1);
}

TEST_F(DashboardQuery, StagesEqualTheLifecycleReportAndTheList) {
    for (const Date asOf : {kAsOf, kPastAsOf}) {
        const auto data = compute(asOf);
        const auto totals = stageTotals(db(), asOf);
        for (std::size_t s = 0; s < totals.size(); ++s) {
            const dashboard::StageRow& row = data.lifecycle.stages[s];
            EXPECT_EQ(row.customers, totals[s].customers) << toIso(asOf) << " stage " << s;
            EXPECT_EQ(row.net, totals[s].net);
            EXPECT_EQ(row.margin, totals[s].margin);
            EXPECT_EQ(listed(data.of(Kind::Stage, static_cast<int>(s))), row.customers);
        }
    }
    // As of the demo's timeline date the stored stage is the stage on the date.
    const auto data = compute(kAsOf, byOwner(someOwner(db())));
    CustomerFilter stability;
    stability.stage = Stage::Stability;
    stability.owner = someOwner(db());
    EXPECT_EQ(data.lifecycle.stages[3].customers, CustomerQuery(db()).count(stability));
    EXPECT_GT(data.lifecycle.stages[3].customers, 0);
}

std::array<std::array<std::int64_t, 5>, 5> rfmCounts(const std::vector<RfmRow>& rows,
                                                     const std::set<std::string>& codes) {
    std::array<std::array<std::int64_t, 5>, 5> counts{};
    for (const RfmRow& row : rows)
        if (codes.empty() || codes.count(row.code))
            ++counts[row.score.r - 1][row.score.f - 1];
    return counts;
}

TEST_F(DashboardQuery, RfmCellsCountWhatCrmRfmScores) {
    for (const Date asOf : {kAsOf, kPastAsOf}) {
        const auto data = compute(asOf);
        const auto expected = rfmCounts(computeRfm(db(), {asOf, std::nullopt}), {});
        std::int64_t champions = 0;
        for (int r = 0; r < 5; ++r)
            for (int f = 0; f < 5; ++f) {
                EXPECT_EQ(data.rfm.cells[r][f].customers, expected[r][f]) << "r " << r + 1 << " f " << f + 1;
                EXPECT_EQ(listed(data.of(Kind::RfmCell, r + 1, f + 1)), expected[r][f]);
                if (rfm::segmentFor(r + 1, f + 1) == rfm::Segment::Champions)
                    champions += expected[r][f];
            }
        EXPECT_EQ(data.rfm.segments[static_cast<std::size_t>(rfm::Segment::Champions)].customers, champions);
        EXPECT_EQ(std::ssize(data.of(Kind::Segment, static_cast<int>(rfm::Segment::Champions))), champions);
    }
}

TEST_F(DashboardQuery, RfmScoresStayThoseOfEveryoneUnderAFilter) {
    const std::string owner = someOwner(db());
    std::set<std::string> codes;
    for (const auto& [id, row] : rows())
        if (row.owner == owner)
            codes.insert(row.code);
    const auto data = compute(kAsOf, byOwner(owner));
    const auto expected = rfmCounts(computeRfm(db(), {kAsOf, std::nullopt}), codes);
    for (int r = 0; r < 5; ++r)
        for (int f = 0; f < 5; ++f)
            EXPECT_EQ(data.rfm.cells[r][f].customers, expected[r][f]);
}

// Segment migration counted from crm rfm's scores on the two dates, for
// the customers with the given codes (all when empty).
rfm::MigrationMatrix migrationOf(const Database& db, Date from, Date to, const std::set<std::string>& codes) {
    std::map<std::string, std::pair<int, int>> segments; // code -> (from, to)
    for (const Date date : {from, to})
        for (const RfmRow& row : computeRfm(db, {date, std::nullopt})) {
            auto& pair = segments.try_emplace(row.code, rfm::kNotScored, rfm::kNotScored).first->second;
            (date == from ? pair.first : pair.second) = static_cast<int>(row.score.segment);
        }
    rfm::MigrationMatrix m;
    for (const auto& [code, pair] : segments)
        if (codes.empty() || codes.count(code))
            ++m.counts[static_cast<std::size_t>(pair.first)][static_cast<std::size_t>(pair.second)];
    return m;
}

TEST_F(DashboardQuery, SegmentMigrationIsCrmRfmMigrationsAndListsItsCustomers) {
    for (const Date asOf : {kAsOf, kPastAsOf}) {
        const auto data = compute(asOf, {}, 6);
        const Date from = periodStartFor(asOf, 6);
        EXPECT_EQ(data.migration.from, from);
        EXPECT_EQ(data.migration.to, asOf);
        const rfm::MigrationMatrix expected = segmentMigration(db(), from, asOf);
        EXPECT_EQ(data.migration.matrix, expected) << toIso(asOf);
        EXPECT_EQ(data.migration.matrix, migrationOf(db(), from, asOf, {}));
        std::int64_t moved = 0;
        for (int f = 0; f < rfm::kMigrationSize; ++f)
            for (int t = 0; t < rfm::kMigrationSize; ++t) {
                const auto n = expected.counts[static_cast<std::size_t>(f)][static_cast<std::size_t>(t)];
                const auto ids = data.of(Kind::Migration, f, t);
                EXPECT_EQ(std::ssize(ids), n) << f << " -> " << t;
                EXPECT_EQ(listed(ids), n);
                moved += f != t ? n : 0;
            }
        EXPECT_EQ(data.migration.moved, moved);
        EXPECT_GT(moved, 0);
        EXPECT_GT(expected.counts[rfm::kNotScored][static_cast<std::size_t>(rfm::Segment::NewCustomers)], 0)
            << "customers who first bought in the period arrive from 'not scored'";
    }
    // Under a filter: the owner's customers only, with the scores of everyone.
    const std::string owner = someOwner(db());
    std::set<std::string> codes;
    for (const auto& [id, row] : rows())
        if (row.owner == owner)
            codes.insert(row.code);
    const auto data = compute(kAsOf, byOwner(owner), 6);
    EXPECT_EQ(data.migration.matrix, migrationOf(db(), periodStartFor(kAsOf, 6), kAsOf, codes));
    EXPECT_LT(data.migration.matrix.total(), segmentMigration(db(), periodStartFor(kAsOf, 6), kAsOf).total());
}

TEST_F(DashboardQuery, ConcentrationEqualsTheParetoReport) {
    for (const Date asOf : {kAsOf, kPastAsOf}) {
        const auto data = compute(asOf);
        const ParetoReport pareto = computePareto(db(), asOf);
        EXPECT_EQ(data.value.revenue.customers, pareto.revenue.customers);
        EXPECT_EQ(data.value.revenue.total, pareto.revenue.total);
        EXPECT_EQ(data.value.revenue.customersFor80, pareto.revenue.customersFor80);
        EXPECT_DOUBLE_EQ(*data.value.revenue.gini, *pareto.revenue.gini);
        for (std::size_t t = 0; t < 3; ++t) {
            EXPECT_EQ(data.value.tiers[t].customers, pareto.tiers[t].customers);
            EXPECT_EQ(data.value.tiers[t].revenue, pareto.tiers[t].revenue);
            EXPECT_EQ(listed(data.of(Kind::Tier, static_cast<int>(t))), pareto.tiers[t].customers);
        }
        for (std::size_t j = 0; j < pareto.revenueCurve.size(); ++j) // 20 points vs 100
            EXPECT_DOUBLE_EQ(data.value.curve[j * 5 + 4].valueShare, pareto.revenueCurve[j].valueShare);
    }
}

TEST_F(DashboardQuery, FlowCountsTheStoredChangesAndListsWhoMadeThem) {
    const auto data = compute(kAsOf, {}, 6);
    const Date from = periodStartFor(kAsOf, 6);
    const StageFlow flow = stageFlow(db(), from, kAsOf);
    std::array<std::array<std::set<std::int64_t>, kStageCount>, kStageCount> movers;
    for (const auto& [id, row] : rows())
        for (const StageChange& c : StageStore(db()).history(id))
            if (c.on >= from && c.on <= kAsOf)
                movers[static_cast<std::size_t>(c.from.value_or(Stage::Prospect))][static_cast<std::size_t>(c.to)].insert(id);
    std::int64_t changes = 0;
    for (std::size_t f = 0; f < kStageCount; ++f)
        for (std::size_t t = 0; t < kStageCount; ++t) {
            EXPECT_EQ(data.flow.changes[f][t], flow[f][t]) << f << " -> " << t;
            const dashboard::Ids ids(movers[f][t].begin(), movers[f][t].end());
            EXPECT_EQ(data.of(Kind::Flow, static_cast<int>(f), static_cast<int>(t)), ids);
            EXPECT_EQ(data.flow.customers[f][t], std::ssize(ids));
            changes += flow[f][t];
        }
    EXPECT_GT(changes, 0);
}

TEST_F(DashboardQuery, MonthEndsCountTheStagesOfThatDay) {
    const auto data = compute(kAsOf, {}, 6);
    ASSERT_EQ(data.history.size(), 6u);
    EXPECT_EQ(data.history.front().monthEnd, Date(2026, 1, 31));
    for (const dashboard::MonthStages& month : data.history) {
        const auto totals = stageTotals(db(), month.monthEnd);
        for (std::size_t s = 0; s < totals.size(); ++s)
            EXPECT_EQ(month.customers[s], totals[s].customers) << toIso(month.monthEnd);
    }
    // A date inside a month adds itself after the month ends.
    const auto mid = compute(Date(2026, 6, 15), {}, 2);
    ASSERT_EQ(mid.history.size(), 2u);
    EXPECT_EQ(mid.history.back().monthEnd, Date(2026, 6, 15));
}

void expectSameRows(const dashboard::AtRiskPanel& panel, const AtRiskReport& report) {
    EXPECT_EQ(panel.customersAtRisk, report.customersAtRisk);
    ASSERT_EQ(panel.top.size(), std::min<std::size_t>(report.rows.size(), dashboard::kAtRiskRows));
    for (std::size_t i = 0; i < panel.top.size(); ++i) {
        EXPECT_EQ(panel.top[i].customerId, report.rows[i].customerId);
        EXPECT_EQ(panel.top[i].code, report.rows[i].code);
        EXPECT_EQ(panel.top[i].owner, report.rows[i].owner);
        EXPECT_DOUBLE_EQ(panel.top[i].score, report.rows[i].score);
        EXPECT_EQ(panel.top[i].reason, report.rows[i].reason);
    }
}

TEST_F(DashboardQuery, AtRiskRowsAreThoseOfCrmAtRisk) {
    AtRiskRequest request;
    request.asOf = kAsOf;
    request.limit = 0;
    expectSameRows(compute(kAsOf).atRisk, computeAtRisk(db(), request));
    request.owner = someOwner(db());
    const auto owned = compute(kAsOf, byOwner(*request.owner));
    expectSameRows(owned.atRisk, computeAtRisk(db(), request));
    EXPECT_EQ(listed(owned.of(Kind::AtRisk, 0)), owned.atRisk.customersAtRisk);
}

TEST_F(DashboardQuery, StoredModelValuesCustomersAsAtRiskDoes) {
    const auto path = test::freshPath("dashboard-model");
    db().backupTo(path);
    const Database modelled = Database::open(path);
    clv::ClvModel model;
    model.purchases.params = {0.5, 10.0, 0.8, 2.5};
    model.purchases.status.converged = true;
    model.spend.params = {6.0, 4.0, 150000.0};
    model.spend.status.converged = true;
    ClvModelStore(modelled).save(model, kAsOf);
    const auto data = computeDashboard(modelled, {kAsOf, periodStartFor(kAsOf)}, {});
    AtRiskRequest request;
    request.asOf = kAsOf;
    request.limit = 0;
    const AtRiskReport report = computeAtRisk(modelled, request);
    ASSERT_TRUE(report.modelId);
    expectSameRows(data->atRisk, report);
    ASSERT_TRUE(data->clv.hasModel);
    std::int64_t valued = 0;
    for (const std::int64_t n : data->clv.clvCounts)
        valued += n;
    EXPECT_EQ(valued, data->rfm.scored); // every customer with a purchase has a CLV here
    double byStage = 0;
    for (const double v : data->clv.expectedByStage)
        byStage += v;
    EXPECT_NEAR(byStage, data->clv.expectedRevenue, 1e-6 * data->clv.expectedRevenue);
    EXPECT_GT(data->clv.expectedRevenue, 0.0);
}

TEST_F(DashboardQuery, CohortsFollowFirstAndLastPurchases) {
    const auto data = compute(kAsOf);
    ASSERT_EQ(data.cohorts.size(), 24u);
    EXPECT_EQ(data.cohorts.front().year, 2024);
    EXPECT_EQ(data.cohorts.front().month, 7);
    std::map<std::pair<int, int>, std::pair<std::int64_t, std::int64_t>> expected; // size, still buying after 3
    for (const auto& [id, row] : rows()) {
        const auto& first = row.aggregates.firstPurchase;
        if (!first)
            continue;
        auto& e = expected[{first->year(), first->month()}];
        ++e.first;
        const Date last = *row.aggregates.lastPurchase;
        e.second += (last.year() * 12 + last.month()) - (first->year() * 12 + first->month()) >= 3;
    }
    for (std::size_t k = 0; k < data.cohorts.size(); ++k) {
        const dashboard::Cohort& c = data.cohorts[k];
        const auto e = expected[{c.year, c.month}];
        EXPECT_EQ(c.customers, e.first) << c.year << "-" << c.month;
        EXPECT_EQ(listed(data.of(Kind::Cohort, static_cast<int>(k))), c.customers);
        if (c.customers > 0 && c.year * 12 + c.month + 3 <= 2026 * 12 + 6) {
            EXPECT_DOUBLE_EQ(*c.retained[1], static_cast<double>(e.second) / static_cast<double>(e.first));
        }
    }
    EXPECT_FALSE(data.cohorts.back().retained[0]); // June 2026 + 1 month is not known yet
}

TEST_F(DashboardQuery, LedgerGroupsTheCustomersAsTheListFilters) {
    dashboard::Filter persons;
    persons.kind = CustomerKind::Person;
    const auto data = compute(kAsOf, persons);
    for (const dashboard::LedgerRow& row : data.ledger.owners) {
        EXPECT_EQ(listed(data.of(Kind::Owner, 0, 0, row.name)), row.customers);
        if (row.name.empty()) // no owner recorded: the list cannot filter on that
            continue;
        CustomerFilter filter;
        filter.owner = row.name;
        filter.kind = CustomerKind::Person;
        EXPECT_EQ(row.customers, CustomerQuery(db()).count(filter)) << row.name;
    }
    std::int64_t inRegions = 0;
    for (const dashboard::LedgerRow& row : data.ledger.regions)
        inRegions += row.customers;
    EXPECT_EQ(inRegions, data.customers);
}

// Transactions written in date order, so each customer's purchases are
// spread over the whole table and both halves of the two-thread pass.
void buildInterleaved(const Database& db) {
    std::vector<Customer> customers(60);
    for (std::size_t c = 0; c < customers.size(); ++c) {
        customers[c].code = "C" + std::to_string(100 + c);
        customers[c].name = "Customer " + std::to_string(c);
        customers[c].owner = c % 3 ? "Ann" : "Bob";
        customers[c].createdOn = Date(2024, 1, 1);
    }
    const auto ids = CustomerStore(db).addBatch(customers);
    std::vector<Transaction> rows;
    for (int day = 0; day < 700; day += 3)
        for (std::size_t c = 0; c < ids.size(); ++c)
            if ((day / 3 + c) % (2 + c % 7) == 0) {
                Transaction t;
                t.customerId = ids[c];
                t.date = Date(2024, 7, 1) + boost::gregorian::days(day - static_cast<int>(c % 5 == 0 && day > 400) * 300);
                t.amount = static_cast<Money>(1000 + 37 * c + day) * (day % 41 == 0 ? -1 : 1);
                if (c % 2 && t.amount > 0)
                    t.cost = t.amount / 3;
                rows.push_back(t);
            }
    TransactionStore(db).addBatch(rows);
    replayLifecycles(db, Date(2026, 6, 30));
    for (std::size_t c = 0; c < ids.size(); c += 4) // manual changes at the table's end: both halves
        StageStore(db).setManual(ids[c], c % 8 ? Stage::Decline : Stage::Lost, Date(2025, 11, 15), "test");
}

clv::ClvModel usableModel() {
    clv::ClvModel model;
    model.purchases.params = {0.5, 10.0, 0.8, 2.5};
    model.purchases.status.converged = true;
    model.spend.params = {6.0, 4.0, 150000.0};
    model.spend.status.converged = true;
    return model;
}

TEST(DashboardSplitPass, CustomersSpreadOverBothHalvesCountExactlyOnce) {
    test::TempDb temp("dashboard-interleaved");
    buildInterleaved(temp.db());
    const clv::ClvModel model = usableModel();
    for (const Date asOf : {Date(2026, 5, 31), Date(2025, 9, 30)}) {
        ClvModelStore(temp.db()).save(model, asOf);
        const auto data = computeDashboard(temp.db(), {asOf, periodStartFor(asOf)}, {});
        AtRiskRequest request;
        request.asOf = asOf;
        request.limit = 0;
        expectSameRows(data->atRisk, computeAtRisk(temp.db(), request));
        const ParetoReport pareto = computePareto(temp.db(), asOf);
        EXPECT_EQ(data->value.revenue.total, pareto.revenue.total);
        EXPECT_EQ(data->value.tiers[0].customers, pareto.tiers[0].customers);
        const auto expected = rfmCounts(computeRfm(temp.db(), {asOf, std::nullopt}), {});
        for (int r = 0; r < 5; ++r)
            for (int f = 0; f < 5; ++f)
                EXPECT_EQ(data->rfm.cells[r][f].customers, expected[r][f]) << toIso(asOf);
        EXPECT_EQ(data->migration.matrix, segmentMigration(temp.db(), periodStartFor(asOf), asOf)) << toIso(asOf);
        const auto totals = stageTotals(temp.db(), asOf);
        const StageFlow flow = stageFlow(temp.db(), periodStartFor(asOf), asOf);
        for (std::size_t s = 0; s < kStageCount; ++s) {
            EXPECT_EQ(data->lifecycle.stages[s].customers, totals[s].customers) << toIso(asOf);
            for (std::size_t t = 0; t < kStageCount; ++t)
                EXPECT_EQ(data->flow.changes[s][t], flow[s][t]);
        }
    }
}

// The pass over the transactions as the app runs it while the stages are
// read: one thread until the other core is free, then a second reading the
// table from the top down. With the second joining after a few chunks, and
// with no second at all: the same totals and the same purchases (days and
// amounts, in order) for every customer.
TEST(DashboardSplitPass, ASecondReaderJoiningLateReadsWhatOneReadsAlone) {
    test::TempDb temp("dashboard-late-join");
    buildInterleaved(temp.db());
    const Date asOf(2026, 5, 31);
    ClvModelStore(temp.db()).save(usableModel(), asOf);
    const auto passOf = [&](int joinAfterReports) {
        dashboard::Facts facts;
        facts.period = {asOf, periodStartFor(asOf)};
        std::atomic<bool> secondCoreFree = false;
        int reports = 0;
        const DashboardProgress progress = [&](int) {
            if (++reports == joinAfterReports)
                secondCoreFree = true;
            else if (joinAfterReports > 0 && reports > joinAfterReports) // the first reader is asked before each chunk:
                std::this_thread::sleep_for(std::chrono::milliseconds(10)); // slowed, it leaves the second its share
            return true;
        };
        dashboard_scan::Scan scan{temp.db(), facts, progress, {}, {}, {}, false};
        dashboard_scan::readCustomers(scan);
        return dashboard_scan::scannedPass(scan, false, &secondCoreFree);
    };
    const dashboard_scan::Pass alone = passOf(0), joined = passOf(3);
    EXPECT_EQ(alone.secondReaderRows, 0);
    EXPECT_GT(joined.secondReaderRows, 0);
    ASSERT_EQ(alone.totals.size(), 60U);
    ASSERT_EQ(joined.totals.size(), alone.totals.size());
    ASSERT_TRUE(alone.model);
    EXPECT_EQ(joined.days, alone.days);
    EXPECT_EQ(joined.amounts, alone.amounts);
    for (std::size_t i = 0; i < alone.totals.size(); ++i) {
        const dashboard_scan::Totals &a = alone.totals[i], &b = joined.totals[i];
        EXPECT_EQ(b.purchases, a.purchases) << i;
        EXPECT_EQ(b.net, a.net) << i;
        EXPECT_EQ(b.cost, a.cost) << i;
        EXPECT_EQ(b.recent, a.recent) << i;
        EXPECT_EQ(b.baseline, a.baseline) << i;
        EXPECT_EQ(b.first, a.first) << i;
        EXPECT_EQ(b.last, a.last) << i;
        EXPECT_EQ(b.lastBefore, a.lastBefore) << i;
    }
}

// A stage change whose stage is not one of ours (a file edited by hand or
// damaged) stops the dashboard with an error naming it, in either column,
// rather than counting the customer somewhere.
TEST(DashboardOfADamagedFile, AnUnknownStageIsNamed) {
    for (const char* column : {"to_stage", "from_stage"}) {
        test::TempDb temp(std::string("dashboard-damaged-") + column);
        buildInterleaved(temp.db());
        temp.db().sql().exec(std::string("UPDATE stage_change SET ") + column +
                             " = 'golden' WHERE id = (SELECT max(id) FROM stage_change)");
        const Date asOf(2026, 5, 31);
        try {
            loadDashboardFacts(temp.db(), {asOf, periodStartFor(asOf)});
            ADD_FAILURE() << column << ": no error";
        } catch (const StoreError& e) {
            EXPECT_NE(std::string(e.what()).find("'golden', which is not a lifecycle stage"), std::string::npos)
                << e.what();
        }
    }
}

// As of the latest transaction the dashboard reads the kept totals, and the
// stage changes dated after the date are skipped as they are read: a manual
// change ten days later, and the derived ones of the weeks after the last
// purchase, count neither in the stages nor in the flow.
TEST(DashboardOfLaterChanges, ChangesAfterTheDateDoNotCountFromTheAggregates) {
    test::TempDb temp("dashboard-later-changes");
    buildInterleaved(temp.db());
    const Date asOf = fromDayNumber(latestTransactionDay(temp.db().sql()));
    const std::int64_t id = temp.db().sql().execAndGet("SELECT min(id) FROM customer").getInt64();
    const Stage before = StageStore(temp.db()).history(id).back().to;
    StageStore(temp.db()).setManual(id, before == Stage::Lost ? Stage::Stability : Stage::Lost,
                                    asOf + boost::gregorian::days(10), "after the date");
    ASSERT_GT(temp.db().sql().execAndGet("SELECT count(*) FROM stage_change WHERE day > " +
                                         std::to_string(toDayNumber(asOf))).getInt(), 1);

    const auto quick = loadDashboardFacts(temp.db(), {asOf, periodStartFor(asOf)}, {}, FactsDepth::Quick);
    ASSERT_FALSE(quick->riskAssessed); // from the kept totals
    const auto data = dashboard::summarize(*quick, {});
    const auto totals = stageTotals(temp.db(), asOf);
    for (std::size_t s = 0; s < totals.size(); ++s)
        EXPECT_EQ(data.lifecycle.stages[s].customers, totals[s].customers) << "stage " << s;
    EXPECT_EQ(quick->customers.front().stage, static_cast<std::uint8_t>(before));
    const StageFlow flow = stageFlow(temp.db(), periodStartFor(asOf), asOf);
    for (std::size_t f = 0; f < kStageCount; ++f)
        for (std::size_t t = 0; t < kStageCount; ++t)
            EXPECT_EQ(data.flow.changes[f][t], flow[f][t]) << f << " -> " << t;
}

TEST_F(DashboardQuery, QuickFactsFromTheAggregatesThenCompletedEqualTheFullOnes) {
    const dashboard::Period period{kAsOf, periodStartFor(kAsOf)};
    auto quick = *loadDashboardFacts(db(), period, {}, FactsDepth::Quick);
    const auto full = *loadDashboardFacts(db(), period);
    EXPECT_FALSE(quick.riskAssessed);
    EXPECT_TRUE(full.riskAssessed);
    const auto early = dashboard::summarize(quick, byOwner(someOwner(db())));
    const auto all = dashboard::summarize(full, byOwner(someOwner(db())));
    EXPECT_FALSE(early.riskAssessed);
    EXPECT_TRUE(early.atRisk.top.empty());
    EXPECT_EQ(early.migration.matrix.total(), 0); // needs the pass over the transactions
    EXPECT_GT(all.migration.matrix.total(), 0);
    for (std::size_t s = 0; s < kStageCount; ++s)
        EXPECT_EQ(early.lifecycle.stages[s].net, all.lifecycle.stages[s].net);
    for (int r = 0; r < 5; ++r)
        for (int f = 0; f < 5; ++f)
            EXPECT_EQ(early.rfm.cells[r][f].monetary, all.rfm.cells[r][f].monetary);
    EXPECT_EQ(early.value.revenue.customersFor80, all.value.revenue.customersFor80);
    EXPECT_EQ(early.cohorts.size(), all.cohorts.size());
    ASSERT_TRUE(completeDashboardFacts(db(), quick));
    const auto completed = dashboard::summarize(quick, {});
    const auto everyone = dashboard::summarize(full, {});
    EXPECT_EQ(completed.atRisk.customersAtRisk, everyone.atRisk.customersAtRisk);
    EXPECT_DOUBLE_EQ(completed.atRisk.expectedLoss, everyone.atRisk.expectedLoss);
    EXPECT_EQ(completed.migration.matrix, everyone.migration.matrix);
    // A past date cannot use the aggregates: quick is full there.
    EXPECT_TRUE(loadDashboardFacts(db(), {kPastAsOf, periodStartFor(kPastAsOf)}, {}, FactsDepth::Quick)->riskAssessed);
}

// The app's way: the quick facts handed over first, then all of them, with
// the pass over the transactions on its own thread meanwhile. Each must be
// exactly what the separate loads give.
TEST_F(DashboardQuery, QuickFirstThenAllEqualTheQuickAndTheFullLoads) {
    const dashboard::Period period{kAsOf, periodStartFor(kAsOf)};
    const dashboard::Filter filter = byOwner(someOwner(db()));
    std::vector<dashboard::DashboardData> handed;
    const auto all = loadDashboardFacts(db(), period, {}, [&](const dashboard::Facts& quick) {
        EXPECT_FALSE(quick.riskAssessed);
        handed.push_back(dashboard::summarize(quick, filter));
    });
    ASSERT_TRUE(all);
    ASSERT_EQ(handed.size(), 1U);
    const auto quick = dashboard::summarize(*loadDashboardFacts(db(), period, {}, FactsDepth::Quick), filter);
    for (std::size_t s = 0; s < kStageCount; ++s) {
        EXPECT_EQ(handed[0].lifecycle.stages[s].customers, quick.lifecycle.stages[s].customers);
        EXPECT_EQ(handed[0].lifecycle.stages[s].net, quick.lifecycle.stages[s].net);
    }
    EXPECT_EQ(handed[0].value.revenue.customersFor80, quick.value.revenue.customersFor80);
    ASSERT_EQ(handed[0].ledger.owners.size(), quick.ledger.owners.size());
    for (std::size_t i = 0; i < quick.ledger.owners.size(); ++i)
        EXPECT_EQ(handed[0].ledger.owners[i].openComplaints, quick.ledger.owners[i].openComplaints);

    const auto full = *loadDashboardFacts(db(), period);
    for (const dashboard::Filter& f : {dashboard::Filter{}, filter}) {
        const auto got = dashboard::summarize(*all, f);
        const auto want = dashboard::summarize(full, f);
        EXPECT_TRUE(got.riskAssessed);
        EXPECT_EQ(got.atRisk.customersAtRisk, want.atRisk.customersAtRisk);
        EXPECT_DOUBLE_EQ(got.atRisk.expectedLoss, want.atRisk.expectedLoss);
        ASSERT_EQ(got.atRisk.top.size(), want.atRisk.top.size());
        for (std::size_t i = 0; i < got.atRisk.top.size(); ++i) {
            EXPECT_EQ(got.atRisk.top[i].customerId, want.atRisk.top[i].customerId);
            EXPECT_EQ(got.atRisk.top[i].reason, want.atRisk.top[i].reason);
            EXPECT_EQ(got.atRisk.top[i].warningSigns.declining, want.atRisk.top[i].warningSigns.declining);
        }
        EXPECT_EQ(got.migration.matrix, want.migration.matrix);
        for (std::size_t s = 0; s < kStageCount; ++s)
            EXPECT_EQ(got.lifecycle.stages[s].customers, want.lifecycle.stages[s].customers);
    }
    EXPECT_GT(dashboard::summarize(*all, {}).atRisk.customersAtRisk, 0);
    // A past date has no quick facts: nothing handed over, all facts at once.
    bool called = false;
    const auto past = loadDashboardFacts(db(), {kPastAsOf, periodStartFor(kPastAsOf)}, {},
                                         [&](const dashboard::Facts&) { called = true; });
    EXPECT_FALSE(called);
    EXPECT_TRUE(past->riskAssessed);
}

// The pass over the transactions done before the stages are read (a small
// file; here the stage read held up at its last progress report): the
// candidates are kept unscored and ranked once the stages are in, with the
// same ranking as the full load's.
TEST_F(DashboardQuery, APassDoneBeforeTheStagesRanksTheSameAtRiskCustomers) {
    const dashboard::Period period{kAsOf, periodStartFor(kAsOf)};
    bool held = false;
    const auto slowStages = [&](int percent) {
        if (percent == 20 && !held) { // the stages read, not yet handed to the pass
            held = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
        }
        return true;
    };
    const auto all = loadDashboardFacts(db(), period, slowStages, [](const dashboard::Facts&) {});
    ASSERT_TRUE(all && held);
    const auto full = *loadDashboardFacts(db(), period);
    ASSERT_EQ(all->atRisk.size(), full.atRisk.size());
    for (std::size_t i = 0; i < full.atRisk.size(); ++i) {
        EXPECT_EQ(all->atRisk[i].customer, full.atRisk[i].customer) << i;
        EXPECT_DOUBLE_EQ(all->atRisk[i].score, full.atRisk[i].score) << i;
        EXPECT_EQ(all->atRisk[i].warningSigns.declining, full.atRisk[i].warningSigns.declining) << i;
    }
    EXPECT_GT(full.atRisk.size(), 0U);
}

// What the app shows once the pass is done: the quick panels kept, those of
// the pass added; the same numbers as summarising the complete facts.
TEST_F(DashboardQuery, CompletingTheQuickPanelsEqualsSummarisingAllFacts) {
    const dashboard::Period period{kAsOf, periodStartFor(kAsOf)};
    const auto quick = *loadDashboardFacts(db(), period, {}, FactsDepth::Quick);
    const auto full = *loadDashboardFacts(db(), period);
    for (const dashboard::Filter& f : {dashboard::Filter{}, byOwner(someOwner(db()))}) {
        const auto got = dashboard::completed(dashboard::summarize(quick, f), full);
        const auto want = dashboard::summarize(full, f);
        EXPECT_TRUE(got.riskAssessed);
        EXPECT_EQ(got.customers, want.customers);
        EXPECT_EQ(got.atRisk.customersAtRisk, want.atRisk.customersAtRisk);
        EXPECT_DOUBLE_EQ(got.atRisk.valueAtStake, want.atRisk.valueAtStake);
        ASSERT_EQ(got.atRisk.top.size(), want.atRisk.top.size());
        for (std::size_t i = 0; i < got.atRisk.top.size(); ++i)
            EXPECT_EQ(got.atRisk.top[i].customerId, want.atRisk.top[i].customerId);
        EXPECT_EQ(got.migration.matrix, want.migration.matrix);
        EXPECT_EQ(got.migration.moved, want.migration.moved);
        EXPECT_EQ(got.clv.hasModel, want.clv.hasModel);
        EXPECT_EQ(got.clv.clvCounts, want.clv.clvCounts);
        EXPECT_EQ(got.clv.aliveCounts, want.clv.aliveCounts);
        EXPECT_DOUBLE_EQ(got.clv.expectedRevenue, want.clv.expectedRevenue);
        for (std::size_t s = 0; s < kStageCount; ++s)
            EXPECT_EQ(got.lifecycle.stages[s].net, want.lifecycle.stages[s].net);
        EXPECT_EQ(got.value.revenue.customersFor80, want.value.revenue.customersFor80);
        EXPECT_EQ(got.cohorts.size(), want.cohorts.size());
        EXPECT_EQ(got.history.size(), want.history.size());
    }
}

// A new file: the dashboard of nobody, the app's way, without a failure.
TEST(DashboardOfANewFile, QuickFirstThenAllOfNoCustomers) {
    test::TempDb empty("dashboard-empty");
    int handed = 0;
    const auto facts = loadDashboardFacts(empty.db(), {kAsOf, periodStartFor(kAsOf)}, {},
                                          [&](const dashboard::Facts& quick) {
                                              ++handed;
                                              EXPECT_TRUE(quick.customers.empty());
                                          });
    ASSERT_TRUE(facts);
    EXPECT_EQ(handed, 1);
    EXPECT_TRUE(facts->riskAssessed);
    const auto data = dashboard::completed(dashboard::summarize(*facts, {}), *facts);
    EXPECT_EQ(data.customers, 0);
    EXPECT_TRUE(data.atRisk.top.empty());
    EXPECT_EQ(data.migration.matrix.total(), 0);
}

TEST_F(DashboardQuery, QuickFirstCancelledWhileThePassRunsGivesNothing) {
    const dashboard::Period period{kAsOf, periodStartFor(kAsOf)};
    bool handed = false;
    const auto facts = loadDashboardFacts(
        db(), period, [&](int) { return !handed; }, // stop once the quick facts were handed over
        [&](const dashboard::Facts&) { handed = true; });
    EXPECT_TRUE(handed);
    EXPECT_FALSE(facts);
}

TEST_F(DashboardQuery, FilterOnAnUnknownValueSelectsNobody) {
    dashboard::Filter atlantis;
    atlantis.region = "Atlantis";
    const auto data = compute(kAsOf, atlantis);
    EXPECT_EQ(data.customers, 0);
    EXPECT_EQ(data.rfm.scored, 0);
    EXPECT_TRUE(data.atRisk.top.empty());
}

TEST_F(DashboardQuery, CancelledByTheProgressCallback) {
    int calls = 0;
    const auto facts = loadDashboardFacts(db(), {kAsOf, periodStartFor(kAsOf)},
                                          [&](int) { return ++calls < 2; });
    EXPECT_FALSE(facts);
    EXPECT_THROW(loadDashboardFacts(db(), {kAsOf, Date(2026, 7, 1)}), ValidationError);
}

} // namespace
