#include "crm/store/statement_cache.h"

#include <SQLiteCpp/Database.h>

namespace crm::sql {

CachedStatement::CachedStatement(StatementCache& cache, const std::string& text) {
    auto& entry = cache.m_entries[text];
    if (!entry.statement)
        entry.statement = std::make_unique<SQLite::Statement>(cache.m_sql, text);
    if (entry.inUse) {
        m_private = std::make_unique<SQLite::Statement>(cache.m_sql, text);
        m_statement = m_private.get();
        return;
    }
    entry.inUse = true;
    m_inUse = &entry.inUse;
    m_statement = entry.statement.get();
}

CachedStatement::~CachedStatement() {
    if (!m_inUse)
        return;
    m_statement->tryReset();
    try {
        m_statement->clearBindings();
    } catch (...) {
        // clearing bindings of a valid statement does not fail
    }
    *m_inUse = false;
}

} // namespace crm::sql
