#include "crm/store/mapped_reads.h"

#include <SQLiteCpp/Database.h>

#include <atomic>
#include <string>

namespace crm {

namespace {
std::atomic<bool> g_allowed{true};
} // namespace

void MappedReads::setAllowed(bool allowed) { g_allowed = allowed; }
bool MappedReads::allowed() { return g_allowed; }

MappedReads::MappedReads(SQLite::Database& sql) : m_sql(sql) {
    if (!allowed())
        return;
    m_before = sql.execAndGet("PRAGMA mmap_size").getInt64();
    m_sql.exec("PRAGMA mmap_size = 4294967296");
    m_mapped = true;
}

MappedReads::~MappedReads() {
    if (!m_mapped)
        return;
    try {
        m_sql.exec("PRAGMA mmap_size = " + std::to_string(m_before));
    } catch (...) { // a destructor must not throw; the setting only affects speed
    }
}

} // namespace crm
