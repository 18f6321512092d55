#pragma once
// The 80/20 view of a customer base (domain.md section 4): how concentrated
// revenue is (concentration curve, Gini, ABC tiers) and, where costs are
// recorded, the profit "whale curve" (20/80/30). Pure functions over one
// value per customer; definitions in docs/analytics.md.
#include "crm/money.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace crm::pareto {

// One point of a concentration curve: the top `customerShare` of customers
// (ranked by value, largest first) bring `valueShare` of the total.
struct CurvePoint {
    double customerShare = 0.0;
    double valueShare = 0.0;
};

// How concentrated one value (revenue or margin) is across customers.
struct Concentration {
    std::int64_t customers = 0;
    Money total = 0;
    // Smallest number of top customers whose value reaches 80% of the total,
    // and that number as a share of all customers; nullopt when total <= 0.
    std::optional<std::int64_t> customersFor80;
    std::optional<double> shareFor80;
    // Gini coefficient; nullopt when total <= 0. In [0, (n-1)/n] when no
    // value is negative.
    std::optional<double> gini;
};

// ABC tier: A while the customers ranked strictly above hold < 80% of the
// revenue, B while < 95%, C the rest. Tied customers share a tier.
struct Tier {
    char name = 'A';
    std::int64_t customers = 0;
    Money revenue = 0;
};

// Cumulative profit (minor units) of the top `customerShare` of customers.
struct ProfitPoint {
    double customerShare = 0.0;
    double profit = 0.0;
};

// The profit whale curve: cumulative profit by customers ranked by profit.
struct WhaleCurve {
    std::int64_t customers = 0;        // customers with recorded costs
    Money totalProfit = 0;
    Money peakProfit = 0;              // highest cumulative profit
    std::int64_t customersAtPeak = 0;  // how many top customers reach the peak
    Money top20Profit = 0;             // profit of the most profitable 20%
    Money bottom30Profit = 0;          // profit of the least profitable 30% (negative: taken away)
    std::vector<ProfitPoint> curve;
};

// Value of `points` evenly spaced points (1/points, 2/points, .., 1) of the
// concentration curve, interpolated linearly between customers. Values are
// ranked largest first; share 0 when the total is 0.
std::vector<CurvePoint> concentrationCurve(std::span<const Money> values, int points);

// Gini coefficient of `values` (any order): sum over pairs |x_i - x_j| /
// (2 n^2 mean). nullopt when n = 0 or the total is <= 0.
std::optional<double> gini(std::span<const Money> values);

Concentration concentration(std::span<const Money> values);

// Tiers A, B, C (always three entries, possibly empty) of customers' revenues.
std::vector<Tier> abcTiers(std::span<const Money> revenues);

// Whale curve of profits; `points` curve points. The bottom 30% is the
// round(0.3 n) least profitable customers, the top 20% the round(0.2 n) most.
WhaleCurve whaleCurve(std::span<const Money> profits, int points);

} // namespace crm::pareto
