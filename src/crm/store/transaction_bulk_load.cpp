#include "crm/store/transaction_bulk_load.h"

#include "crm/store/database.h"
#include "crm/store/sql_util.h"
#include "crm/store/transaction_days.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <sqlite3.h>

#include <stdexcept>

namespace crm {

namespace {

// What the aggregates of a batch move, and the per-row cache upkeep (schema.cpp).
constexpr const char* kSuspended =
    "SELECT type, name, sql FROM sqlite_master WHERE name IN "
    "('customer_net_amount', 'customer_last_purchase', 'rfm_cutpoints_txn_insert') "
    "ORDER BY name";

} // namespace

TransactionBulkLoad::TransactionBulkLoad(const Database& db) : m_db(db) {
    if (sqlite3_get_autocommit(db.sql().getHandle()))
        throw std::logic_error("a bulk load of transactions needs an open unit of work");
    try {
        std::vector<std::string> drops;
        SQLite::Statement st(db.sql(), kSuspended);
        while (st.executeStep()) {
            drops.push_back("DROP " + st.getColumn(0).getString() + " " +
                            st.getColumn(1).getString());
            m_suspended.push_back(st.getColumn(2).getString());
        }
        st.reset();
        for (const std::string& drop : drops)
            db.sql().exec(drop);
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "starting a bulk load of transactions");
    }
}

TransactionBulkLoad::~TransactionBulkLoad() {
    if (m_finished)
        return;
    try {
        restore();
    } catch (...) {
        // The unit of work fails to commit or is rolled back: either way the
        // file keeps its indexes and trigger.
    }
}

TransactionStore::BatchResult TransactionBulkLoad::add(std::span<const Transaction> batch) {
    return TransactionStore(m_db).insertValidated(batch, m_days);
}

void TransactionBulkLoad::finish() {
    try {
        restore();
        m_finished = true;
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "finishing a bulk load of transactions");
    }
}

void TransactionBulkLoad::restore() {
    for (const std::string& create : m_suspended)
        m_db.sql().exec(create);
    m_suspended.clear();
    if (m_days.earliest) {
        SQLite::Statement stale(m_db.sql(), "DELETE FROM rfm_cutpoints WHERE as_of >= ?");
        stale.bind(1, static_cast<std::int64_t>(*m_days.earliest));
        stale.exec();
    }
    if (m_days.latest)
        noteTransactionDay(m_db.sql(), *m_days.latest);
}

} // namespace crm
