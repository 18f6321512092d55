#pragma once
// The one pass over the transactions behind `crm at-risk`: for every customer
// the latest purchase on the date and at the earlier month end (R scores are
// relative to everyone), and for the customers in scope their revenue
// windows and purchase days. Internal to the store.
#include "crm/money.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace crm {

struct RiskWindow {
    std::int64_t asOfDay = 0;
    std::int64_t beforeDay = 0;    // the earlier month end
    std::int64_t recentAfter = 0;  // recent revenue: (recentAfter, asOfDay]
    std::int64_t baselineAfter = 0; // baseline: (baselineAfter, recentAfter]
};

inline constexpr std::int64_t kNoDay = std::numeric_limits<std::int64_t>::min();

// A customer in scope; its purchases are days[offset, offset + count).
struct RiskLedger {
    bool inScope = false;
    Money net = 0, recent = 0, baseline = 0;
    std::int64_t firstPurchase = std::numeric_limits<std::int64_t>::max();
    std::size_t offset = 0, count = 0, capacity = 0;
};

struct RiskScan {
    std::vector<std::int64_t> lastNow;    // by customer id; kNoDay: no purchase by the date
    std::vector<std::int64_t> lastBefore; // the same at the earlier month end
    std::vector<RiskLedger> ledgers;      // by customer id
    std::vector<std::int64_t> days;       // purchase days of the customers in scope
    std::vector<Money> amounts;           // and their amounts
};

// Customers in scope: with a purchase, and of `owner` when given. Slots for
// their purchases are sized from the kept purchase counts.
RiskScan scanForRisk(SQLite::Database& sql, const RiskWindow& window,
                     const std::optional<std::string>& owner);

} // namespace crm
