#include "crm/store/rfm_scan.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace crm {

void RfmScan::Finalize::operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }

RfmScan::RfmScan(SQLite::Database& sql, const char* query) : m_db(sql.getHandle()) {
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, query, -1, &statement, nullptr);
    m_statement.reset(statement);
    if (rc != SQLITE_OK)
        throw SQLite::Exception(m_db, rc);
}

void RfmScan::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(m_statement.get(), index, value);
    if (rc != SQLITE_OK)
        throw SQLite::Exception(m_db, rc);
}

bool RfmScan::step() {
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        throw SQLite::Exception(m_db, rc);
    return false;
}

std::int64_t RfmScan::int64(int column) const {
    return sqlite3_column_int64(m_statement.get(), column);
}

bool RfmScan::isNull(int column) const {
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

std::string_view RfmScan::text(int column) const {
    const auto* chars = sqlite3_column_text(m_statement.get(), column);
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(m_statement.get(), column));
    return chars ? std::string_view(reinterpret_cast<const char*>(chars), size) : std::string_view();
}

const char* RfmScan::key(int column) const {
    return reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), column));
}

} // namespace crm
