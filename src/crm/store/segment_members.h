#pragma once
// The customers in one RFM segment as of a date: exactly those `crm rfm`
// puts there (the same behaviour read from the store and the same score
// boundaries, docs/analytics.md "RFM"), for a list filtered by segment.
#include "crm/analytics/rfm.h"
#include "crm/date.h"

#include <cstdint>
#include <vector>

namespace crm {

class Database;

// Ids of the customers scored in `segment` as of `asOf`, ascending. One pass
// over the customers (or the transactions, for a date before the latest
// transaction): about a second on a million customers.
std::vector<std::int64_t> segmentMembers(const Database& db, rfm::Segment segment,
                                         const Date& asOf);

} // namespace crm
