#pragma once
// An upper bound of the dates of all transactions, kept in `meta` by every
// transaction write, so "as of a date on or after every transaction" is known
// without scanning the transactions. Internal to the store.
#include <cstdint>

namespace SQLite {
class Database;
}

namespace crm {

// Raises the bound to `day` when it is later; call inside the write.
void noteTransactionDay(SQLite::Database& sql, std::int64_t day);
// The bound (never below the latest transaction's day); a scan when unknown.
std::int64_t latestTransactionDay(SQLite::Database& sql);

} // namespace crm
