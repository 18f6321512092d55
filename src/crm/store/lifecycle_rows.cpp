#include "crm/store/lifecycle_rows.h"

#include "crm/analytics/lifecycle_merge.h"
#include "crm/names.h"
#include "crm/store/sql_util.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <stdexcept>

namespace crm::lifecycle_rows {

namespace {

Stage storedStage(const SQLite::Column& column) {
    const std::string key = column.getString();
    const auto stage = parseStage(key);
    if (!stage)
        throw StoreError(StoreError::Kind::Damaged,
                         "stage_change holds '" + key + "', which is not a lifecycle stage");
    return *stage;
}

// The history of `customerId` within `out` (both sorted by customer id):
// moves `cursor` forward to it.
CustomerHistory& historyOf(std::vector<CustomerHistory>& out, std::size_t& cursor,
                           std::int64_t customerId) {
    while (cursor < out.size() && out[cursor].customerId < customerId)
        ++cursor;
    if (cursor == out.size() || out[cursor].customerId != customerId)
        throw std::logic_error("lifecycle: row of a customer outside the batch");
    return out[cursor];
}

void readPurchases(SQLite::Database& sql, std::vector<CustomerHistory>& out) {
    SQLite::Statement st(sql, "SELECT customer_id, day, amount FROM txn "
                              "WHERE customer_id BETWEEN ? AND ? ORDER BY customer_id, day, id");
    st.bind(1, out.front().customerId);
    st.bind(2, out.back().customerId);
    std::size_t cursor = 0;
    while (st.executeStep()) {
        CustomerHistory& h = historyOf(out, cursor, st.getColumn(0).getInt64());
        const std::int64_t day = st.getColumn(1).getInt64();
        h.purchases.push_back({fromDayNumber(day), st.getColumn(2).getInt64()});
        h.latestDay = std::max(h.latestDay, day);
    }
}

void readManual(SQLite::Database& sql, std::vector<CustomerHistory>& out) {
    SQLite::Statement st(sql, "SELECT id, customer_id, from_stage, to_stage, day, reason "
                              "FROM stage_change WHERE customer_id BETWEEN ? AND ? AND manual = 1 "
                              "ORDER BY customer_id, day, id");
    st.bind(1, out.front().customerId);
    st.bind(2, out.back().customerId);
    std::size_t cursor = 0;
    while (st.executeStep()) {
        StageChange c;
        c.id = st.getColumn(0).getInt64();
        c.customerId = st.getColumn(1).getInt64();
        if (!st.getColumn(2).isNull())
            c.from = storedStage(st.getColumn(2));
        c.to = storedStage(st.getColumn(3));
        c.on = sql::dateColumn(st.getColumn(4));
        c.reason = sql::textColumn(st.getColumn(5));
        c.manual = true;
        CustomerHistory& h = historyOf(out, cursor, c.customerId);
        h.latestDay = std::max(h.latestDay, toDayNumber(c.on));
        h.manual.push_back(std::move(c));
    }
}

} // namespace

std::vector<CustomerHistory> readHistories(SQLite::Database& sql,
                                           const std::vector<std::int64_t>& ids) {
    std::vector<CustomerHistory> out(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        out[i].customerId = ids[i];
    if (out.empty())
        return out;
    readPurchases(sql, out);
    readManual(sql, out);
    return out;
}

DerivedTimeline derive(const CustomerHistory& history, const Date& asOf,
                       const lifecycle::Rules& rules, int decimals) {
    DerivedTimeline t;
    t.customerId = history.customerId;
    t.changes = lifecycle::replay(history.purchases, history.manual, asOf, rules, decimals);
    for (StageChange& c : t.changes)
        c.customerId = history.customerId;
    t.stage = lifecycle::stageOn(t.changes, history.manual, asOf);
    return t;
}

TimelineWriter::TimelineWriter(SQLite::Database& sql)
    : m_clear(sql, "DELETE FROM stage_change WHERE customer_id BETWEEN ? AND ? AND manual = 0"),
      m_insert(sql, "INSERT INTO stage_change(customer_id, from_stage, to_stage, day, reason, "
                    "manual) VALUES (?, ?, ?, ?, ?, 0)"),
      m_setStage(sql, "UPDATE customer SET stage = ?1 WHERE id = ?2 AND stage <> ?1") {}

void TimelineWriter::clearDerived(std::int64_t firstCustomer, std::int64_t lastCustomer) {
    m_clear.reset();
    m_clear.bind(1, firstCustomer);
    m_clear.bind(2, lastCustomer);
    m_clear.exec();
}

std::int64_t TimelineWriter::write(const DerivedTimeline& timeline) {
    for (const StageChange& c : timeline.changes) {
        m_insert.reset();
        m_insert.bind(1, timeline.customerId);
        m_insert.bind(2, std::string(toKey(c.from.value_or(Stage::Prospect))));
        m_insert.bind(3, std::string(toKey(c.to)));
        sql::bindDate(m_insert, 4, c.on);
        m_insert.bind(5, c.reason);
        m_insert.exec();
    }
    m_setStage.reset();
    m_setStage.bind(1, std::string(toKey(timeline.stage)));
    m_setStage.bind(2, timeline.customerId);
    m_setStage.exec();
    return static_cast<std::int64_t>(timeline.changes.size());
}

} // namespace crm::lifecycle_rows
