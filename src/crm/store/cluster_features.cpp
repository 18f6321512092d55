#include "crm/store/cluster_features.h"

#include "crm/store/mapped_reads.h"
#include "crm/store/database.h"
#include "crm/store/rfm_scan.h"
#include "crm/store/sql_util.h"
#include "crm/store/transaction_days.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <limits>

namespace crm {

namespace {

using clusters::CustomerFeatures;

// As of every transaction: code and features in one scan of the customer table.
std::vector<ClusterCustomer> fromAggregates(SQLite::Database& sql, std::int64_t asOfDay) {
    std::vector<ClusterCustomer> out;
    RfmScan st(sql, "SELECT id, code, last_purchase, purchase_count, net_amount, costed_amount, "
                    "cost FROM customer WHERE purchase_count > 0");
    while (st.step()) {
        ClusterCustomer& c = out.emplace_back();
        c.code = st.text(1);
        c.features = {st.int64(0), asOfDay - st.int64(2), st.int64(3),
                      st.int64(4), st.int64(5),           st.int64(6)};
    }
    return out;
}

struct Ledger {
    std::int64_t lastPurchase = std::numeric_limits<std::int64_t>::min();
    CustomerFeatures features;
};

// Past dates: one pass over the transactions into a vector indexed by id.
std::vector<Ledger> accumulate(SQLite::Database& sql, std::int64_t asOfDay) {
    const auto maxId = sql.execAndGet("SELECT ifnull(max(id), 0) FROM customer").getInt64();
    std::vector<Ledger> byId(static_cast<std::size_t>(maxId) + 1);
    RfmScan st(sql, "SELECT customer_id, day, amount, cost FROM txn WHERE day <= ?");
    st.bind(1, asOfDay);
    while (st.step()) {
        Ledger& l = byId[static_cast<std::size_t>(st.int64(0))];
        const Money amount = st.int64(2);
        l.features.monetary += amount;
        if (!st.isNull(3)) {
            l.features.costedRevenue += amount;
            l.features.cost += st.int64(3);
        }
        if (amount >= 0) {
            ++l.features.frequency;
            l.lastPurchase = std::max(l.lastPurchase, st.int64(1));
        }
    }
    return byId;
}

// Codes come from the code index, so the rows come out ordered by code.
std::vector<ClusterCustomer> fromTransactions(SQLite::Database& sql, std::int64_t asOfDay) {
    const auto byId = accumulate(sql, asOfDay);
    std::vector<ClusterCustomer> out;
    RfmScan st(sql, "SELECT id, code FROM customer ORDER BY code");
    while (st.step()) {
        const auto id = static_cast<std::size_t>(st.int64(0));
        if (id >= byId.size() || byId[id].features.frequency == 0)
            continue;
        ClusterCustomer& c = out.emplace_back();
        c.code = st.text(1);
        c.features = byId[id].features;
        c.features.customerId = static_cast<std::int64_t>(id);
        c.features.recencyDays = asOfDay - byId[id].lastPurchase;
    }
    return out;
}

void sortByCode(std::vector<ClusterCustomer>& rows) {
    const auto byCode = [](const ClusterCustomer& a, const ClusterCustomer& b) {
        return a.code < b.code;
    };
    if (!std::is_sorted(rows.begin(), rows.end(), byCode)) // codes often follow ids
        std::sort(rows.begin(), rows.end(), byCode);
}

} // namespace

std::vector<ClusterCustomer> loadClusterCustomers(const Database& db, Date asOf) {
    try {
        const MappedReads mapped(db.sql());
        const std::int64_t asOfDay = toDayNumber(asOf);
        if (asOfDay < latestTransactionDay(db.sql()))
            return fromTransactions(db.sql(), asOfDay);
        auto rows = fromAggregates(db.sql(), asOfDay);
        sortByCode(rows);
        return rows;
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "reading customer behaviour as of " + toIso(asOf));
    }
}

ClusterReport computeClusters(const Database& db, Date asOf,
                              const clusters::GroupingOptions& options) {
    ClusterReport report;
    report.customers = loadClusterCustomers(db, asOf);
    std::vector<CustomerFeatures> features;
    features.reserve(report.customers.size());
    for (const ClusterCustomer& c : report.customers)
        features.push_back(c.features);
    report.grouping = clusters::groupCustomers(features, options);
    return report;
}

} // namespace crm
