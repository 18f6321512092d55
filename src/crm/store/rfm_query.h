#pragma once
// RFM of every customer as of a date, read from the store: from the kept
// aggregates when the date is on or after every transaction (no window),
// else by one pass over the transactions up to the date.
#include "crm/analytics/rfm.h"
#include "crm/date.h"

#include <optional>
#include <string>
#include <vector>

namespace crm {

class Database;

struct RfmRow {
    std::string code;
    rfm::Score score;
};

struct RfmRequest {
    Date asOf;
    std::optional<int> windowDays; // only transactions in (asOf - N, asOf]
};

// Scored customers (at least one purchase in range), ordered by code.
std::vector<RfmRow> computeRfm(const Database& db, const RfmRequest& request);

// Behaviour of every customer with a purchase in range, by customer id.
std::vector<rfm::Behaviour> loadBehaviours(const Database& db, const RfmRequest& request);

} // namespace crm
