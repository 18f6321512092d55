#pragma once
// A read-only statement for the million-row scans of RFM, on SQLite's C API:
// SQLiteCpp's getColumn() copies a shared_ptr per value (two atomic
// operations), which cost a third of the pass over ten million transactions.
// Internal to the store; errors surface as SQLite::Exception like elsewhere.
#include <cstdint>
#include <memory>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace SQLite {
class Database;
}

namespace crm {

class RfmScan {
public:
    RfmScan(SQLite::Database& sql, const char* query);
    void bind(int index, std::int64_t value);
    bool step(); // false after the last row
    std::int64_t int64(int column) const;
    bool isNull(int column) const;
    std::string_view text(int column) const;
    // The text as SQLite keeps it, NUL-terminated (nullptr for NULL): one
    // call into SQLite instead of text()'s two, for short keys of a known
    // vocabulary read ten million times.
    const char* key(int column) const;

private:
    struct Finalize {
        void operator()(sqlite3_stmt* statement) const;
    };
    sqlite3* m_db;
    std::unique_ptr<sqlite3_stmt, Finalize> m_statement;
};

} // namespace crm
