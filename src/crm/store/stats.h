#pragma once
// Counts of everything in a database, for `crm stats` and the status bar.
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

} // namespace crm
