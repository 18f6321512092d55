#pragma once
// The buy-till-you-die summary of one customer's purchases (frequency,
// recency, age, mean repeat spend) that the BG/NBD and Gamma-Gamma models are
// fitted on, and its grouping into distinct weighted patterns.
#include "crm/date.h"
#include "crm/money.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace crm::clv {

enum class TimeUnit { Day, Week };

double daysPerUnit(TimeUnit unit);
std::string_view toString(TimeUnit unit);

struct Purchase {
    Date date;
    Money amount = 0; // minor units; negative amounts (refunds) are ignored
};

struct CustomerSummary {
    int frequency = 0;          // x: purchase days after the first one
    double recency = 0.0;       // t_x: first to last purchase day, in time units
    double age = 0.0;           // T: first purchase day to the as-of date, in time units
    double meanRepeatSpend = 0; // minor units; mean over repeat purchase days, 0 when x = 0
};

// Summary of one customer's purchases as of `asOf`. Purchases on the same day
// count as one with their amounts summed; only amounts >= 0 dated on or
// before `asOf` count. nullopt when no purchase counts. Any order of input.
std::optional<CustomerSummary> summarize(std::span<const Purchase> purchases, Date asOf,
                                         TimeUnit unit);

// Customers that share (x, t_x, T): the BG/NBD likelihood depends on nothing
// else, so fitting on distinct patterns costs the same for 1,000 or 1,000,000
// customers with the same history lengths.
struct PurchasePattern {
    int frequency = 0;
    double recency = 0.0;
    double age = 0.0;
    std::int64_t count = 1;
};

// Distinct (x, t_x, T) patterns of `customers`, sorted by x, then t_x, then T.
std::vector<PurchasePattern> distinctPatterns(std::span<const CustomerSummary> customers);

} // namespace crm::clv
