#include "crm/store/rfm_query.h"

#include "crm/analytics/rfm_cutpoints.h"
#include "crm/store/database.h"
#include "crm/store/mapped_reads.h"
#include "crm/store/rfm_scan.h"
#include "crm/store/transaction_days.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <limits>

namespace crm {

namespace {

// A million customers is the expected size: the hot paths below avoid hash
// maps (ids index a vector) and per-customer binary searches (scores come
// from the score boundaries, see rfm_cutpoints.h). bench/README.md, "RFM".

bool fastPath(const Database& db, const RfmRequest& request) {
    return !request.windowDays && toDayNumber(request.asOf) >= latestTransactionDay(db.sql());
}

std::int64_t maxCustomerId(SQLite::Database& sql) {
    return sql.execAndGet("SELECT ifnull(max(id), 0) FROM customer").getInt64();
}

struct Accumulator {
    std::int64_t lastPurchase = std::numeric_limits<std::int64_t>::min();
    std::int64_t purchases = 0;
    Money net = 0;
};

// Accumulators indexed by customer id (ids are dense: the INTEGER PRIMARY KEY).
std::vector<Accumulator> accumulate(SQLite::Database& sql, std::int64_t asOfDay,
                                    std::int64_t afterDay) {
    std::vector<Accumulator> byId(static_cast<std::size_t>(maxCustomerId(sql)) + 1);
    RfmScan st(sql, "SELECT customer_id, day, amount FROM txn WHERE day <= ? AND day > ?");
    st.bind(1, asOfDay);
    st.bind(2, afterDay);
    while (st.step()) {
        Accumulator& a = byId[static_cast<std::size_t>(st.int64(0))];
        const std::int64_t day = st.int64(1);
        const Money amount = st.int64(2);
        a.net += amount;
        if (amount >= 0) {
            ++a.purchases;
            a.lastPurchase = std::max(a.lastPurchase, day);
        }
    }
    return byId;
}

rfm::Behaviour behaviourOf(const std::vector<Accumulator>& byId, std::size_t id,
                           std::int64_t asOfDay) {
    const Accumulator& a = byId[id];
    return {static_cast<std::int64_t>(id), asOfDay - a.lastPurchase, a.purchases, a.net};
}

std::vector<rfm::Behaviour> fromTransactions(SQLite::Database& sql, std::int64_t asOfDay,
                                             std::int64_t afterDay) {
    const auto byId = accumulate(sql, asOfDay, afterDay);
    std::vector<rfm::Behaviour> out;
    for (std::size_t id = 0; id < byId.size(); ++id)
        if (byId[id].purchases > 0)
            out.push_back(behaviourOf(byId, id, asOfDay));
    return out;
}

std::int64_t afterDayOf(const RfmRequest& request) {
    return request.windowDays ? toDayNumber(request.asOf) - *request.windowDays
                              : std::numeric_limits<std::int64_t>::min();
}

// Fast path: code and behaviour in one scan of the customer table.
std::vector<RfmRow> rowsFromAggregates(SQLite::Database& sql, std::int64_t asOfDay) {
    std::vector<RfmRow> rows;
    rows.reserve(static_cast<std::size_t>(maxCustomerId(sql)));
    RfmScan st(sql, "SELECT id, code, last_purchase, purchase_count, net_amount "
                    "FROM customer WHERE purchase_count > 0");
    while (st.step()) {
        RfmRow& row = rows.emplace_back();
        row.code = st.text(1);
        row.score.behaviour = {st.int64(0), asOfDay - st.int64(2), st.int64(3), st.int64(4)};
    }
    return rows;
}

// Past dates and windows: behaviours by id, then codes from the code index
// (it covers id and code), so the rows come out ordered by code.
std::vector<RfmRow> rowsFromTransactions(SQLite::Database& sql, const RfmRequest& request) {
    const std::int64_t asOfDay = toDayNumber(request.asOf);
    const auto byId = accumulate(sql, asOfDay, afterDayOf(request));
    std::vector<RfmRow> rows;
    RfmScan st(sql, "SELECT id, code FROM customer ORDER BY code");
    while (st.step()) {
        const auto id = static_cast<std::size_t>(st.int64(0));
        if (id >= byId.size() || byId[id].purchases == 0)
            continue;
        RfmRow& row = rows.emplace_back();
        row.code = st.text(1);
        row.score.behaviour = behaviourOf(byId, id, asOfDay);
    }
    return rows;
}

void scoreInPlace(std::vector<RfmRow>& rows) {
    std::vector<rfm::Behaviour> behaviours;
    behaviours.reserve(rows.size());
    for (const auto& row : rows)
        behaviours.push_back(row.score.behaviour);
    const auto cuts = rfm::cutpointsOf(behaviours);
    for (auto& row : rows)
        row.score = rfm::scoreWith(cuts, row.score.behaviour);
}

void sortByCode(std::vector<RfmRow>& rows) {
    const auto byCode = [](const RfmRow& a, const RfmRow& b) { return a.code < b.code; };
    if (!std::is_sorted(rows.begin(), rows.end(), byCode)) // codes often follow ids
        std::sort(rows.begin(), rows.end(), byCode);
}

} // namespace

std::vector<rfm::Behaviour> loadBehaviours(const Database& db, const RfmRequest& request) {
    const MappedReads mapped(db.sql());
    const std::int64_t asOfDay = toDayNumber(request.asOf);
    if (!fastPath(db, request))
        return fromTransactions(db.sql(), asOfDay, afterDayOf(request));
    std::vector<rfm::Behaviour> out;
    RfmScan st(db.sql(), "SELECT id, last_purchase, purchase_count, net_amount "
                         "FROM customer WHERE purchase_count > 0 ORDER BY id");
    while (st.step())
        out.push_back({st.int64(0), asOfDay - st.int64(1), st.int64(2), st.int64(3)});
    return out;
}

std::vector<RfmRow> computeRfm(const Database& db, const RfmRequest& request) {
    const MappedReads mapped(db.sql());
    auto rows = fastPath(db, request) ? rowsFromAggregates(db.sql(), toDayNumber(request.asOf))
                                      : rowsFromTransactions(db.sql(), request);
    scoreInPlace(rows);
    sortByCode(rows);
    return rows;
}

} // namespace crm
