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
#include <array>
#include <cstring>
#include <atomic>
#include <exception>
#include <functional>
#include <iterator>
#include <span>
#include <string>
#include <thread>
#include <tuple>

namespace crm::dashboard_scan {

namespace {

using dashboard::kNotCounted;

// Which of two changes of a customer is later: by day, then derived before
// manual on the same day, then by id (lifecycle_merge.h, stageTotals). Day
// and manual in one number; the id is not kept: the changes are read in id
// order, and of equal keys the one read later wins (`>=` below, stable sorts
// and merges), which spares a column of ten million rows. A million of these,
// and three million below, are fresh memory on every read of the dashboard.
struct ChangeKey {
    std::int64_t dayAndManual = std::numeric_limits<std::int64_t>::min(); // day * 2 + manual
    ChangeKey() = default;
    ChangeKey(std::int64_t day, std::int64_t manual) : dayAndManual(day * 2 + (manual != 0 ? 1 : 0)) {}
    std::int64_t day() const { return dayAndManual >> 1; } // floor: right for days before 1970 too
    friend auto operator<=>(const ChangeKey&, const ChangeKey&) = default;
};

struct LatestBefore {
    ChangeKey key;
    std::uint8_t stage = kNotCounted; // kNotCounted: no change before the period
};

struct PeriodChange {
    ChangeKey key;
    std::uint32_t customer = 0;
    std::uint8_t from = 0, to = 0;
};

// The stored keys, by stage, and which stage's key starts with each letter
// (they all start differently): one comparison per row of ten million.
struct StageKeys {
    std::array<std::string_view, kStageCount> keys;
    std::array<std::uint8_t, 256> byFirstLetter;
    StageKeys() {
        byFirstLetter.fill(kNotCounted);
        for (int s = 0; s < kStageCount; ++s) {
            keys[s] = toKey(static_cast<Stage>(s));
            byFirstLetter[static_cast<unsigned char>(keys[s].front())] = static_cast<std::uint8_t>(s);
        }
    }
};

std::uint8_t stageCode(const char* key) {
    static const StageKeys stages;
    if (key != nullptr)
        if (const std::uint8_t s = stages.byFirstLetter[static_cast<unsigned char>(key[0])];
            s != kNotCounted && std::strcmp(stages.keys[s].data(), key) == 0) // keys are literals: NUL-terminated
            return s;
    throw StoreError(StoreError::Kind::Damaged, "stage_change holds '" + std::string(key ? key : "NULL") +
                                                    "', which is not a lifecycle stage");
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

// Reads the changes with ids in [low, high] into `read`; `keepGoing(fraction
// done)` is asked now and then.
void readShare(SQLite::Database& sql, const Scan& scan, std::int64_t low, std::int64_t high, StageRead& read,
               const std::function<bool(double)>& keepGoing) {
    read.before.assign(scan.facts.customers.size(), {});
    // Room for every row of the share: address space only, the kernel gives
    // pages as they are written, and no growth copies the changes again.
    read.inPeriod.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, high - low + 1)));
    const std::int64_t startDay = toDayNumber(scan.facts.period.start);
    const std::int64_t asOfDay = toDayNumber(scan.facts.period.asOf);
    // As of the latest transaction (the usual date) few changes or none are
    // later: they are skipped here, which spares SQLite a column and a
    // comparison for each of ten million rows. For an earlier date SQLite
    // skips them, often a large part of the table.
    std::string query = "SELECT customer_id, day, manual, from_stage, to_stage FROM stage_change "
                        "WHERE id BETWEEN ?1 AND ?2";
    if (!scan.fromAggregates)
        query += " AND day <= ?3";
    query += " ORDER BY id"; // in id order: see ChangeKey
    RfmScan st(sql, query.c_str());
    st.bind(1, low);
    st.bind(2, high);
    if (!scan.fromAggregates)
        st.bind(3, asOfDay);
    for (std::int64_t rows = 1; st.step(); ++rows) {
        if (rows % kProgressEvery == 0 && !keepGoing(static_cast<double>(rows) / static_cast<double>(high - low + 1)))
            return;
        const std::uint32_t customer = scan.indexOf(st.int64(0));
        const std::int64_t day = st.int64(1);
        if (customer == kNoIndex || day > asOfDay)
            continue;
        const ChangeKey key{day, st.int64(2)};
        const std::uint8_t to = stageCode(st.key(4));
        if (key.day() < startDay) {
            LatestBefore& b = read.before[customer];
            if (key >= b.key) // of equal keys, the later id
                b = {key, to};
            continue;
        }
        const char* fromKey = st.key(3);
        const std::uint8_t from = fromKey == nullptr ? 0 : stageCode(fromKey);
        read.inPeriod.push_back({key, customer, from, to});
    }
}

