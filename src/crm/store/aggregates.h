#pragma once
// Per-customer aggregates, computed from the rows and written back.
// Internal to src/crm/store; called inside the caller's transaction.
#include "crm/customer.h"

#include <cstdint>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace crm::aggregates {

// Recomputes from txn and interaction rows (an index lookup per customer).
CustomerAggregates compute(SQLite::Database& sql, std::int64_t customerId);
// Recomputes and stores on the customer row.
void refresh(SQLite::Database& sql, std::int64_t customerId);
// Reads the seven aggregate columns, in the order of the customer table,
// starting at column `first` of the current row.
CustomerAggregates fromColumns(SQLite::Statement& st, int first);
// Stored values as they are.
CustomerAggregates read(SQLite::Database& sql, std::int64_t customerId);

} // namespace crm::aggregates
