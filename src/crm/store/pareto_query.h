#pragma once
// Revenue and margin of every customer as of a date, for the 80/20 analysis
// (analytics/pareto.h): from the customer aggregates when the date is on or
// after every transaction, else by one pass over the transactions.
#include "crm/analytics/pareto.h"
#include "crm/date.h"
#include "crm/money.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace crm {

class Database;

struct CustomerRevenue {
    std::int64_t customerId = 0;
    Money netRevenue = 0;        // transactions dated <= as of, refunds included
    std::optional<Money> margin; // costed revenue - cost, where costs are recorded
};

// Customers with at least one transaction dated on or before `asOf`, by id.
std::vector<CustomerRevenue> loadCustomerRevenues(const Database& db, Date asOf);

struct ParetoReport {
    pareto::Concentration revenue;
    std::vector<pareto::CurvePoint> revenueCurve;
    std::vector<pareto::Tier> tiers;
    std::optional<pareto::Concentration> margin; // when some customer has costs
    std::optional<pareto::WhaleCurve> whale;
};

// The whole 80/20 report as of `asOf`, curves with `points` points.
ParetoReport computePareto(const Database& db, Date asOf, int points = 20);

} // namespace crm
