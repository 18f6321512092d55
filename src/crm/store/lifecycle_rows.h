#pragma once
// Moving lifecycle timelines between the store and the replay: the purchases
// and manual changes of a range of customers read in customer order, and a
// customer's derived changes and current stage written back. Internal to
// the store; the caller holds the transaction.
#include "crm/analytics/lifecycle.h"
#include "crm/stage.h"

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace SQLite {
class Database;
}

namespace crm::lifecycle_rows {

struct CustomerHistory {
    std::int64_t customerId = 0;
    std::vector<lifecycle::Purchase> purchases; // by date, then id
    std::vector<StageChange> manual;            // by date, then id
    std::int64_t latestDay = 0;                 // of any transaction or manual change; 0: none
};

struct DerivedTimeline {
    std::int64_t customerId = 0;
    std::vector<StageChange> changes;
    Stage stage = Stage::Prospect; // as of the replay's date
};

// One history per id in `ids` (sorted ascending), filled from the rows of
// customers ids.front()..ids.back().
std::vector<CustomerHistory> readHistories(SQLite::Database& sql,
                                           const std::vector<std::int64_t>& ids);

// Replays one history to `asOf` and reads the stage on that date.
DerivedTimeline derive(const CustomerHistory& history, const Date& asOf,
                       const lifecycle::Rules& rules, int decimals);

// Replaces derived rows (manual = 0) and sets customer.stage.
class TimelineWriter {
public:
    explicit TimelineWriter(SQLite::Database& sql);
    // Deletes the derived rows of customers first..last (inclusive).
    void clearDerived(std::int64_t firstCustomer, std::int64_t lastCustomer);
    // Inserts the changes of these customers and sets their stages (rows
    // cleared before); returns the number of changes.
    std::int64_t write(std::span<const DerivedTimeline> timelines);
    std::int64_t write(const DerivedTimeline& timeline) { return write(std::span(&timeline, 1)); }

private:
    struct Change {
        std::int64_t customerId;
        const StageChange* change;
    };
    void insert(std::span<const Change> changes);

    SQLite::Database& m_sql;
    SQLite::Statement m_clear;
    SQLite::Statement m_setStage;
    std::optional<SQLite::Statement> m_insertChunk; // a full chunk of rows, made when first needed
};

} // namespace crm::lifecycle_rows
