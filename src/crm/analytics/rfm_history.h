#pragma once
// One customer's RFM over the last months: its behaviour at each month end
// from its own transactions, scored with that month end's cutpoints.
#include "crm/analytics/rfm_cutpoints.h"
#include "crm/date.h"

#include <optional>
#include <span>
#include <vector>

namespace crm::rfm {

// The `count` latest month ends on or before `asOf`, oldest first
// (`asOf` itself when it is the last day of its month).
std::vector<Date> monthEndsUpTo(Date asOf, int count);
// Every month end in [from, to], oldest first.
std::vector<Date> monthEndsBetween(Date from, Date to);

// One transaction of the customer: its day and amount (refunds negative).
struct DatedAmount {
    Date date;
    Money amount = 0;
};

// The customer's behaviour as of `asOf` (window: only (asOf - N, asOf]);
// nullopt when it has no purchase in range, i.e. is not scored then.
std::optional<Behaviour> behaviourAsOf(std::span<const DatedAmount> transactions,
                                       std::int64_t customerId, Date asOf,
                                       std::optional<int> windowDays = {});

struct HistoryPoint {
    Date monthEnd;
    std::int64_t scoredCustomers = 0; // n at that date
    std::optional<Score> score;       // empty: the customer was not scored then
};

// The customer's R/F/M/segment at each of `cutpoints`' dates.
std::vector<HistoryPoint> history(std::span<const DatedAmount> transactions,
                                  std::int64_t customerId,
                                  std::span<const std::pair<Date, Cutpoints>> cutpoints,
                                  std::optional<int> windowDays = {});

} // namespace crm::rfm
