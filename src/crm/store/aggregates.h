#pragma once
// Per-customer aggregates, computed from the rows and written back.
// Internal to src/crm/store; called inside the caller's transaction.
#include "crm/customer.h"

#include <cstdint>

namespace SQLite {
class Statement;
}

namespace crm {
class Database;
}

namespace crm::aggregates {

// Recomputes from txn and interaction rows (an index lookup per customer).
CustomerAggregates compute(const Database& db, std::int64_t customerId);
// Recomputes and stores on the customer row.
void refresh(const Database& db, std::int64_t customerId);
// An interaction on `day` was added: last_interaction moves forward if later.
void noteInteraction(const Database& db, std::int64_t customerId, std::int64_t day);
// Interactions were edited or deleted: last_interaction recomputed alone.
void refreshLastInteraction(const Database& db, std::int64_t customerId);
// Reads the seven aggregate columns, in the order of the customer table,
// starting at column `first` of the current row.
CustomerAggregates fromColumns(SQLite::Statement& st, int first);
// Stored values as they are.
CustomerAggregates read(const Database& db, std::int64_t customerId);

} // namespace crm::aggregates
