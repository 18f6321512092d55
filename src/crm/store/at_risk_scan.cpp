#include "crm/store/at_risk_scan.h"

#include "crm/errors.h"
#include "crm/store/rfm_scan.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>

namespace crm {

namespace {

void reserve(RiskScan& scan, std::int64_t id, std::int64_t purchases, std::size_t& next) {
    RiskLedger& ledger = scan.ledgers[static_cast<std::size_t>(id)];
    ledger.inScope = true;
    ledger.offset = next;
    ledger.capacity = static_cast<std::size_t>(purchases);
    next += ledger.capacity;
}

// Marks the customers in scope and gives each a slice for its purchases.
// (RfmScan binds only integers: the owner's name goes through SQLiteCpp.)
void reserveSlots(SQLite::Database& sql, const std::optional<std::string>& owner, RiskScan& scan) {
    std::size_t next = 0;
    if (owner) {
        SQLite::Statement st(sql, "SELECT id, purchase_count FROM customer "
                                  "WHERE purchase_count > 0 AND owner = ? COLLATE NOCASE");
        st.bind(1, *owner);
        while (st.executeStep())
            reserve(scan, st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), next);
    } else {
        RfmScan st(sql, "SELECT id, purchase_count FROM customer WHERE purchase_count > 0");
        while (st.step())
            reserve(scan, st.int64(0), st.int64(1), next);
    }
    scan.days.resize(next);
    scan.amounts.resize(next);
}

void addToLedger(RiskScan& scan, std::size_t id, const RiskWindow& w, std::int64_t day,
                 Money amount) {
    RiskLedger& l = scan.ledgers[id];
    l.net += amount;
    l.recent += day > w.recentAfter ? amount : 0;
    l.baseline += day > w.baselineAfter && day <= w.recentAfter ? amount : 0;
    if (amount < 0)
        return;
    if (l.count == l.capacity) // the kept purchase count is below the transactions
        throw StoreError(StoreError::Kind::Damaged,
                         "customer " + std::to_string(id) +
                             ": kept purchase count disagrees with its transactions");
    l.firstPurchase = std::min(l.firstPurchase, day);
    scan.days[l.offset + l.count] = day;
    scan.amounts[l.offset + l.count] = amount;
    ++l.count;
}

void addTransaction(RiskScan& scan, std::size_t id, const RiskWindow& w, std::int64_t day,
                    Money amount) {
    if (amount >= 0) {
        scan.lastNow[id] = std::max(scan.lastNow[id], day);
        if (day <= w.beforeDay)
            scan.lastBefore[id] = std::max(scan.lastBefore[id], day);
    }
    if (scan.ledgers[id].inScope)
        addToLedger(scan, id, w, day, amount);
}

} // namespace

RiskScan scanForRisk(SQLite::Database& sql, const RiskWindow& window,
                     const std::optional<std::string>& owner) {
    const auto maxId = sql.execAndGet("SELECT ifnull(max(id), 0) FROM customer").getInt64();
    const auto size = static_cast<std::size_t>(maxId) + 1;
    RiskScan scan{std::vector<std::int64_t>(size, kNoDay), std::vector<std::int64_t>(size, kNoDay),
                  std::vector<RiskLedger>(size), {}, {}};
    reserveSlots(sql, owner, scan);
    RfmScan st(sql, "SELECT customer_id, day, amount FROM txn WHERE day <= ?");
    st.bind(1, window.asOfDay);
    while (st.step())
        addTransaction(scan, static_cast<std::size_t>(st.int64(0)), window, st.int64(1),
                       st.int64(2));
    return scan;
}

} // namespace crm
