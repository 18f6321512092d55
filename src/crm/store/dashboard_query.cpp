#include "crm/store/dashboard_query.h"

#include "crm/errors.h"
#include "crm/names.h"
#include "crm/store/mapped_reads.h"
#include "crm/store/dashboard_background.h"
#include "crm/store/dashboard_scan.h"
#include "crm/store/database.h"
#include "crm/store/lifecycle_timeline.h"
#include "crm/store/sql_util.h"
#include "crm/store/transaction_days.h"

#include <SQLiteCpp/Database.h>
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <algorithm>
#include <cmath>
#include <exception>
#include <thread>

namespace crm {

namespace dashboard_scan {

void Scan::report(int from, int to, double fraction) const {
    if (!progress)
        return;
    const double percent = from + (to - from) * std::clamp(fraction, 0.0, 1.0);
    if (!progress(static_cast<int>(std::lround(percent))))
        throw Cancelled{};
}

} // namespace dashboard_scan

namespace {

using dashboard_scan::Scan;

void readOpenComplaints(Scan& scan) {
    SQLite::Statement st(scan.db.sql(),
                         "SELECT customer_id, count(*) FROM interaction "
                         "WHERE complaint_status IN ('open', 'in-progress') GROUP BY customer_id");
    while (st.executeStep())
        if (const auto i = scan.indexOf(st.getColumn(0).getInt64()); i != dashboard_scan::kNoIndex)
            scan.facts.customers[i].openComplaints = st.getColumn(1).getInt();
}

// Whether reading the stage changes takes about as long as the pass over
// the transactions (a replayed timeline: 8 changes a customer against 10
// purchases): then the pass takes one core and the stages the other; else
// (few changes) the pass takes both once the stages are read. By the
// largest row ids, which SQLite finds through the key.
bool stageReadIsLong(SQLite::Database& sql) {
    const auto changes = sql.execAndGet("SELECT ifnull(max(id), 0) FROM stage_change").getInt64();
    const auto transactions = sql.execAndGet("SELECT ifnull(max(id), 0) FROM txn").getInt64();
    return changes * 4 > transactions;
}

// The stages on this thread while the ranking and scores are derived from
// the customers' totals on another.
void readStagesAndDerive(Scan& scan) {
    std::exception_ptr failed;
    std::thread derive([&scan, &failed] {
        try {
            dashboard_scan::deriveFromTotals(scan);
        } catch (...) {
            failed = std::current_exception();
        }
    });
    try {
        dashboard_scan::readStages(scan);
    } catch (...) {
        derive.join();
        throw;
    }
    derive.join();
    if (failed)
        std::rethrow_exception(failed);
}

// From the aggregates, with the pass over the transactions (when wanted)
// on a thread of its own meanwhile: the quick facts go to `quickFirst`,
// then the pass completes them.
void readFromAggregates(Scan& scan, const QuickFacts& quickFirst) {
    std::optional<dashboard_scan::BackgroundPass> pass;
    if (quickFirst)
        pass.emplace(scan, stageReadIsLong(scan.db.sql()));
    readStagesAndDerive(scan);
    readOpenComplaints(scan);
    if (!pass)
        return;
    pass->stagesRead();
    scan.report(20, 20, 1.0);
    quickFirst(scan.facts);
    dashboard_scan::PreparedRisk prepared = pass->wait(scan, 20, 90);
    dashboard_scan::finishRisk(scan, std::move(prepared));
}

dashboard::Facts readFacts(const Database& db, const dashboard::Period& period,
                           const DashboardProgress& progress, FactsDepth depth, const QuickFacts& quickFirst) {
    dashboard::Facts facts;
    facts.period = period;
    facts.currencyDecimals = db.currency().decimals;
    facts.currencyCode = db.currency().code;
    facts.timelineAsOf = lifecycleTimelineAsOf(db);
    Scan scan{db, facts, progress, {}, {}, {}, false};
    scan.fromAggregates = (depth == FactsDepth::Quick || quickFirst) &&
                          toDayNumber(period.asOf) >= latestTransactionDay(db.sql());
    const MappedReads mapped(db.sql());
    const sql::ScopedCacheSize smallCache(db.sql(), dashboard_scan::kScanCacheKiB);
    dashboard_scan::readCustomers(scan);
    if (scan.fromAggregates) {
        readFromAggregates(scan, quickFirst);
    } else {
        dashboard_scan::readStages(scan);
        dashboard_scan::readPurchases(scan, false);
        readOpenComplaints(scan);
    }
    scan.report(100, 100, 1.0);
    return facts;
}

[[noreturn]] void rethrow(const SQLite::Exception& e, const dashboard::Period& period) {
    sql::rethrow(e, "reading the dashboard as of " + toIso(period.asOf));
}

std::optional<dashboard::Facts> loaded(const Database& db, const dashboard::Period& period,
                                       const DashboardProgress& progress, FactsDepth depth,
                                       const QuickFacts& quickFirst) {
    if (period.asOf < period.start)
        throw ValidationError({{"period", "the period starts on " + toIso(period.start) +
                                              ", after its end " + toIso(period.asOf)}});
    try {
        return readFacts(db, period, progress, depth, quickFirst);
    } catch (const dashboard_scan::Cancelled&) {
        return std::nullopt;
    } catch (const SQLite::Exception& e) {
        rethrow(e, period);
    }
}

} // namespace

std::optional<dashboard::Facts> loadDashboardFacts(const Database& db, const dashboard::Period& period,
                                                   const DashboardProgress& progress, FactsDepth depth) {
    return loaded(db, period, progress, depth, {});
}

std::optional<dashboard::Facts> loadDashboardFacts(const Database& db, const dashboard::Period& period,
                                                   const DashboardProgress& progress,
                                                   const QuickFacts& quickFirst) {
    return loaded(db, period, progress, FactsDepth::Full, quickFirst);
}

bool completeDashboardFacts(const Database& db, dashboard::Facts& facts, const DashboardProgress& progress) {
    if (facts.riskAssessed)
        return true;
    // Only the last, uncancellable step writes to `facts`: cancelling leaves them as they were.
    Scan scan{db, facts, progress, {}, {}, {}, true};
    scan.indexById.assign(facts.customers.empty() ? 1 : static_cast<std::size_t>(facts.customers.back().id) + 1,
                          dashboard_scan::kNoIndex);
    for (std::uint32_t i = 0; i < facts.customers.size(); ++i) {
        scan.indexById[static_cast<std::size_t>(facts.customers[i].id)] = i;
        scan.purchaseCounts.push_back(facts.customers[i].purchases);
    }
    try {
        const MappedReads mapped(db.sql());
        const sql::ScopedCacheSize smallCache(db.sql(), dashboard_scan::kScanCacheKiB);
        dashboard_scan::readPurchases(scan, true);
        scan.report(100, 100, 1.0);
    } catch (const dashboard_scan::Cancelled&) {
        return false;
    } catch (const SQLite::Exception& e) {
        rethrow(e, facts.period);
    }
    return true;
}

void fillNames(const Database& db, dashboard::AtRiskPanel& panel) {
    try {
        SQLite::Statement st(db.sql(), "SELECT code, name FROM customer WHERE id = ?");
        for (dashboard::AtRiskRow& row : panel.top) {
            st.bind(1, row.customerId);
            if (st.executeStep()) {
                row.code = st.getColumn(0).getString();
                row.name = st.getColumn(1).getString();
            }
            st.reset();
        }
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "naming the customers at risk");
    }
}

std::optional<dashboard::DashboardData> computeDashboard(const Database& db,
                                                         const dashboard::Period& period,
                                                         const dashboard::Filter& filter,
                                                         const DashboardProgress& progress) {
    const auto facts = loadDashboardFacts(db, period, progress);
    if (!facts)
        return std::nullopt;
    dashboard::DashboardData data = dashboard::summarize(*facts, filter);
    fillNames(db, data.atRisk);
    return data;
}

Date periodStartFor(Date asOf, int months) {
    const Date first(asOf.year(), asOf.month(), 1);
    return first - boost::gregorian::months(std::max(1, months) - 1);
}

} // namespace crm
