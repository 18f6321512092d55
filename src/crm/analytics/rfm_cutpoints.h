#pragma once
// RFM score boundaries at one date: the smallest "goodness" value that reaches
// each score 2..5 in each dimension. Scores grow with goodness, so a customer
// scored at that date gets the same R, F and M from these boundaries and its
// own behaviour as from re-scoring everyone (docs/analytics.md, "RFM history").
#include "crm/analytics/rfm.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>

namespace crm::rfm {

// Boundaries of one dimension, in goodness (larger is better): atLeast[k-2]
// is the smallest value scoring k or more; empty when no customer scores k.
struct DimensionCuts {
    std::array<std::optional<std::int64_t>, 4> atLeast;
    friend bool operator==(const DimensionCuts&, const DimensionCuts&) = default;
};

struct Cutpoints {
    std::int64_t scored = 0; // n, the customers scored at that date
    DimensionCuts recency;   // goodness = -recency_days
    DimensionCuts frequency;
    DimensionCuts monetary;
    friend bool operator==(const Cutpoints&, const Cutpoints&) = default;
};

// The boundaries implied by scoring exactly `customers`.
Cutpoints cutpointsOf(std::span<const Behaviour> customers);
// Those of R alone, and of F alone (a third of the work each on a million).
DimensionCuts recencyCutsOf(std::span<const Behaviour> customers);
DimensionCuts frequencyCutsOf(std::span<const Behaviour> customers);

// The score of `goodness` under `cuts`: 1 + the number of boundaries reached.
int scoreWith(const DimensionCuts& cuts, std::int64_t goodness);

// R, F, M and segment of one customer scored at the cutpoints' date.
Score scoreWith(const Cutpoints& cuts, const Behaviour& customer);

} // namespace crm::rfm
