#pragma once
// Reads the file through a memory map while alive (no copy of every page out
// of the kernel's cache, as rfm_query.cpp measured), then puts the
// connection's setting back. Internal to the store's million-row scans.
#include <cstdint>

namespace SQLite {
class Database;
}

namespace crm {

class ClusterMappedReads {
public:
    explicit ClusterMappedReads(SQLite::Database& sql);
    ~ClusterMappedReads();
    ClusterMappedReads(const ClusterMappedReads&) = delete;
    ClusterMappedReads& operator=(const ClusterMappedReads&) = delete;

private:
    SQLite::Database& m_sql;
    std::int64_t m_before;
};

} // namespace crm
