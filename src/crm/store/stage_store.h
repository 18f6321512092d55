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
    // setManual without deriving the customer's timeline again, for a loader
    // that replays every lifecycle once it is done (replayLifecycles; the
    // demo): until then the derived changes after it are not brought up to date.
    std::int64_t setManualBeforeReplay(std::int64_t customerId, Stage to, const Date& on,
                                       const std::string& reason);
    // Appends a change derived by the lifecycle rules.
    std::int64_t recordDerived(const StageChange& change);
    // Oldest first.
    std::vector<StageChange> history(std::int64_t customerId) const;

private:
    std::int64_t writeManual(std::int64_t customerId, Stage to, const Date& on,
                             const std::string& reason, bool rederive);

    const Database& m_db;
};

} // namespace crm
