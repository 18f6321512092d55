#include "crm/store/lifecycle_report.h"

#include "crm/names.h"
#include "crm/store/database.h"
#include "crm/store/sql_util.h"
#include "crm/store/transaction_days.h"

#include <SQLiteCpp/Database.h>

#include <string>

namespace crm {

namespace {

// The stage on ?1: derived before manual on the same day (lifecycle_merge.h).
constexpr const char* kStageOn =
    "(SELECT s.to_stage FROM stage_change s WHERE s.customer_id = c.id AND s.day <= ?1 "
    "ORDER BY s.day DESC, s.manual DESC, s.id DESC LIMIT 1)";

// When ?1 is on or after every transaction the customer's aggregates are the
// totals; otherwise each customer's transactions up to ?1 are summed.
constexpr const char* kAggregateTotals = "c.net_amount AS net, c.costed_amount - c.cost AS margin";
constexpr const char* kTotalsUpTo =
    "ifnull((SELECT sum(t.amount) FROM txn t WHERE t.customer_id = c.id AND t.day <= ?1), 0) "
    "AS net, ifnull((SELECT sum(t.amount - t.cost) FROM txn t WHERE t.customer_id = c.id "
    "AND t.day <= ?1 AND t.cost IS NOT NULL), 0) AS margin";

std::string totalsQuery(bool fromAggregates) {
    return std::string("SELECT ifnull(stage_on, 'prospect'), count(*), sum(net), sum(margin) "
                       "FROM (SELECT c.created_on AS created, ") +
           kStageOn + " AS stage_on, " + (fromAggregates ? kAggregateTotals : kTotalsUpTo) +
           " FROM customer c) WHERE created <= ?1 OR stage_on IS NOT NULL "
           "GROUP BY ifnull(stage_on, 'prospect')";
}

Stage stageFromKey(const std::string& key) {
    const auto stage = parseStage(key);
    if (!stage)
        throw StoreError(StoreError::Kind::Damaged,
                         "stage_change holds '" + key + "', which is not a lifecycle stage");
    return *stage;
}

std::size_t indexOf(Stage stage) { return static_cast<std::size_t>(stage); }

} // namespace

std::vector<StageTotal> stageTotals(const Database& db, const Date& asOf) {
    std::vector<StageTotal> totals(kStageCount);
    for (int i = 0; i < kStageCount; ++i)
        totals[static_cast<std::size_t>(i)].stage = static_cast<Stage>(i);
    try {
        const std::int64_t day = toDayNumber(asOf);
        SQLite::Statement st(db.sql(), totalsQuery(day >= latestTransactionDay(db.sql())));
        st.bind(1, day);
        while (st.executeStep()) {
            StageTotal& t = totals[indexOf(stageFromKey(st.getColumn(0).getString()))];
            t.customers = st.getColumn(1).getInt64();
            t.net = st.getColumn(2).getInt64();
            t.margin = st.getColumn(3).getInt64();
        }
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "counting customers per lifecycle stage as of " + toIso(asOf));
    }
    return totals;
}

StageFlow stageFlow(const Database& db, const Date& from, const Date& to) {
    StageFlow flow{};
    try {
        SQLite::Statement st(db.sql(),
                             "SELECT ifnull(from_stage, 'prospect'), to_stage, count(*) "
                             "FROM stage_change WHERE day BETWEEN ? AND ? GROUP BY 1, 2");
        sql::bindDate(st, 1, from);
        sql::bindDate(st, 2, to);
        while (st.executeStep()) {
            const Stage f = stageFromKey(st.getColumn(0).getString());
            const Stage t = stageFromKey(st.getColumn(1).getString());
            flow[indexOf(f)][indexOf(t)] = st.getColumn(2).getInt64();
        }
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "counting stage changes from " + toIso(from) + " to " + toIso(to));
    }
    return flow;
}

} // namespace crm
