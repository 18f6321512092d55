#include "crm/store/rfm_query.h"

#include "crm/store/database.h"
#include "crm/store/transaction_days.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace crm {

namespace {

std::vector<rfm::Behaviour> fromAggregates(SQLite::Database& sql, std::int64_t asOfDay) {
    std::vector<rfm::Behaviour> out;
    SQLite::Statement st(sql, "SELECT id, last_purchase, purchase_count, net_amount "
                              "FROM customer WHERE purchase_count > 0 ORDER BY id");
    while (st.executeStep())
        out.push_back({st.getColumn(0).getInt64(), asOfDay - st.getColumn(1).getInt64(),
                       st.getColumn(2).getInt64(), st.getColumn(3).getInt64()});
    return out;
}

struct Accumulator {
    std::int64_t lastPurchase = std::numeric_limits<std::int64_t>::min();
    std::int64_t purchases = 0;
    Money net = 0;
};

std::vector<rfm::Behaviour> fromTransactions(SQLite::Database& sql, std::int64_t asOfDay,
                                             std::int64_t afterDay) {
    std::unordered_map<std::int64_t, Accumulator> byCustomer;
    SQLite::Statement st(sql, "SELECT customer_id, day, amount FROM txn WHERE day <= ? AND day > ?");
    st.bind(1, asOfDay);
    st.bind(2, afterDay);
    while (st.executeStep()) {
        Accumulator& a = byCustomer[st.getColumn(0).getInt64()];
        const std::int64_t day = st.getColumn(1).getInt64();
        const Money amount = st.getColumn(2).getInt64();
        a.net += amount;
        if (amount >= 0) {
            ++a.purchases;
            a.lastPurchase = std::max(a.lastPurchase, day);
        }
    }
    std::vector<rfm::Behaviour> out;
    for (const auto& [id, a] : byCustomer)
        if (a.purchases > 0)
            out.push_back({id, asOfDay - a.lastPurchase, a.purchases, a.net});
    std::sort(out.begin(), out.end(),
              [](const auto& x, const auto& y) { return x.customerId < y.customerId; });
    return out;
}

std::unordered_map<std::int64_t, std::string> codesById(SQLite::Database& sql) {
    std::unordered_map<std::int64_t, std::string> codes;
    SQLite::Statement st(sql, "SELECT id, code FROM customer");
    while (st.executeStep())
        codes.emplace(st.getColumn(0).getInt64(), st.getColumn(1).getString());
    return codes;
}

} // namespace

std::vector<rfm::Behaviour> loadBehaviours(const Database& db, const RfmRequest& request) {
    const std::int64_t asOfDay = toDayNumber(request.asOf);
    if (!request.windowDays && asOfDay >= latestTransactionDay(db.sql()))
        return fromAggregates(db.sql(), asOfDay);
    const std::int64_t afterDay = request.windowDays
                                      ? asOfDay - *request.windowDays
                                      : std::numeric_limits<std::int64_t>::min();
    return fromTransactions(db.sql(), asOfDay, afterDay);
}

std::vector<RfmRow> computeRfm(const Database& db, const RfmRequest& request) {
    const auto behaviours = loadBehaviours(db, request);
    const auto scores = rfm::score(behaviours);
    const auto codes = codesById(db.sql());
    std::vector<RfmRow> rows;
    rows.reserve(scores.size());
    for (const auto& s : scores)
        rows.push_back({codes.at(s.behaviour.customerId), s});
    std::sort(rows.begin(), rows.end(),
              [](const RfmRow& a, const RfmRow& b) { return a.code < b.code; });
    return rows;
}

} // namespace crm
