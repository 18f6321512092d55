#pragma once
// Month-end RFM snapshots: the score boundaries (rfm::Cutpoints) at a date,
// kept in the rfm_cutpoints table. A transaction written on or before a kept
// date drops that date's boundaries (schema triggers); they are recomputed
// on demand.
#include "crm/analytics/rfm_cutpoints.h"
#include "crm/date.h"

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace crm {

class Database;

// The kept boundaries at `asOf` (window 0: none), if any.
std::optional<rfm::Cutpoints> loadCutpoints(const Database& db, Date asOf,
                                            std::optional<int> windowDays = {});
// Scores everyone at `asOf` and keeps the boundaries (one write).
rfm::Cutpoints snapshotCutpoints(const Database& db, Date asOf,
                                 std::optional<int> windowDays = {});

// Called before each date that has to be computed: (date, index, count).
using SnapshotProgress = std::function<void(Date, std::size_t, std::size_t)>;

// The boundaries at each of `dates`: kept ones read, missing ones computed
// and kept.
std::vector<std::pair<Date, rfm::Cutpoints>>
cutpointsAt(const Database& db, const std::vector<Date>& dates,
            std::optional<int> windowDays = {}, const SnapshotProgress& progress = {});

// The dates whose boundaries are kept (for one window), oldest first.
std::vector<Date> keptSnapshotDates(const Database& db, std::optional<int> windowDays = {});

} // namespace crm
