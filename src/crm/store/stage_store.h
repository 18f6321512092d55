#pragma once
// Stage changes: the lifecycle history of each customer and its current stage.
#include "crm/stage.h"

#include <cstdint>
#include <vector>

namespace crm {

class Database;

class StageStore {
public:
    explicit StageStore(const Database& db) : m_db(db) {}

    // A change made by a person, kept with its note; sets the current stage.
    std::int64_t setManual(std::int64_t customerId, Stage to, const Date& on,
                           const std::string& reason);
    // Appends a change derived by the lifecycle rules.
    std::int64_t recordDerived(const StageChange& change);
    // Oldest first.
    std::vector<StageChange> history(std::int64_t customerId) const;

private:
    const Database& m_db;
};

} // namespace crm