bool byCustomerAndTime(const PeriodChange& a, const PeriodChange& b) {
    return std::tie(a.customer, a.key) < std::tie(b.customer, b.key);
}

// The later change before the period of the two shares into the first's
// (the second's ids are the larger: it wins equal keys); each share's
// changes of the period in order (they usually are), equal keys in id order.
void settle(std::array<StageRead, 2>& shares) {
    for (std::size_t i = 0; i < shares[0].before.size(); ++i)
        if (shares[1].before[i].stage != kNotCounted && shares[1].before[i].key >= shares[0].before[i].key)
            shares[0].before[i] = shares[1].before[i];
    for (StageRead& share : shares)
        if (!std::is_sorted(share.inPeriod.begin(), share.inPeriod.end(), byCustomerAndTime))
            std::stable_sort(share.inPeriod.begin(), share.inPeriod.end(), byCustomerAndTime);
}

// The table in two halves of ids, the second on its own thread and connection.
std::array<StageRead, 2> readChanges(Scan& scan) {
    SQLite::Database& sql = scan.db.sql();
    const std::int64_t low = sql.execAndGet("SELECT ifnull(min(id), 1) FROM stage_change").getInt64();
    const std::int64_t high = sql.execAndGet("SELECT ifnull(max(id), 0) FROM stage_change").getInt64();
    const std::int64_t middle = low + (high - low) / 2;
    std::array<StageRead, 2> shares;
    inTwoHalves(
        scan.db,
        [&](SQLite::Database& first) {
            readShare(first, scan, low, middle, shares[0], [&](double done) {
                scan.report(10, 20, done);
                return true;
            });
        },
        [&](SQLite::Database& own, const std::function<bool()>& keepGoing) {
            readShare(own, scan, middle + 1, high, shares[1], [&](double) { return keepGoing(); });
        });
    settle(shares);
    return shares;
}

// The changes of `customer` at `next` in `changes` (sorted by customer); moves `next` past them.
std::span<const PeriodChange> changesOf(std::uint32_t customer, const std::vector<PeriodChange>& changes,
                                        std::size_t& next) {
    const std::size_t first = next;
    while (next < changes.size() && changes[next].customer == customer)
        ++next;
    return std::span(changes).subspan(first, next - first);
}

// One customer's stage at each checkpoint, from its latest change before the
// period and its changes in the period (in order).
void stagesOf(Scan& scan, std::uint32_t customer, const LatestBefore& before,
              std::span<const PeriodChange> changes, const std::vector<std::int64_t>& checkpoints) {
    const std::size_t months = checkpoints.size();
    std::uint8_t stage = before.stage;
    std::size_t next = 0;
    for (std::size_t k = 0; k < months; ++k) {
        while (next < changes.size() && changes[next].key.day() <= checkpoints[k])
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
    const std::array<StageRead, 2> shares = readChanges(scan);
    std::vector<std::int64_t> checkpoints;
    for (const Date& d : facts.monthEnds)
        checkpoints.push_back(toDayNumber(d));
    facts.monthStages.assign(facts.customers.size() * checkpoints.size(), kNotCounted);
    facts.moves.reserve(shares[0].inPeriod.size() + shares[1].inPeriod.size());
    std::array<std::size_t, 2> next{0, 0};
    std::vector<PeriodChange> changes; // one customer's, of both shares, in order
    for (std::uint32_t c = 0; c < facts.customers.size(); ++c) {
        const auto first = changesOf(c, shares[0].inPeriod, next[0]);
        const auto second = changesOf(c, shares[1].inPeriod, next[1]);
        changes.clear();
        std::merge(first.begin(), first.end(), second.begin(), second.end(), std::back_inserter(changes),
                   byCustomerAndTime); // stable: of equal keys the first share's (smaller ids) first
        stagesOf(scan, c, shares[0].before[c], changes, checkpoints);
        for (const PeriodChange& change : changes)
            facts.moves.push_back({change.customer, change.from, change.to});
    }
    scan.report(20, 20, 1.0);
}

} // namespace crm::dashboard_scan
