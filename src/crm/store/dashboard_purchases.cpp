// The transactions for the dashboard, in one pass over txn in table order:
// revenue, margin and purchases to the date, RFM scores among everyone, and
// the early-warning signs and value at stake exactly as `crm at-risk`
// computes them (at_risk_query.cpp), plus the stored lifetime-value model's
// view of each customer when there is one for the date.
#include "crm/analytics/clv_summary.h"
#include "crm/analytics/rfm_cutpoints.h"
#include "crm/errors.h"
#include "crm/store/at_risk_query.h"
#include "crm/store/clv_model_store.h"
#include "crm/store/dashboard_scan.h"
#include "crm/store/database.h"
#include "crm/store/lifecycle_rules_store.h"
#include "crm/store/rfm_scan.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace crm::dashboard_scan {

namespace {

constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::min();

// One customer's transactions to the date; its purchases are
// days[offset, offset + count).
struct Ledger {
    Money net = 0, costedRevenue = 0, cost = 0, recent = 0, baseline = 0;
    std::int64_t first = std::numeric_limits<std::int64_t>::max();
    std::int64_t last = kNone, lastBefore = kNone;
    bool any = false;
    std::size_t offset = 0, count = 0, capacity = 0;
};

struct Window {
    std::int64_t asOf = 0, before = 0, recentAfter = 0, baselineAfter = 0;
    int recentDays = 90, baselineDays = 360;
};

struct Pass {
    Window window;
    std::vector<Ledger> ledgers; // by customer index
    std::vector<std::int64_t> days;
    std::vector<Money> amounts; // only with a lifetime-value model
    std::optional<StoredClvModel> model;
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

void reserveSlots(const Scan& scan, Pass& pass) {
    pass.ledgers.resize(scan.facts.customers.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < pass.ledgers.size(); ++i) {
        pass.ledgers[i].offset = next;
        pass.ledgers[i].capacity = static_cast<std::size_t>(scan.purchaseCounts[i]);
        next += pass.ledgers[i].capacity;
    }
    pass.days.resize(next);
    if (pass.model)
        pass.amounts.resize(next);
}

void addPurchase(Pass& pass, std::uint32_t customer, std::int64_t day, Money amount) {
    Ledger& l = pass.ledgers[customer];
    if (l.count == l.capacity) // the kept purchase count is below the transactions
        throw StoreError(StoreError::Kind::Damaged,
                         "customer " + std::to_string(customer) +
                             ": kept purchase count disagrees with its transactions");
    l.first = std::min(l.first, day);
    l.last = std::max(l.last, day);
    if (day <= pass.window.before)
        l.lastBefore = std::max(l.lastBefore, day);
    pass.days[l.offset + l.count] = day;
    if (pass.model)
        pass.amounts[l.offset + l.count] = amount;
    ++l.count;
}

void addTransaction(Pass& pass, std::uint32_t customer, std::int64_t day, Money amount,
                    std::optional<Money> cost) {
    Ledger& l = pass.ledgers[customer];
    const Window& w = pass.window;
    l.any = true;
    l.net += amount;
    if (cost) {
        l.costedRevenue += amount;
        l.cost += *cost;
    }
    l.recent += day > w.recentAfter ? amount : 0;
    l.baseline += day > w.baselineAfter && day <= w.recentAfter ? amount : 0;
    if (amount >= 0)
        addPurchase(pass, customer, day, amount);
}

void scanTransactions(Scan& scan, Pass& pass) {
    SQLite::Database& sql = scan.db.sql();
    const auto total = sql.execAndGet("SELECT ifnull(max(id), 0) FROM txn").getInt64();
    RfmScan st(sql, "SELECT customer_id, day, amount, cost, id FROM txn WHERE day <= ?");
    st.bind(1, pass.window.asOf);
    for (std::int64_t rows = 1; st.step(); ++rows) {
        if (rows % kProgressEvery == 0)
            scan.report(20, 80, static_cast<double>(st.int64(4)) / static_cast<double>(total));
        const std::uint32_t customer = scan.indexOf(st.int64(0));
        if (customer == kNoIndex)
            continue;
        const std::optional<Money> cost = st.isNull(3) ? std::nullopt : std::optional(st.int64(3));
        addTransaction(pass, customer, st.int64(1), st.int64(2), cost);
    }
}

// Puts each customer's purchases in day order (usually they already are).
void sortSlices(Pass& pass) {
    std::vector<std::size_t> order;
    std::vector<std::int64_t> days;
    std::vector<Money> amounts;
    for (const Ledger& l : pass.ledgers) {
        const auto begin = pass.days.begin() + static_cast<std::ptrdiff_t>(l.offset);
        const auto end = begin + static_cast<std::ptrdiff_t>(l.count);
        if (std::is_sorted(begin, end))
            continue;
        if (!pass.model) {
            std::sort(begin, end);
            continue;
        }
        order.resize(l.count);
        std::iota(order.begin(), order.end(), l.offset);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return pass.days[a] < pass.days[b]; });
        days.clear();
        amounts.clear();
        for (const std::size_t i : order) {
            days.push_back(pass.days[i]);
            amounts.push_back(pass.amounts[i]);
        }
        std::copy(days.begin(), days.end(), begin);
        std::copy(amounts.begin(), amounts.end(),
                  pass.amounts.begin() + static_cast<std::ptrdiff_t>(l.offset));
    }
}

