#include "crm/store/stage_store.h"

#include "crm/names.h"
#include "crm/store/database.h"
#include "crm/store/lifecycle_timeline.h"
#include "crm/store/records/record_rows.h"
#include "crm/store/sql_util.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace crm {
namespace {

std::int64_t insertChange(SQLite::Database& sql, const StageChange& change) {
    SQLite::Statement st(sql, "INSERT INTO stage_change(customer_id, from_stage, to_stage, day, "
                              "reason, manual) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, change.customerId);
    if (change.from)
        st.bind(2, std::string(toKey(*change.from)));
    else
        st.bind(2);
    st.bind(3, std::string(toKey(change.to)));
    sql::bindDate(st, 4, change.on);
    st.bind(5, change.reason);
    st.bind(6, change.manual ? 1 : 0);
    st.exec();
    return sql.getLastInsertRowid();
}

void setCurrentStage(SQLite::Database& sql, std::int64_t customerId, Stage stage) {
    SQLite::Statement st(sql, "UPDATE customer SET stage = ? WHERE id = ?");
    st.bind(1, std::string(toKey(stage)));
    st.bind(2, customerId);
    st.exec();
}

// Records `change` and makes its target the customer's current stage.
std::int64_t applyChange(SQLite::Database& sql, const StageChange& change) {
    const std::int64_t id = insertChange(sql, change);
    setCurrentStage(sql, change.customerId, change.to);
    return id;
}

StageChange readChange(const SQLite::Statement& st) {
    StageChange c;
    c.id = st.getColumn(0).getInt64();
    c.customerId = st.getColumn(1).getInt64();
    if (!st.getColumn(2).isNull()) {
        const std::string from = st.getColumn(2).getString();
        c.from = records::storedKey(parseStage(from), "stage_change.from_stage", from);
    }
    const std::string to = st.getColumn(3).getString();
    c.to = records::storedKey(parseStage(to), "stage_change.to_stage", to);
    c.on = sql::dateColumn(st.getColumn(4));
    c.reason = sql::textColumn(st.getColumn(5));
    c.manual = st.getColumn(6).getInt() != 0;
    return c;
}

std::string stageLabelFor(std::int64_t customerId, Stage to) {
    return "customer " + std::to_string(customerId) + " to stage " + std::string(toKey(to));
}

} // namespace

std::int64_t StageStore::setManual(std::int64_t customerId, Stage to, const Date& on,
                                   const std::string& reason) {
    return writeManual(customerId, to, on, reason, true);
}

std::int64_t StageStore::setManualBeforeReplay(std::int64_t customerId, Stage to, const Date& on,
                                               const std::string& reason) {
    return writeManual(customerId, to, on, reason, false);
}

std::int64_t StageStore::writeManual(std::int64_t customerId, Stage to, const Date& on,
                                     const std::string& reason, bool rederive) {
    records::requireDate(on, "date");
    auto& sql = m_db.sql();
    try {
        WriteTransaction tx(m_db);
        const auto customer = records::requireCustomer(m_db, customerId);
        const StageChange change{0, customerId, customer.stage, to, on, reason, true};
        const std::int64_t id = applyChange(sql, change);
        if (rederive)
            refreshLifecycle(m_db, customerId); // the derived timeline continues from it
        tx.commit();
        return id;
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "moving " + stageLabelFor(customerId, to));
    }
}

std::int64_t StageStore::recordDerived(const StageChange& change) {
    records::requireDate(change.on, "date");
    auto& sql = m_db.sql();
    try {
        WriteTransaction tx(m_db);
        records::requireCustomer(m_db, change.customerId);
        StageChange derived = change;
        derived.manual = false;
        const std::int64_t id = applyChange(sql, derived);
        tx.commit();
        return id;
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "recording the derived move of " + stageLabelFor(change.customerId, change.to));
    }
}

std::vector<StageChange> StageStore::history(std::int64_t customerId) const {
    try {
        SQLite::Statement st(m_db.sql(),
                             "SELECT id, customer_id, from_stage, to_stage, day, reason, manual "
                             "FROM stage_change WHERE customer_id = ? ORDER BY day, id");
        st.bind(1, customerId);
        std::vector<StageChange> changes;
        while (st.executeStep())
            changes.push_back(readChange(st));
        return changes;
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "reading the stage history of customer " + std::to_string(customerId));
    }
}

} // namespace crm
