#pragma once
// Purchase histories of every customer as of a date, read from the store in
// one pass over the transactions ordered by customer and day, summarised for
// the lifetime-value models (clv_summary.h) together with each customer's
// historical value (net revenue and margin up to the date).
#include "crm/analytics/clv_summary.h"
#include "crm/date.h"
#include "crm/money.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace crm {

class Database;

struct ClvHistory {
    std::int64_t customerId = 0;
    clv::CustomerSummary summary; // purchases (amount >= 0) dated <= as of
    Money netRevenue = 0;         // all transactions dated <= as of, refunds included
    Money costedRevenue = 0;      // amounts of those of them with a recorded cost
    Money cost = 0;               // their recorded costs

    // Costs count as recorded when costed revenue or cost is not zero (the
    // same test the customer aggregates allow, so every path agrees).
    bool hasCosts() const { return costedRevenue != 0 || cost != 0; }
    std::optional<Money> margin() const {
        return hasCosts() ? std::optional<Money>(costedRevenue - cost) : std::nullopt;
    }
};

// Customers with at least one purchase dated on or before `asOf`, by id.
// The summaries equal clv::summarize's (same-day purchases merged, amounts
// summed), computed while the rows stream by.
std::vector<ClvHistory> loadClvHistories(const Database& db, Date asOf, clv::TimeUnit unit);

// Just the summaries of the above, in the same order.
std::vector<clv::CustomerSummary> summariesOf(const std::vector<ClvHistory>& histories);

} // namespace crm
