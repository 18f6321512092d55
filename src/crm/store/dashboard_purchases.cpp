// The transactions for the dashboard, in one pass over txn in table order:
// revenue, margin and purchases to the date, and every customer's purchase
// days (the at-risk signs need them). The table is read from both ends by two
// threads, each with its own connection: on a million customers the pass is
// most of the dashboard's time, and SQLite spends it stepping rows.
#include "crm/errors.h"
#include "crm/store/at_risk_query.h"
#include "crm/store/dashboard_pass.h"
#include "crm/store/database.h"
#include "crm/store/lifecycle_rules_store.h"
#include "crm/store/rfm_scan.h"
#include "crm/store/transaction_days.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <functional>
#include <mutex>
#include <numeric>
#include <optional>
#include <string>

namespace crm::dashboard_scan {

void Totals::add(const Totals& other) {
    net += other.net;
    costedRevenue += other.costedRevenue;
    cost += other.cost;
    recent += other.recent;
    baseline += other.baseline;
    first = std::min(first, other.first);
    last = std::max(last, other.last);
    lastBefore = std::max(lastBefore, other.lastBefore);
    purchases += other.purchases;
    any = any || other.any;
}

namespace {

// One thread's rows.
struct Share {
    std::vector<Totals> totals; // by customer index
    // The first share fills each customer's slot from its start, the other
    // (reading the table downwards) from its end: no copy of ten million
    // purchases, and no two threads write the same place unless the kept
    // counts are wrong (which merge() then reports; the stores are atomic,
    // so even that is no race).
    bool fromEnd = false;
};

struct IdRange {
    std::int64_t low = 0, high = 0;
};

// The table's ids in chunks, claimed from the bottom by the pass's thread
// and from the top by the second one, until they meet: the second can join
// whenever its core is free and still take half of what is left.
class Chunks {
public:
    Chunks(std::int64_t low, std::int64_t high)
        : m_low(low), m_high(high), m_next(low), m_top(high),
          m_size(std::max<std::int64_t>(1, (high - low + 1) / kChunks)) {}

