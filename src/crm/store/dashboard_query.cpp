#include "crm/store/dashboard_query.h"

#include "crm/errors.h"
#include "crm/names.h"
#include "crm/store/mapped_reads.h"
#include "crm/store/dashboard_scan.h"
#include "crm/store/database.h"
#include "crm/store/lifecycle_timeline.h"
#include "crm/store/rfm_scan.h"
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

namespace {

// Columns 6..11 of readCustomers' query: the totals when the date is on or
// after every transaction.
void copyAggregates(const RfmScan& st, dashboard::CustomerFacts& c) {
    c.purchases = st.int64(6);
    c.net = st.int64(9);
    c.costedRevenue = st.int64(10);
    c.cost = st.int64(11);
    c.hasTransactions = c.purchases > 0 || c.net != 0; // refunds are negative
    if (c.purchases > 0) {
        c.firstPurchase = static_cast<std::int32_t>(st.int64(7));
        c.lastPurchase = static_cast<std::int32_t>(st.int64(8));
    }
}

} // namespace

void readCustomers(Scan& scan) {
    SQLite::Database& sql = scan.db.sql();
    const auto maxId = sql.execAndGet("SELECT ifnull(max(id), 0) FROM customer").getInt64();
    scan.indexById.assign(static_cast<std::size_t>(maxId) + 1, kNoIndex);
    auto& customers = scan.facts.customers;
    customers.reserve(static_cast<std::size_t>(maxId));
    RfmScan st(sql, "SELECT id, kind, owner, region, industry, created_on, purchase_count, "
                    "first_purchase, last_purchase, net_amount, costed_amount, cost FROM customer ORDER BY id");
    while (st.step()) {
        dashboard::CustomerFacts& c = customers.emplace_back();
        c.id = st.int64(0);
        c.kind = st.text(1) == toKey(CustomerKind::Person) ? CustomerKind::Person
                                                           : CustomerKind::Organisation;
        c.owner = scan.facts.owners.indexOf(st.text(2));
        c.region = scan.facts.regions.indexOf(st.text(3));
        c.industry = scan.facts.industries.indexOf(st.text(4));
        scan.indexById[static_cast<std::size_t>(c.id)] = static_cast<std::uint32_t>(customers.size() - 1);
        scan.created.push_back(static_cast<std::int32_t>(st.int64(5)));
        scan.purchaseCounts.push_back(st.int64(6));
        if (scan.fromAggregates)
            copyAggregates(st, c);
        if (customers.size() % kProgressEvery == 0)
            scan.report(0, 10, static_cast<double>(c.id) / static_cast<double>(maxId));
    }
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

dashboard::Facts readFacts(const Database& db, const dashboard::Period& period,
                           const DashboardProgress& progress, FactsDepth depth) {
    dashboard::Facts facts;
    facts.period = period;
    facts.currencyDecimals = db.currency().decimals;
    facts.currencyCode = db.currency().code;
    facts.timelineAsOf = lifecycleTimelineAsOf(db);
    Scan scan{db, facts, progress, {}, {}, {}, false};
    scan.fromAggregates = depth == FactsDepth::Quick && toDayNumber(period.asOf) >= latestTransactionDay(db.sql());
    const MappedReads mapped(db.sql());
    dashboard_scan::readCustomers(scan);
    if (scan.fromAggregates) {
        // The ranking and scores need no store: computed while the stages are read.
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
    } else {
        dashboard_scan::readStages(scan);
        dashboard_scan::readPurchases(scan, false);
    }
    readOpenComplaints(scan);
    scan.report(100, 100, 1.0);
    return facts;
}

[[noreturn]] void rethrow(const SQLite::Exception& e, const dashboard::Period& period) {
    sql::rethrow(e, "reading the dashboard as of " + toIso(period.asOf));
}

} // namespace

std::optional<dashboard::Facts> loadDashboardFacts(const Database& db, const dashboard::Period& period,
                                                   const DashboardProgress& progress, FactsDepth depth) {
    if (period.asOf < period.start)
        throw ValidationError({{"period", "the period starts on " + toIso(period.start) +
                                              ", after its end " + toIso(period.asOf)}});
    try {
        return readFacts(db, period, progress, depth);
    } catch (const dashboard_scan::Cancelled&) {
        return std::nullopt;
    } catch (const SQLite::Exception& e) {
        rethrow(e, period);
    }
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
