#pragma once
// The reads behind loadDashboardFacts (dashboard_query.h), one file each:
// customers, stage changes, transactions. Internal to the store.
#include "crm/analytics/dashboard_facts.h"
#include "crm/store/dashboard_query.h"

#include <atomic>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <functional>
#include <limits>
#include <thread>
#include <vector>

namespace SQLite {
class Database;
}

namespace crm::dashboard_scan {

// Thrown out of the reads when the progress callback asks to stop.
struct Cancelled {};

inline constexpr std::uint32_t kNoIndex = std::numeric_limits<std::uint32_t>::max();

// The page cache of a connection while it scans (KiB): SQLite's own
// default, since a scan reads each page once; a fresh connection's 64 MiB
// would only be memory for the kernel to hand over page by page.
inline constexpr std::int64_t kScanCacheKiB = 2048;

// A connection of its own for one of the dashboard's scans, with that cache.
Database openForScan(const std::filesystem::path& path);

// A read on a second thread with its own connection (opened on the file of
// `db`, with mapped reads when allowed), started when wanted; it should stop
// when `keepGoing` turns false (its starter failed or is gone).
class SecondReader {
public:
    using Read = std::function<void(SQLite::Database&, const std::function<bool()>& keepGoing)>;
    SecondReader() = default;
    ~SecondReader(); // asks the read to stop and waits for it
    SecondReader(const SecondReader&) = delete;
    SecondReader& operator=(const SecondReader&) = delete;

    void start(const Database& db, Read read);
    bool started() const { return m_thread.joinable(); }
    // Waits for the read (if started); rethrows what it threw.
    void finish();

private:
    std::atomic<bool> m_stop = false;
    std::exception_ptr m_failed;
    std::thread m_thread;
};

// Runs `first` here and `second` on another thread (both here, in turn,
// when `twoThreads` is false); rethrows what either threw once both ended.
void bothAtOnce(bool twoThreads, const std::function<void()>& first, const std::function<void()>& second);

// Runs `first` on the scan's connection while `second` runs as a
// SecondReader. Rethrows the first failure after both ended.
void inTwoHalves(const Database& db, const std::function<void(SQLite::Database&)>& first,
                 const SecondReader::Read& second);

// What the reads share while the facts are being built.
struct Scan {
    const Database& db;
    dashboard::Facts& facts;
    const DashboardProgress& progress;
    std::vector<std::uint32_t> indexById;     // customer id -> index into facts.customers
    std::vector<std::int32_t> created;        // created_on of each customer (by index)
    std::vector<std::int64_t> purchaseCounts; // kept purchase count (all dates), by index
    // The date is on or after every transaction: the customers' kept
    // aggregates are their totals, no pass over the transactions needed.
    bool fromAggregates = false;

    // Reports `fraction` (0..1) of the part from `from` to `to` percent;
    // throws Cancelled when asked to stop.
    void report(int from, int to, double fraction) const;
    std::uint32_t indexOf(std::int64_t customerId) const {
        const auto id = static_cast<std::size_t>(customerId);
        return id < indexById.size() ? indexById[id] : kNoIndex;
    }
};

// How often the scans look at the clock of progress (rows).
inline constexpr std::int64_t kProgressEvery = 1 << 16;

// The customers' attributes (and their aggregates when fromAggregates).
void readCustomers(Scan& scan);
// Stage on the date and at the month ends, the moves of the period.
void readStages(Scan& scan);
// The revenue ranking and RFM scores from the customers' totals.
void deriveFromTotals(Scan& scan);
// One pass over the transactions: the totals (unless `totalsKnown`), then
// the revenue ranking and RFM scores (idem), the at-risk ranking and the
// lifetime-value model's view of each customer.
void readPurchases(Scan& scan, bool totalsKnown);

} // namespace crm::dashboard_scan
