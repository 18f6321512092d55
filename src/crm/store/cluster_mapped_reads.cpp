#include "crm/store/cluster_mapped_reads.h"

#include <SQLiteCpp/Database.h>

#include <string>

namespace crm {

ClusterMappedReads::ClusterMappedReads(SQLite::Database& sql)
    : m_sql(sql), m_before(sql.execAndGet("PRAGMA mmap_size").getInt64()) {
    m_sql.exec("PRAGMA mmap_size = 4294967296");
}

ClusterMappedReads::~ClusterMappedReads() {
    try {
        m_sql.exec("PRAGMA mmap_size = " + std::to_string(m_before));
    } catch (...) { // a destructor must not throw; the setting only affects speed
    }
}

} // namespace crm
