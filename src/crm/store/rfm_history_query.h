#pragma once
// One customer's RFM at each of the last month ends, and the segment
// migration between two dates, read from the store.
#include "crm/analytics/rfm_history.h"
#include "crm/analytics/rfm_migration.h"
#include "crm/store/rfm_snapshot.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace crm {

class Database;

// The customer's transactions (date, amount), oldest first.
std::vector<rfm::DatedAmount> customerTransactions(const Database& db, std::int64_t customerId);

struct RfmHistoryRequest {
    Date asOf;
    int months = 12;                // month ends on or before asOf
    std::optional<int> windowDays;  // as in RfmRequest
};

// R/F/M/segment at each month end, oldest first; missing snapshots are
// computed (everyone scored once per missing month end) and kept.
std::vector<rfm::HistoryPoint> customerRfmHistory(const Database& db, std::int64_t customerId,
                                                  const RfmHistoryRequest& request,
                                                  const SnapshotProgress& progress = {});

// Every customer scored at `from` or at `to`, counted by (segment at from,
// segment at to).
rfm::MigrationMatrix segmentMigration(const Database& db, Date from, Date to,
                                      std::optional<int> windowDays = {});

} // namespace crm
