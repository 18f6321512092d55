#pragma once
// The stored lifecycle timeline (客户生命周期): every customer's purchases
// replayed through the rules into stage_change rows (manual = 0) and
// customer.stage. A full replay sets the timeline's as-of date; single
// customers are brought up to date after each change to their records.
#include "crm/date.h"

#include <cstdint>
#include <functional>
#include <optional>

namespace crm {

class Database;

// Customers done of total; return false to cancel.
using LifecycleProgress = std::function<bool(std::int64_t done, std::int64_t total)>;

struct LifecycleReplayResult {
    std::int64_t customers = 0;      // replayed and stored
    std::int64_t derivedChanges = 0; // stage_change rows written
    bool cancelled = false;
};

// Replays every customer as of `asOf`: manual changes are kept, derived rows
// replaced, customer.stage set to the stage on `asOf`. Each batch of
// customers is one transaction; the as-of date is recorded with the last.
// Cancelling (progress returns false) stops between batches: the batches
// already committed keep the new timeline, the others are untouched, and the
// as-of date stays what it was, so the next report replays again.
LifecycleReplayResult replayLifecycles(const Database& db, const Date& asOf,
                                       const LifecycleProgress& progress = {},
                                       std::int64_t batchSize = 20'000);

// The date of the last completed full replay; none when never replayed or
// when the rules changed since.
std::optional<Date> lifecycleTimelineAsOf(const Database& db);

// Replays one customer up to the latest of the timeline's as-of date, its
// latest transaction and its latest manual change, and stores the result.
// Runs inside the caller's transaction (a savepoint of it).
void refreshLifecycle(const Database& db, std::int64_t customerId);

} // namespace crm