void copyLedgers(Scan& scan, const Pass& pass) {
    for (std::size_t i = 0; i < pass.ledgers.size(); ++i) {
        const Ledger& l = pass.ledgers[i];
        dashboard::CustomerFacts& c = scan.facts.customers[i];
        c.hasTransactions = l.any;
        c.net = l.net;
        c.costedRevenue = l.costedRevenue;
        c.cost = l.cost;
        c.purchases = static_cast<std::int64_t>(l.count);
        if (l.count > 0) {
            c.firstPurchase = static_cast<std::int32_t>(l.first);
            c.lastPurchase = static_cast<std::int32_t>(l.last);
        }
    }
}

// Customers with transactions by revenue, largest first, ties by index.
void rankByRevenue(dashboard::Facts& facts) {
    std::vector<std::pair<Money, std::uint32_t>> ranked;
    for (std::uint32_t i = 0; i < facts.customers.size(); ++i)
        if (facts.customers[i].hasTransactions)
            ranked.emplace_back(facts.customers[i].net, i);
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    facts.byRevenue.reserve(ranked.size());
    for (const auto& [net, i] : ranked)
        facts.byRevenue.push_back(i);
}

// R, F, M among every customer with a purchase, as computeRfm scores them.
// Returns the recency boundaries (the at-risk R score on the date).
rfm::DimensionCuts scoreRfm(Scan& scan, const Pass& pass) {
    std::vector<rfm::Behaviour> behaviours;
    for (std::size_t i = 0; i < pass.ledgers.size(); ++i)
        if (const Ledger& l = pass.ledgers[i]; l.count > 0)
            behaviours.push_back({static_cast<std::int64_t>(i), pass.window.asOf - l.last,
                                  static_cast<std::int64_t>(l.count), l.net});
    const rfm::Cutpoints cuts = rfm::cutpointsOf(behaviours);
    for (const rfm::Behaviour& b : behaviours) {
        const rfm::Score s = rfm::scoreWith(cuts, b);
        dashboard::CustomerFacts& c = scan.facts.customers[static_cast<std::size_t>(b.customerId)];
        c.r = static_cast<std::uint8_t>(s.r);
        c.f = static_cast<std::uint8_t>(s.f);
        c.m = static_cast<std::uint8_t>(s.m);
    }
    scan.facts.scored = static_cast<std::int64_t>(behaviours.size());
    return cuts.recency;
}

// R boundaries at the earlier month end, among everyone with a purchase by then.
std::optional<rfm::DimensionCuts> recencyCutsBefore(const Pass& pass) {
    std::vector<rfm::Behaviour> scored;
    for (std::size_t i = 0; i < pass.ledgers.size(); ++i)
        if (pass.ledgers[i].lastBefore != kNone)
            scored.push_back({static_cast<std::int64_t>(i), pass.window.before - pass.ledgers[i].lastBefore, 0, 0});
    if (scored.empty())
        return std::nullopt;
    return rfm::cutpointsOf(scored).recency;
}

struct RiskContext {
    const Pass& pass;
    rfm::DimensionCuts cutsNow;
    std::optional<rfm::DimensionCuts> cutsBefore;
};

