#pragma once
// Counts of everything in a database, for `crm stats` and the status bar.
#include "crm/money.h"

#include <cstdint>

namespace crm {

class Database;

struct StoreCounts {
    std::int64_t customers = 0;
    std::int64_t contacts = 0;
    std::int64_t transactions = 0;
    std::int64_t interactions = 0;
    std::int64_t followUps = 0;
    std::int64_t openFollowUps = 0;
    std::int64_t stageChanges = 0;
};

StoreCounts countEverything(const Database& db);

// Sum of every customer's net amount (refunds included), from the kept
// aggregates: for `crm summary`.
Money totalNetAmount(const Database& db);

} // namespace crm
