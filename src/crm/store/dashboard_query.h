#pragma once
// The managers' dashboard from the store: every customer's facts as of a
// date in one scan of customers, one of stage changes and one of
// transactions (dashboard::Facts), then any filter's panels from those
// without the store. Long on a million customers: it reports progress and
// can be cancelled. Definitions: docs/dashboard.md.
#include "crm/analytics/dashboard.h"

#include <functional>
#include <optional>

namespace crm {

class Database;

// Percent done (0..100); return false to cancel.
using DashboardProgress = std::function<bool(int percent)>;

// The facts of every customer for `period`; nullopt when cancelled.
// Throws StoreError (or ValidationError when the period starts after its date).
std::optional<dashboard::Facts> loadDashboardFacts(const Database& db,
                                                   const dashboard::Period& period,
                                                   const DashboardProgress& progress = {});

// Code and name of the customers in the at-risk rows (the facts keep neither).
void fillNames(const Database& db, dashboard::AtRiskPanel& panel);

// loadDashboardFacts, summarize and fillNames in one; nullopt when cancelled.
std::optional<dashboard::DashboardData> computeDashboard(const Database& db,
                                                         const dashboard::Period& period,
                                                         const dashboard::Filter& filter,
                                                         const DashboardProgress& progress = {});

// The first day of the month `months` - 1 months before the month of
// `asOf`: a period of that many month ends (the dashboard's default is 12).
Date periodStartFor(Date asOf, int months = 12);

} // namespace crm
