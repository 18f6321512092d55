#include "crm/store/transaction_days.h"

#include <SQLiteCpp/Database.h>

#include <limits>

namespace crm {

namespace {
constexpr const char* kKey = "transaction_day_bound";
}

void noteTransactionDay(SQLite::Database& sql, std::int64_t day) {
    SQLite::Statement st(sql, "INSERT INTO meta(key, value) VALUES (?1, ?2) "
                              "ON CONFLICT(key) DO UPDATE SET value = "
                              "max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))");
    st.bind(1, kKey);
    st.bind(2, day);
    st.exec();
}

std::int64_t latestTransactionDay(SQLite::Database& sql) {
    SQLite::Statement st(sql, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?");
    st.bind(1, kKey);
    if (st.executeStep())
        return st.getColumn(0).getInt64();
    const auto scanned = sql.execAndGet("SELECT max(day) FROM txn");
    return scanned.isNull() ? std::numeric_limits<std::int64_t>::min() : scanned.getInt64();
}

} // namespace crm
