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

enum class FactsDepth {
    Full,  // everything
    Quick, // everything but the at-risk ranking and the model's values when the
           // date is on or after every transaction (from the customers' kept
           // aggregates, without the pass over the transactions); else Full
};

// The facts of every customer for `period`; nullopt when cancelled.
// Throws StoreError (or ValidationError when the period starts after its date).
std::optional<dashboard::Facts> loadDashboardFacts(const Database& db,
                                                   const dashboard::Period& period,
                                                   const DashboardProgress& progress = {},
                                                   FactsDepth depth = FactsDepth::Full);

// Full facts, with the quick ones first: when the date allows quick facts
// (FactsDepth::Quick), they are given to `quickFirst` (on the calling
// thread, to be copied if kept) while the pass over the transactions that
// completes them runs on a thread of its own; the two reads share the
// cores, so the complete facts come sooner than by completeDashboardFacts
// after a quick load. Otherwise as FactsDepth::Full, without the call.
using QuickFacts = std::function<void(const dashboard::Facts&)>;
std::optional<dashboard::Facts> loadDashboardFacts(const Database& db, const dashboard::Period& period,
                                                   const DashboardProgress& progress,
                                                   const QuickFacts& quickFirst);

// Adds the at-risk ranking and the model's values to quick facts (one pass
// over the transactions); false when cancelled (the facts are then as before).
// The facts must not be read by another thread meanwhile.
bool completeDashboardFacts(const Database& db, dashboard::Facts& facts,
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
