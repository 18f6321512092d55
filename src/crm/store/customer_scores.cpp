#include "crm/store/customer_scores.h"

#include "crm/analytics/potential_value.h"
#include "crm/store/database.h"
#include "crm/store/rfm_query.h"
#include "crm/store/rfm_snapshot.h"
#include "crm/store/sql_util.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <cmath>

namespace crm {

std::vector<Date> rfmScoreDates(Date asOf, int months) {
    auto dates = rfm::monthEndsUpTo(asOf, months);
    if (dates.empty() || dates.back() != asOf)
        dates.push_back(asOf);
    return dates;
}

std::vector<rfm::DatedAmount> datedAmounts(std::span<const Transaction> transactions) {
    std::vector<rfm::DatedAmount> out;
    out.reserve(transactions.size());
    for (const Transaction& t : transactions)
        out.push_back({t.date, t.amount});
    return out;
}

namespace {

// While alive, SQLite checks `stop` every few thousand steps of the
// connection's statements and interrupts them once it is set.
class StopCheck {
public:
    StopCheck(const Database& db, const std::atomic<bool>& stop) : m_handle(db.sql().getHandle()) {
        sqlite3_progress_handler(m_handle, 4000, &StopCheck::stopRequested,
                                 const_cast<std::atomic<bool>*>(&stop));
    }
    StopCheck(const StopCheck&) = delete;
    StopCheck& operator=(const StopCheck&) = delete;
    ~StopCheck() { sqlite3_progress_handler(m_handle, 0, nullptr, nullptr); }

private:
    static int stopRequested(void* stop) {
        return static_cast<std::atomic<bool>*>(stop)->load() ? 1 : 0;
    }
    sqlite3* m_handle;
};

} // namespace

std::optional<rfm::Cutpoints> computeCutpoints(const Database& db, Date asOf, bool keep,
                                               const std::atomic<bool>& stop) {
    if (stop)
        return std::nullopt;
    const StopCheck check(db, stop);
    try {
        if (keep)
            return snapshotCutpoints(db, asOf);
        return rfm::cutpointsOf(loadBehaviours(db, RfmRequest{asOf, std::nullopt}));
    } catch (const std::exception&) {
        if (stop) // interrupted on purpose: nothing was stored
            return std::nullopt;
        throw;
    }
}

HistoricalValue historicalValue(std::span<const Transaction> transactions, Date asOf) {
    HistoricalValue value;
    Money costed = 0, cost = 0;
    for (const Transaction& t : transactions) {
        if (t.date > asOf)
            continue;
        value.netRevenue += t.amount;
        if (t.cost) {
            costed += t.amount;
            cost += *t.cost;
        }
    }
    // Costs count as recorded by the same test as ClvHistory::hasCosts.
    if (costed != 0 || cost != 0)
        value.margin = costed - cost;
    return value;
}

std::optional<StoredClvModel> latestClvModelUpTo(const Database& db, Date asOf) {
    try {
        SQLite::Statement st(db.sql(), "SELECT as_of FROM clv_model WHERE converged = 1 AND "
                                       "as_of <= ? ORDER BY as_of DESC, id DESC LIMIT 1");
        sql::bindDate(st, 1, asOf);
        if (!st.executeStep())
            return std::nullopt;
        // The newest model of that date, read the one way the model store reads it.
        return ClvModelStore(db).latest(sql::dateColumn(st.getColumn(0)));
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "looking up the lifetime-value model");
    }
}

namespace {

std::vector<clv::Purchase> purchasesOf(std::span<const Transaction> transactions) {
    std::vector<clv::Purchase> purchases;
    purchases.reserve(transactions.size());
    for (const Transaction& t : transactions)
        purchases.push_back({t.date, t.amount});
    return purchases;
}

} // namespace

CustomerValuation valueCustomer(const clv::ClvModel& model, const Customer& customer,
                                std::span<const Transaction> transactions, Date asOf,
                                const clv::ClvOptions& options) {
    CustomerValuation valuation;
    const auto summary = clv::summarize(purchasesOf(transactions), asOf, model.unit);
    if (!summary)
        return valuation;
    valuation.value = clv::predictCustomerValue(model, *summary, options);
    if (customer.annualCategorySpend && std::isfinite(valuation.value->lifetimeValue))
        valuation.potentialValue = clv::potentialValue(*customer.annualCategorySpend,
                                                       valuation.value->lifetimeValue, options);
    return valuation;
}

} // namespace crm
