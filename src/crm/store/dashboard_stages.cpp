// The stored lifecycle timeline for the dashboard: each customer's stage on
// the date and at every month end of the period, and the stage changes of
// the period. One pass over stage_change in table order; only the changes
// inside the period are kept and put in order.
#include "crm/errors.h"
#include "crm/names.h"
#include "crm/store/dashboard_scan.h"
#include "crm/store/database.h"
#include "crm/store/rfm_scan.h"

#include <SQLiteCpp/Database.h>
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <algorithm>
#include <span>
#include <tuple>

namespace crm::dashboard_scan {

namespace {

using dashboard::kNotCounted;

// Which of two changes of a customer is later: by day, then derived before
// manual on the same day, then by id (lifecycle_merge.h, stageTotals).
struct ChangeKey {
    std::int64_t day = std::numeric_limits<std::int64_t>::min();
    std::int64_t manual = 0;
    std::int64_t id = 0;
    friend auto operator<=>(const ChangeKey&, const ChangeKey&) = default;
};

struct LatestBefore {
    ChangeKey key;
    std::uint8_t stage = kNotCounted; // kNotCounted: no change before the period
};

struct PeriodChange {
    std::uint32_t customer = 0;
    ChangeKey key;
    std::uint8_t from = 0, to = 0;
};

std::uint8_t stageCode(std::string_view key) {
    for (int s = 0; s < kStageCount; ++s)
        if (toKey(static_cast<Stage>(s)) == key)
            return static_cast<std::uint8_t>(s);
    throw StoreError(StoreError::Kind::Damaged,
                     "stage_change holds '" + std::string(key) + "', which is not a lifecycle stage");
}

// Month ends of [start, asOf], then asOf itself when it is not a month end.
std::vector<Date> checkpointsOf(const dashboard::Period& period) {
    std::vector<Date> dates;
    for (Date end = period.start.end_of_month(); end <= period.asOf;
         end = (end + boost::gregorian::days(1)).end_of_month())
        dates.push_back(end);
    if (dates.empty() || dates.back() != period.asOf)
        dates.push_back(period.asOf);
    return dates;
}

struct StageRead {
    std::vector<LatestBefore> before;    // by customer index
    std::vector<PeriodChange> inPeriod; // in [start, asOf]
};

StageRead readChanges(Scan& scan) {
    StageRead read{std::vector<LatestBefore>(scan.facts.customers.size()), {}};
    const std::int64_t startDay = toDayNumber(scan.facts.period.start);
    SQLite::Database& sql = scan.db.sql();
    const auto total = sql.execAndGet("SELECT ifnull(max(id), 0) FROM stage_change").getInt64();
    RfmScan st(sql, "SELECT customer_id, day, manual, id, from_stage, to_stage FROM stage_change "
                    "WHERE day <= ?");
    st.bind(1, toDayNumber(scan.facts.period.asOf));
    for (std::int64_t rows = 1; st.step(); ++rows) {
        if (rows % kProgressEvery == 0)
            scan.report(10, 20, static_cast<double>(st.int64(3)) / static_cast<double>(total));
        const std::uint32_t customer = scan.indexOf(st.int64(0));
        if (customer == kNoIndex)
            continue;
        const ChangeKey key{st.int64(1), st.int64(2), st.int64(3)};
        const std::uint8_t to = stageCode(st.text(5));
        if (key.day < startDay) {
            LatestBefore& b = read.before[customer];
            if (key > b.key)
                b = {key, to};
            continue;
        }
        const std::uint8_t from = st.isNull(4) ? 0 : stageCode(st.text(4));
        read.inPeriod.push_back({customer, key, from, to});
    }
    return read;
}

// One customer's stage at each checkpoint, from its latest change before the
// period and its changes in the period (in order).
void stagesOf(Scan& scan, std::uint32_t customer, const LatestBefore& before,
              std::span<const PeriodChange> changes, const std::vector<std::int64_t>& checkpoints) {
    const std::size_t months = checkpoints.size();
    std::uint8_t stage = before.stage;
    std::size_t next = 0;
    for (std::size_t k = 0; k < months; ++k) {
        while (next < changes.size() && changes[next].key.day <= checkpoints[k])
            stage = changes[next++].to;
        const bool created = scan.created[customer] <= checkpoints[k];
        scan.facts.monthStages[customer * months + k] =
            stage != kNotCounted ? stage : created ? static_cast<std::uint8_t>(Stage::Prospect) : kNotCounted;
    }
    scan.facts.customers[customer].stage = scan.facts.monthStages[customer * months + months - 1];
}

} // namespace

void readStages(Scan& scan) {
    dashboard::Facts& facts = scan.facts;
    facts.monthEnds = checkpointsOf(facts.period);
    StageRead read = readChanges(scan);
    const auto byCustomerAndTime = [](const PeriodChange& a, const PeriodChange& b) {
        return std::tie(a.customer, a.key) < std::tie(b.customer, b.key);
    };
    if (!std::is_sorted(read.inPeriod.begin(), read.inPeriod.end(), byCustomerAndTime))
        std::sort(read.inPeriod.begin(), read.inPeriod.end(), byCustomerAndTime);
    std::vector<std::int64_t> checkpoints;
    for (const Date& d : facts.monthEnds)
        checkpoints.push_back(toDayNumber(d));
    facts.monthStages.assign(facts.customers.size() * checkpoints.size(), kNotCounted);
    std::size_t first = 0;
    for (std::uint32_t c = 0; c < facts.customers.size(); ++c) {
        std::size_t last = first;
        while (last < read.inPeriod.size() && read.inPeriod[last].customer == c)
            ++last;
        stagesOf(scan, c, read.before[c], std::span(read.inPeriod).subspan(first, last - first), checkpoints);
        first = last;
    }
    facts.moves.reserve(read.inPeriod.size());
    for (const PeriodChange& change : read.inPeriod)
        facts.moves.push_back({change.customer, change.from, change.to});
    scan.report(20, 20, 1.0);
}

} // namespace crm::dashboard_scan