    std::optional<IdRange> fromBottom() {
        const std::lock_guard lock(m_mutex);
        if (m_next > m_top)
            return std::nullopt;
        const IdRange range{m_next, std::min(m_top, m_next + m_size - 1)};
        m_next = range.high + 1;
        return range;
    }
    std::optional<IdRange> fromTop() {
        const std::lock_guard lock(m_mutex);
        if (m_next > m_top)
            return std::nullopt;
        const IdRange range{std::max(m_next, m_top - m_size + 1), m_top};
        m_top = range.low - 1;
        return range;
    }
    // Share of the ids claimed so far (0..1; 1 for an empty table).
    double claimed() {
        const std::lock_guard lock(m_mutex);
        if (m_high < m_low)
            return 1.0;
        return static_cast<double>((m_next - m_low) + (m_high - m_top)) / static_cast<double>(m_high - m_low + 1);
    }

private:
    static constexpr std::int64_t kChunks = 40; // about a quarter million rows each
    std::mutex m_mutex;
    const std::int64_t m_low, m_high;
    std::int64_t m_next, m_top, m_size;
};

Window windowOf(const Database& db, const Date& asOf) {
    const lifecycle::Rules rules = LifecycleRulesStore(db).load();
    Window w;
    w.asOf = toDayNumber(asOf);
    w.before = toDayNumber(monthEndThreeBefore(asOf));
    w.recentDays = rules.recentDays;
    w.baselineDays = rules.baselineDays;
    w.recentAfter = w.asOf - rules.recentDays;
    w.baselineAfter = w.recentAfter - rules.baselineDays;
    return w;
}

std::size_t capacityOf(const Pass& pass, std::uint32_t customer) {
    const std::size_t end = customer + 1 < pass.offset.size() ? pass.offset[customer + 1] : pass.days.size();
    return end - pass.offset[customer];
}

[[noreturn]] void countsDisagree(std::uint32_t customer) {
    throw StoreError(StoreError::Kind::Damaged, "customer number " + std::to_string(customer) +
                                                    ": kept purchase count disagrees with its transactions");
}

void writePurchase(Pass& pass, std::uint32_t customer, std::uint32_t index, bool fromEnd, std::int64_t day,
                   Money amount) {
    const std::size_t capacity = capacityOf(pass, customer);
    if (index >= capacity)
        countsDisagree(customer);
    const std::size_t at = pass.offset[customer] + (fromEnd ? capacity - 1 - index : index);
    std::atomic_ref(pass.days[at]).store(day, std::memory_order_relaxed);
    if (pass.model)
        std::atomic_ref(pass.amounts[at]).store(amount, std::memory_order_relaxed);
}

void addTransaction(Pass& pass, Share& share, std::uint32_t customer, std::int64_t day, Money amount,
                    const std::optional<Money>& cost) {
    Totals& t = share.totals[customer];
    const Window& w = pass.window;
    t.any = true;
    t.net += amount;
    if (cost) {
        t.costedRevenue += amount;
        t.cost += *cost;
    }
    t.recent += day > w.recentAfter ? amount : 0;
    t.baseline += day > w.baselineAfter && day <= w.recentAfter ? amount : 0;
    if (amount < 0)
        return;
    t.first = std::min(t.first, day);
    t.last = std::max(t.last, day);
    if (day <= w.before)
        t.lastBefore = std::max(t.lastBefore, day);
    writePurchase(pass, customer, t.purchases, share.fromEnd, day, amount);
    ++t.purchases;
}

std::string queryOf(const Pass& pass, bool downwards) {
    // Fewer columns and conditions per row when they cannot matter: ten million rows.
    std::string query = pass.needCosts ? "SELECT customer_id, day, amount, cost FROM txn"
                                       : "SELECT customer_id, day, amount FROM txn";
    query += " WHERE id BETWEEN ? AND ?";
    if (!pass.everyTransaction)
        query += " AND day <= ?";
    if (downwards)
        query += " ORDER BY id DESC";
    return query;
}

// Reads the chunks `claim` gives into `share` (sized on the first); stops
// when `keepGoing` is false, which it is asked every kProgressEvery rows and
// before each chunk. Returns the rows read.
std::int64_t readChunks(SQLite::Database& sql, const Scan& scan, Pass& pass, Share& share,
                        const std::function<std::optional<IdRange>()>& claim, const std::function<bool()>& keepGoing) {
    share.totals.assign(scan.facts.customers.size(), {});
    const std::string query = queryOf(pass, share.fromEnd);
    std::int64_t rows = 0;
    while (keepGoing()) {
        const std::optional<IdRange> range = claim();
        if (!range)
            return rows;
        RfmScan st(sql, query.c_str());
        st.bind(1, range->low);
        st.bind(2, range->high);
        if (!pass.everyTransaction)
            st.bind(3, pass.window.asOf);
        while (st.step()) {
            if (++rows % kProgressEvery == 0 && !keepGoing())
                return rows;
            const std::uint32_t customer = scan.indexOf(st.int64(0));
            if (customer == kNoIndex)
                continue;
            const std::optional<Money> cost =
                !pass.needCosts || st.isNull(3) ? std::nullopt : std::optional(st.int64(3));
            addTransaction(pass, share, customer, st.int64(1), st.int64(2), cost);
        }
    }
    return rows;
}

void reserveSlots(const Scan& scan, Pass& pass) {
    pass.offset.resize(scan.facts.customers.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < pass.offset.size(); ++i) {
        pass.offset[i] = next;
        next += static_cast<std::size_t>(scan.purchaseCounts[i]);
    }
    pass.days.resize(next);
    if (pass.model)
        pass.amounts.resize(next);
}

// Moves the `count` values at the end of [begin, begin + capacity) (the
// second share's, written backwards from the top of the table down: in id
// order) to follow the `first` ones at its start, which come before them.
template <class Value>
void moveToFollow(std::vector<Value>& values, std::size_t begin, std::size_t capacity, std::size_t first,
                  std::size_t count) {
    const auto start = values.begin() + static_cast<std::ptrdiff_t>(begin);
    const auto tail = start + static_cast<std::ptrdiff_t>(capacity - count);
    if (first + count < capacity) // the target starts before the source: a forward copy is safe
        std::copy(tail, tail + static_cast<std::ptrdiff_t>(count), start + static_cast<std::ptrdiff_t>(first));
}

// Adds the second share's totals and purchases of customers [from, to) to
// the first's, which are the pass's already.
void merge(Pass& pass, const Share& secondShare, std::uint32_t from, std::uint32_t to) {
    const std::vector<Totals>& second = secondShare.totals;
    for (std::uint32_t i = from; i < to; ++i) {
        const std::size_t first = pass.totals[i].purchases, moved = second[i].purchases;
        const std::size_t capacity = capacityOf(pass, i);
        if (first + moved > capacity)
            countsDisagree(i);
        pass.totals[i].add(second[i]);
        if (moved == 0)
            continue;
        moveToFollow(pass.days, pass.offset[i], capacity, first, moved);
        if (pass.model)
            moveToFollow(pass.amounts, pass.offset[i], capacity, first, moved);
    }
}

// Puts the purchases of each customer in [from, to) in day order (usually
// they already are).
void sortSlices(Pass& pass, std::uint32_t from, std::uint32_t to) {
    std::vector<std::size_t> order;
    std::vector<std::int64_t> days;
    std::vector<Money> amounts;
    for (std::uint32_t i = from; i < to; ++i) {
        const auto begin = pass.days.begin() + static_cast<std::ptrdiff_t>(pass.offset[i]);
        const auto end = begin + pass.totals[i].purchases;
        if (std::is_sorted(begin, end))
            continue;
        if (!pass.model) {
            std::sort(begin, end);
            continue;
        }
        order.resize(pass.totals[i].purchases);
        std::iota(order.begin(), order.end(), pass.offset[i]);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return pass.days[a] < pass.days[b]; });
        days.clear();
        amounts.clear();
        for (const std::size_t k : order) {
            days.push_back(pass.days[k]);
            amounts.push_back(pass.amounts[k]);
        }
        std::copy(days.begin(), days.end(), begin);
        std::copy(amounts.begin(), amounts.end(), pass.amounts.begin() + static_cast<std::ptrdiff_t>(pass.offset[i]));
    }
}

