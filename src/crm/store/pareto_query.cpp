#include "crm/store/pareto_query.h"

#include "crm/store/database.h"
#include "crm/store/sql_util.h"
#include "crm/store/transaction_days.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <unordered_map>

namespace crm {

namespace {

// Costs count as recorded when costed revenue or cost is not zero: all the
// aggregates can tell (ClvHistory::hasCosts uses the same test).
std::optional<Money> marginOf(Money costedRevenue, Money cost) {
    if (costedRevenue == 0 && cost == 0)
        return std::nullopt;
    return costedRevenue - cost;
}

std::vector<CustomerRevenue> fromAggregates(SQLite::Database& sql) {
    std::vector<CustomerRevenue> out;
    SQLite::Statement st(sql, "SELECT id, net_amount, costed_amount, cost FROM customer "
                              "WHERE purchase_count > 0 OR net_amount != 0 ORDER BY id");
    while (st.executeStep())
        out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getInt64(),
                       marginOf(st.getColumn(2).getInt64(), st.getColumn(3).getInt64())});
    return out;
}

struct Ledger {
    Money net = 0;
    Money costedRevenue = 0;
    Money cost = 0;
};

std::vector<CustomerRevenue> fromTransactions(SQLite::Database& sql, std::int64_t asOfDay) {
    std::unordered_map<std::int64_t, Ledger> byCustomer;
    SQLite::Statement st(sql, "SELECT customer_id, amount, cost FROM txn WHERE day <= ?");
    st.bind(1, asOfDay);
    while (st.executeStep()) {
        Ledger& ledger = byCustomer[st.getColumn(0).getInt64()];
        const Money amount = st.getColumn(1).getInt64();
        ledger.net += amount;
        if (!st.getColumn(2).isNull()) {
            ledger.costedRevenue += amount;
            ledger.cost += st.getColumn(2).getInt64();
        }
    }
    std::vector<CustomerRevenue> out;
    out.reserve(byCustomer.size());
    for (const auto& [id, ledger] : byCustomer)
        out.push_back({id, ledger.net, marginOf(ledger.costedRevenue, ledger.cost)});
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.customerId < b.customerId; });
    return out;
}

} // namespace

std::vector<CustomerRevenue> loadCustomerRevenues(const Database& db, Date asOf) {
    const std::int64_t asOfDay = toDayNumber(asOf);
    if (asOfDay >= latestTransactionDay(db.sql()))
        return fromAggregates(db.sql());
    return fromTransactions(db.sql(), asOfDay);
}

ParetoReport computePareto(const Database& db, Date asOf, int points) {
    const std::vector<CustomerRevenue> customers = loadCustomerRevenues(db, asOf);
    std::vector<Money> revenues;
    std::vector<Money> margins;
    revenues.reserve(customers.size());
    for (const CustomerRevenue& c : customers) {
        revenues.push_back(c.netRevenue);
        if (c.margin)
            margins.push_back(*c.margin);
    }
    ParetoReport report;
    report.revenue = pareto::concentration(revenues);
    report.revenueCurve = pareto::concentrationCurve(revenues, points);
    report.tiers = pareto::abcTiers(revenues);
    if (!margins.empty()) {
        report.margin = pareto::concentration(margins);
        report.whale = pareto::whaleCurve(margins, points);
    }
    return report;
}

} // namespace crm
