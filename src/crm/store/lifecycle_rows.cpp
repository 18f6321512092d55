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

namespace {

// Changes per INSERT: one statement per row was most of a replay's writing
// (446,000 rows for the 100,000-customer demo).
constexpr std::size_t kChangesPerInsert = 50;

std::string insertChangesSql(std::size_t rows) {
    return sql::multiRowInsert("INSERT INTO stage_change(customer_id, from_stage, to_stage, day, "
                               "reason, manual) VALUES ",
                               "(?, ?, ?, ?, ?, 0)", rows);
}

// A stage's key is a view of a string literal (names.cpp), so it ends in a
// NUL and lives for the program's life: bound without a copy.
void bindStageKey(SQLite::Statement& st, int index, Stage stage) {
    st.bindNoCopy(index, toKey(stage).data());
}

} // namespace

TimelineWriter::TimelineWriter(SQLite::Database& sql)
    : m_sql(sql),
      m_clear(sql, "DELETE FROM stage_change WHERE customer_id BETWEEN ? AND ? AND manual = 0"),
      m_setStage(sql, "UPDATE customer SET stage = ?1 WHERE id = ?2 AND stage <> ?1") {}

void TimelineWriter::clearDerived(std::int64_t firstCustomer, std::int64_t lastCustomer) {
    m_clear.reset();
    m_clear.bind(1, firstCustomer);
    m_clear.bind(2, lastCustomer);
    m_clear.exec();
}

std::int64_t TimelineWriter::write(std::span<const DerivedTimeline> timelines) {
    std::vector<Change> changes;
    for (const DerivedTimeline& t : timelines)
        for (const StageChange& c : t.changes)
            changes.push_back({t.customerId, &c});
    for (std::size_t i = 0; i < changes.size(); i += kChangesPerInsert)
        insert(std::span(changes).subspan(i, std::min(kChangesPerInsert, changes.size() - i)));
    for (const DerivedTimeline& t : timelines) {
        m_setStage.reset();
        bindStageKey(m_setStage, 1, t.stage);
        m_setStage.bind(2, t.customerId);
        m_setStage.exec();
    }
    return static_cast<std::int64_t>(changes.size());
}

void TimelineWriter::insert(std::span<const Change> changes) {
    if (changes.size() == kChangesPerInsert && !m_insertChunk)
        m_insertChunk.emplace(m_sql, insertChangesSql(kChangesPerInsert));
    std::optional<SQLite::Statement> partial;
    SQLite::Statement& st = changes.size() == kChangesPerInsert
                                ? *m_insertChunk
                                : partial.emplace(m_sql, insertChangesSql(changes.size()));
    st.reset();
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const int first = static_cast<int>(5 * i + 1);
        const StageChange& c = *changes[i].change;
        st.bind(first, changes[i].customerId);
        bindStageKey(st, first + 1, c.from.value_or(Stage::Prospect));
        bindStageKey(st, first + 2, c.to);
        sql::bindDate(st, first + 3, c.on);
        st.bindNoCopy(first + 4, c.reason);
    }
    st.exec();
}

} // namespace crm::lifecycle_rows