risk::Signals signalsOf(const Scan& scan, const RiskContext& c, std::uint32_t i) {
    const Ledger& l = c.pass.ledgers[i];
    const Window& w = c.pass.window;
    const std::span<const std::int64_t> days(c.pass.days.data() + l.offset, l.count);
    risk::Signals s;
    s.daysSilent = w.asOf - days.back();
    s.usualGapDays = risk::medianGapDays(days);
    s.recentDays = w.recentDays;
    s.recentRevenue = l.recent;
    const double average = static_cast<double>(l.baseline) * w.recentDays / w.baselineDays;
    if (average > 0.0)
        s.baselineAverage = average;
    s.rNow = rfm::scoreWith(c.cutsNow, -(w.asOf - l.last));
    if (c.cutsBefore && l.lastBefore != kNone)
        s.rBefore = rfm::scoreWith(*c.cutsBefore, -(w.before - l.lastBefore));
    s.rBeforeDate = fromDayNumber(w.before);
    s.declining = scan.facts.customers[i].stage == static_cast<std::uint8_t>(Stage::Decline);
    return s;
}

std::optional<clv::CustomerValue> modelValue(const Scan& scan, const Pass& pass, std::uint32_t i) {
    if (!pass.model)
        return std::nullopt;
    const Ledger& l = pass.ledgers[i];
    std::vector<clv::Purchase> purchases;
    purchases.reserve(l.count);
    for (std::size_t k = l.offset; k < l.offset + l.count; ++k)
        purchases.push_back({fromDayNumber(pass.days[k]), pass.amounts[k]});
    const auto summary = clv::summarize(purchases, scan.facts.period.asOf, pass.model->model.unit);
    if (!summary)
        return std::nullopt;
    return clv::predictCustomerValue(pass.model->model, *summary);
}

void assess(Scan& scan, const RiskContext& c, std::uint32_t i) {
    const Ledger& l = c.pass.ledgers[i];
    dashboard::RiskFacts r;
    r.customer = i;
    r.warningSigns = signalsOf(scan, c, i);
    r.valueAtStake = risk::yearlyRevenue(l.net, l.first, c.pass.window.asOf);
    if (const auto value = modelValue(scan, c.pass, i)) {
        r.warningSigns.pAlive = value->probabilityAlive;
        if (std::isfinite(value->lifetimeValue)) {
            r.valueAtStake = std::max(0.0, value->lifetimeValue);
            r.clvBasis = true;
        }
        scan.facts.values[i] = {static_cast<float>(value->probabilityAlive), value->lifetimeValue,
                                value->expectedPurchases * value->expectedSpend};
    }
    r.strengths = risk::strengthsOf(r.warningSigns);
    r.risk = risk::combinedRisk(r.strengths);
    r.score = r.valueAtStake * r.risk;
    if (r.score > 0.0)
        scan.facts.atRisk.push_back(std::move(r));
}

void assessEveryone(Scan& scan, const Pass& pass, const rfm::DimensionCuts& cutsNow) {
    const RiskContext context{pass, cutsNow, recencyCutsBefore(pass)};
    scan.facts.rBeforeDate = fromDayNumber(pass.window.before);
    if (pass.model) {
        scan.facts.modelAsOf = pass.model->asOf;
        scan.facts.values.assign(pass.ledgers.size(), {0.0F, std::nan(""), 0.0});
    }
    for (std::uint32_t i = 0; i < pass.ledgers.size(); ++i) {
        if (pass.ledgers[i].count > 0)
            assess(scan, context, i);
        if (i % kProgressEvery == 0)
            scan.report(80, 99, static_cast<double>(i) / static_cast<double>(pass.ledgers.size()));
    }
    std::sort(scan.facts.atRisk.begin(), scan.facts.atRisk.end(),
              [](const dashboard::RiskFacts& a, const dashboard::RiskFacts& b) {
                  return a.score != b.score ? a.score > b.score : a.customer < b.customer;
              });
}

} // namespace

void readPurchases(Scan& scan) {
    Pass pass;
    pass.window = windowOf(scan.db, scan.facts.period.asOf);
    pass.model = ClvModelStore(scan.db).latest(scan.facts.period.asOf);
    if (pass.model && !pass.model->model.usable())
        pass.model.reset();
    reserveSlots(scan, pass);
    scanTransactions(scan, pass);
    sortSlices(pass);
    copyLedgers(scan, pass);
    rankByRevenue(scan.facts);
    const rfm::DimensionCuts cutsNow = scoreRfm(scan, pass);
    assessEveryone(scan, pass, cutsNow);
}

} // namespace crm::dashboard_scan
