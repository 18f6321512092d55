#include "crm/store/rfm_history_query.h"

#include "crm/store/database.h"
#include "crm/store/rfm_query.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace crm {

namespace {

std::vector<rfm::Placement> placementsAt(const Database& db, Date asOf,
                                         std::optional<int> windowDays) {
    const auto scores = rfm::score(loadBehaviours(db, RfmRequest{asOf, windowDays}));
    std::vector<rfm::Placement> out;
    out.reserve(scores.size());
    for (const auto& s : scores) // loadBehaviours orders by customer id
        out.push_back({s.behaviour.customerId, s.segment});
    return out;
}

} // namespace

std::vector<rfm::DatedAmount> customerTransactions(const Database& db, std::int64_t customerId) {
    SQLite::Statement st(db.sql(),
                         "SELECT day, amount FROM txn WHERE customer_id = ? ORDER BY day, id");
    st.bind(1, customerId);
    std::vector<rfm::DatedAmount> out;
    while (st.executeStep())
        out.push_back({fromDayNumber(st.getColumn(0).getInt64()), st.getColumn(1).getInt64()});
    return out;
}

std::vector<rfm::HistoryPoint> customerRfmHistory(const Database& db, std::int64_t customerId,
                                                  const RfmHistoryRequest& request,
                                                  const SnapshotProgress& progress) {
    const auto dates = rfm::monthEndsUpTo(request.asOf, request.months);
    const auto cuts = cutpointsAt(db, dates, request.windowDays, progress);
    const auto transactions = customerTransactions(db, customerId);
    return rfm::history(transactions, customerId, cuts, request.windowDays);
}

rfm::MigrationMatrix segmentMigration(const Database& db, Date from, Date to,
                                      std::optional<int> windowDays) {
    const auto before = placementsAt(db, from, windowDays);
    const auto after = placementsAt(db, to, windowDays);
    return rfm::migration(before, after);
}

} // namespace crm
