#include "demo_digest.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <vector>

namespace crm::test {

namespace {

class Fnv1a {
public:
    void add(std::string_view bytes) {
        for (char c : bytes) {
            m_hash ^= static_cast<unsigned char>(c);
            m_hash *= 0x100000001b3ULL;
        }
    }
    std::uint64_t value() const { return m_hash; }

private:
    std::uint64_t m_hash = 0xcbf29ce484222325ULL;
};

// The audit log is left out: it records when each row was written, which
// is the wall clock, not the seed.
std::vector<std::string> tableNames(SQLite::Database& sql) {
    SQLite::Statement st(sql, "SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                              "name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                              "AND name <> 'audit_log' ORDER BY name");
    std::vector<std::string> names;
    while (st.executeStep())
        names.push_back(st.getColumn(0).getString());
    return names;
}

void addTable(SQLite::Database& sql, const std::string& table, Fnv1a& hash) {
    SQLite::Statement probe(sql, "SELECT * FROM \"" + table + "\" LIMIT 0");
    std::string order;
    for (int c = 1; c <= probe.getColumnCount(); ++c)
        order += (c > 1 ? ", " : "") + std::to_string(c);
    SQLite::Statement st(sql, "SELECT * FROM \"" + table + "\" ORDER BY " + order);
    hash.add(table);
    while (st.executeStep()) {
        for (int c = 0; c < st.getColumnCount(); ++c) {
            const SQLite::Column column = st.getColumn(c);
            hash.add(column.isNull() ? std::string("\x01NULL") : column.getString());
            hash.add(std::string_view("\x1f", 1));
        }
        hash.add("\n");
    }
}

} // namespace

std::uint64_t contentDigest(const Database& db) {
    Fnv1a hash;
    for (const std::string& table : tableNames(db.sql()))
        addTable(db.sql(), table, hash);
    return hash.value();
}

std::int64_t queryInt(const Database& db, const std::string& sql) {
    return db.sql().execAndGet(sql).getInt64();
}

} // namespace crm::test