// The second reader joins as soon as pass.secondCoreFree allows.
bool secondMayStart(const Pass& pass) {
    return pass.secondCoreFree == nullptr || pass.secondCoreFree->load();
}

} // namespace

void scanTransactions(Scan& scan, Pass& pass) {
    SQLite::Database& sql = scan.db.sql();
    // Two queries: SQLite finds min() and max() through the key only when each is alone.
    const std::int64_t low = sql.execAndGet("SELECT ifnull(min(id), 1) FROM txn").getInt64();
    const std::int64_t high = sql.execAndGet("SELECT ifnull(max(id), 0) FROM txn").getInt64();
    Chunks chunks(low, high);
    std::array<Share, 2> shares{Share{{}, false}, Share{{}, true}};
    std::int64_t secondRows = 0;
    SecondReader second;
    const auto startSecond = [&] {
        second.start(scan.db, [&](SQLite::Database& own, const std::function<bool()>& keepGoing) {
            secondRows = readChunks(own, scan, pass, shares[1], [&] { return chunks.fromTop(); }, keepGoing);
        });
    };
    if (secondMayStart(pass))
        startSecond();
    readChunks(sql, scan, pass, shares[0], [&] { return chunks.fromBottom(); }, [&] {
        if (!second.started() && secondMayStart(pass))
            startSecond();
        scan.report(20, 75, chunks.claimed()); // throws Cancelled when asked to stop
        return true;
    });
    second.finish();
    pass.secondReaderRows = secondRows;
    // Each customer's slot is its own: the two halves of them on two threads.
    pass.totals = std::move(shares[0].totals);
    const auto count = static_cast<std::uint32_t>(pass.totals.size()), half = count / 2;
    const bool merging = !shares[1].totals.empty();
    const auto finish = [&](std::uint32_t from, std::uint32_t to) {
        if (merging)
            merge(pass, shares[1], from, to);
        sortSlices(pass, from, to);
    };
    bothAtOnce(merging, [&] { finish(0, half); }, [&] { finish(half, count); });
}

Pass scannedPass(Scan& scan, bool totalsKnown, const std::atomic<bool>* secondCoreFree) {
    Pass pass;
    pass.secondCoreFree = secondCoreFree;
    pass.window = windowOf(scan.db, scan.facts.period.asOf);
    pass.needCosts = !totalsKnown;
    pass.everyTransaction = pass.window.asOf >= latestTransactionDay(scan.db.sql());
    pass.model = ClvModelStore(scan.db).latest(scan.facts.period.asOf);
    if (pass.model && !pass.model->model.usable())
        pass.model.reset();
    reserveSlots(scan, pass);
    scanTransactions(scan, pass);
    return pass;
}

void readPurchases(Scan& scan, bool totalsKnown) {
    const Pass pass = scannedPass(scan, totalsKnown);
    scan.report(80, 80, 1.0);
    if (!totalsKnown) {
        copyTotals(scan, pass);
        deriveFromTotals(scan);
    }
    scan.report(85, 85, 1.0);
    assessRisk(scan, pass);
}

} // namespace crm::dashboard_scan
