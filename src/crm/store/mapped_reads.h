#pragma once
// Reads the file through a memory map while alive (no copy of every page out
// of the kernel's cache), then puts the connection's setting back. For the
// store's million-row scans (RFM, at-risk, groups, dashboard).
//
// A process can turn it off: the desktop app does, because every mapped
// page of a scanned 1.6 GB file counts in the app's resident memory (top's
// RES) until the scan ends, although the pages are the kernel's cache.
#include <cstdint>

namespace SQLite {
class Database;
}

namespace crm {

class MappedReads {
public:
    explicit MappedReads(SQLite::Database& sql);
    ~MappedReads();
    MappedReads(const MappedReads&) = delete;
    MappedReads& operator=(const MappedReads&) = delete;

    // For every scan started afterwards in this process (default: allowed).
    static void setAllowed(bool allowed);
    static bool allowed();

private:
    SQLite::Database& m_sql;
    std::int64_t m_before = 0;
    bool m_mapped = false;
};

} // namespace crm
