// The customers for the dashboard: their attributes (and, when the date
// is on or after every transaction, their kept totals), read in two halves
// of ids by two threads, each with its own connection.
#include "crm/names.h"
#include "crm/store/dashboard_scan.h"
#include "crm/store/database.h"
#include "crm/store/rfm_scan.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>

namespace crm::dashboard_scan {

namespace {

// Columns 6..11 of readCustomers' query: the totals when the date is on or
// after every transaction.
void copyAggregates(const RfmScan& st, dashboard::CustomerFacts& c) {
    c.purchases = st.int64(6);
    c.net = st.int64(9);
    c.costedRevenue = st.int64(10);
    c.cost = st.int64(11);
    c.hasTransactions = c.purchases > 0 || c.net != 0; // refunds are negative
    if (c.purchases > 0) {
        c.firstPurchase = static_cast<std::int32_t>(st.int64(7));
        c.lastPurchase = static_cast<std::int32_t>(st.int64(8));
    }
}

} // namespace

namespace {

// Where the customers with ids in [low, high] go, in id order, with the
// dictionaries their indexes point into.
struct CustomerShare {
    std::vector<dashboard::CustomerFacts>& customers;
    std::vector<std::int32_t>& created;
    std::vector<std::int64_t>& purchaseCounts;
    dashboard::Dictionary &owners, &regions, &industries;
};

// The second share's own vectors and dictionaries, appended to the first's
// when both are read (the first is read straight into the scan).
struct OwnShare {
    std::vector<dashboard::CustomerFacts> customers;
    std::vector<std::int32_t> created;
    std::vector<std::int64_t> purchaseCounts;
    dashboard::Dictionary owners, regions, industries;
    CustomerShare share() { return {customers, created, purchaseCounts, owners, regions, industries}; }
};

void readCustomerRange(SQLite::Database& sql, const Scan& scan, std::int64_t low, std::int64_t high,
                       const CustomerShare& share, const std::function<bool(double)>& keepGoing) {
    RfmScan st(sql, "SELECT id, kind, owner, region, industry, created_on, purchase_count, "
                    "first_purchase, last_purchase, net_amount, costed_amount, cost FROM customer "
                    "WHERE id BETWEEN ? AND ? ORDER BY id");
    st.bind(1, low);
    st.bind(2, high);
    // Room for every id of the range: address space only (pages come as they
    // are written), and no growth copies the customers again.
    const auto room = static_cast<std::size_t>(std::max<std::int64_t>(0, high - low + 1));
    share.customers.reserve(share.customers.size() + room);
    share.created.reserve(share.created.size() + room);
    share.purchaseCounts.reserve(share.purchaseCounts.size() + room);
    std::size_t read = 0;
    while (st.step()) {
        dashboard::CustomerFacts& c = share.customers.emplace_back();
        c.id = st.int64(0);
        const char* kind = st.key(1); // keys are literals: NUL-terminated
        c.kind = kind != nullptr && std::strcmp(kind, toKey(CustomerKind::Person).data()) == 0
                     ? CustomerKind::Person
                     : CustomerKind::Organisation;
        c.owner = share.owners.indexOf(st.text(2));
        c.region = share.regions.indexOf(st.text(3));
        c.industry = share.industries.indexOf(st.text(4));
        share.created.push_back(static_cast<std::int32_t>(st.int64(5)));
        share.purchaseCounts.push_back(st.int64(6));
        if (scan.fromAggregates)
            copyAggregates(st, c);
        if (++read % kProgressEvery == 0 &&
            !keepGoing(static_cast<double>(c.id - low) / static_cast<double>(high - low + 1)))
            return;
    }
}

// Each value's index in `into`, by its index in `from`.
std::vector<std::uint32_t> remapped(const dashboard::Dictionary& from, dashboard::Dictionary& into) {
    std::vector<std::uint32_t> indexes(from.size());
    for (std::uint32_t i = 0; i < from.size(); ++i)
        indexes[i] = into.indexOf(from[i]);
    return indexes;
}

// The second share after the first, which is in the scan already: its
// dictionaries' values as one reading in id order would have numbered them.
void append(Scan& scan, OwnShare& share) {
    dashboard::Facts& facts = scan.facts;
    const auto owners = remapped(share.owners, facts.owners);
    const auto regions = remapped(share.regions, facts.regions);
    const auto industries = remapped(share.industries, facts.industries);
    for (dashboard::CustomerFacts& c : share.customers) {
        c.owner = owners[c.owner];
        c.region = regions[c.region];
        c.industry = industries[c.industry];
        facts.customers.push_back(c);
    }
    scan.created.insert(scan.created.end(), share.created.begin(), share.created.end());
    scan.purchaseCounts.insert(scan.purchaseCounts.end(), share.purchaseCounts.begin(), share.purchaseCounts.end());
}

} // namespace

void readCustomers(Scan& scan) {
    SQLite::Database& sql = scan.db.sql();
    dashboard::Facts& facts = scan.facts;
    const auto maxId = sql.execAndGet("SELECT ifnull(max(id), 0) FROM customer").getInt64();
    scan.indexById.assign(static_cast<std::size_t>(maxId) + 1, kNoIndex);
    facts.customers.reserve(static_cast<std::size_t>(maxId));
    scan.created.reserve(static_cast<std::size_t>(maxId));
    scan.purchaseCounts.reserve(static_cast<std::size_t>(maxId));
    const std::int64_t middle = maxId / 2;
    const CustomerShare first{facts.customers, scan.created, scan.purchaseCounts,
                              facts.owners,    facts.regions, facts.industries};
    OwnShare second;
    inTwoHalves(
        scan.db,
        [&](SQLite::Database& own) {
            readCustomerRange(own, scan, 0, middle, first, [&](double done) {
                scan.report(0, 10, done);
                return true;
            });
        },
        [&](SQLite::Database& own, const std::function<bool()>& keepGoing) {
            readCustomerRange(own, scan, middle + 1, maxId, second.share(), [&](double) { return keepGoing(); });
        });
    append(scan, second);
    for (std::uint32_t i = 0; i < facts.customers.size(); ++i)
        scan.indexById[static_cast<std::size_t>(facts.customers[i].id)] = i;
}

} // namespace crm::dashboard_scan
