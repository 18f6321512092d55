// From the pass over the transactions to the dashboard's facts: totals,
// the revenue ranking, RFM scores among everyone, and the early-warning
// signs and value at stake exactly as `crm at-risk` computes them
// (at_risk_query.cpp), plus the stored lifetime-value model's view of each
// customer when there is one for the date. Customers are assessed on two
// threads, each taking half of them.
#include "crm/analytics/clv_summary.h"
#include "crm/analytics/rfm_cutpoints.h"
#include "crm/store/dashboard_pass.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>

namespace crm::dashboard_scan {

void copyTotals(Scan& scan, const Pass& pass) {
    for (std::size_t i = 0; i < pass.totals.size(); ++i) {
        const Totals& t = pass.totals[i];
        dashboard::CustomerFacts& c = scan.facts.customers[i];
        c.hasTransactions = t.any;
        c.net = t.net;
        c.costedRevenue = t.costedRevenue;
        c.cost = t.cost;
        c.purchases = t.purchases;
        if (t.purchases > 0) {
            c.firstPurchase = static_cast<std::int32_t>(t.first);
            c.lastPurchase = static_cast<std::int32_t>(t.last);
        }
    }
}

namespace {

// Customers with transactions by revenue, largest first, ties by index.
void rankByRevenue(dashboard::Facts& facts) {
    std::vector<std::pair<Money, std::uint32_t>> ranked;
    ranked.reserve(facts.customers.size()); // address space: pages come as written, no growth copies
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

// Every customer with a purchase as RFM sees it on the date.
std::vector<rfm::Behaviour> behavioursOf(const dashboard::Facts& facts) {
    const std::int64_t asOf = toDayNumber(facts.period.asOf);
    std::vector<rfm::Behaviour> behaviours;
    behaviours.reserve(facts.customers.size());
    for (std::size_t i = 0; i < facts.customers.size(); ++i)
        if (const auto& c = facts.customers[i]; c.purchases > 0)
            behaviours.push_back({static_cast<std::int64_t>(i), asOf - c.lastPurchase, c.purchases, c.net});
    return behaviours;
}

// R, F, M among every customer with a purchase, as computeRfm scores them.
void scoreRfm(dashboard::Facts& facts) {
    const std::vector<rfm::Behaviour> behaviours = behavioursOf(facts);
    const rfm::Cutpoints cuts = rfm::cutpointsOf(behaviours);
    for (const rfm::Behaviour& b : behaviours) {
        const rfm::Score s = rfm::scoreWith(cuts, b);
        dashboard::CustomerFacts& c = facts.customers[static_cast<std::size_t>(b.customerId)];
        c.r = static_cast<std::uint8_t>(s.r);
        c.f = static_cast<std::uint8_t>(s.f);
        c.m = static_cast<std::uint8_t>(s.m);
    }
    facts.scored = static_cast<std::int64_t>(behaviours.size());
}

// R boundaries at the earlier month end, among everyone with a purchase by then.
std::optional<rfm::DimensionCuts> recencyCutsBefore(const Pass& pass) {
    std::vector<rfm::Behaviour> scored;
    scored.reserve(pass.totals.size());
    for (std::size_t i = 0; i < pass.totals.size(); ++i)
        if (pass.totals[i].lastBefore != kNoDay)
            scored.push_back({static_cast<std::int64_t>(i), pass.window.before - pass.totals[i].lastBefore, 0, 0});
    if (scored.empty())
        return std::nullopt;
    return rfm::recencyCutsOf(scored);
}

std::span<const std::int64_t> purchaseDays(const Pass& pass, std::uint32_t i) {
    return {pass.days.data() + pass.offset[i], pass.totals[i].purchases};
}

struct RiskContext {
    const dashboard::Facts& facts;
    const Pass& pass;
    rfm::DimensionCuts cutsNow;
    std::optional<rfm::DimensionCuts> cutsBefore;
    bool stagesKnown = false; // the facts' stages are written: each candidate is scored at once
};

// The candidate's Decline sign from its stage, and its risk and score.
void score(const dashboard::Facts& facts, dashboard::RiskFacts& r) {
    r.warningSigns.declining = facts.customers[r.customer].stage == static_cast<std::uint8_t>(Stage::Decline);
    r.strengths = risk::strengthsOf(r.warningSigns);
    r.risk = risk::combinedRisk(r.strengths);
    r.score = r.valueAtStake * r.risk;
}

// What one thread reuses from customer to customer.
struct Scratch {
    std::vector<std::int64_t> gaps;
    std::vector<clv::Purchase> purchases;
};

// The signs of customer i, all but `declining` (its stage is not read here).
risk::Signals signalsOf(const RiskContext& c, std::uint32_t i, Scratch& scratch) {
    const Totals& t = c.pass.totals[i];
    const Window& w = c.pass.window;
    const auto days = purchaseDays(c.pass, i);
    risk::Signals s;
    s.daysSilent = w.asOf - days.back();
    s.usualGapDays = risk::medianGapDays(days, scratch.gaps);
    s.recentDays = w.recentDays;
    s.recentRevenue = t.recent;
    const double average = static_cast<double>(t.baseline) * w.recentDays / w.baselineDays;
    if (average > 0.0)
        s.baselineAverage = average;
    s.rNow = rfm::scoreWith(c.cutsNow, -(w.asOf - t.last));
    if (c.cutsBefore && t.lastBefore != kNoDay)
        s.rBefore = rfm::scoreWith(*c.cutsBefore, -(w.before - t.lastBefore));
    s.rBeforeDate = fromDayNumber(w.before);
    return s;
}

std::optional<clv::CustomerValue> modelValue(const RiskContext& c, std::uint32_t i, Scratch& scratch) {
    if (!c.pass.model)
        return std::nullopt;
    std::vector<clv::Purchase>& purchases = scratch.purchases;
    purchases.clear();
    const auto days = purchaseDays(c.pass, i);
    for (std::size_t k = 0; k < days.size(); ++k)
        purchases.push_back({fromDayNumber(days[k]), c.pass.amounts[c.pass.offset[i] + k]});
    const auto summary = clv::summarize(purchases, c.facts.period.asOf, c.pass.model->model.unit);
    if (!summary)
        return std::nullopt;
    return clv::predictCustomerValue(c.pass.model->model, *summary);
}

// Customer i's signs and value at stake; writes its model values (its own
// slot: safe from two threads).
void prepare(const RiskContext& c, std::uint32_t i, dashboard::RiskFacts& r, std::vector<dashboard::ValueFacts>& values,
             Scratch& scratch) {
    const Totals& t = c.pass.totals[i];
    r.customer = i;
    r.warningSigns = signalsOf(c, i, scratch);
    r.valueAtStake = risk::yearlyRevenue(t.net, t.first, c.pass.window.asOf);
    if (const auto value = modelValue(c, i, scratch)) {
        r.warningSigns.pAlive = value->probabilityAlive;
        if (std::isfinite(value->lifetimeValue)) {
            r.valueAtStake = std::max(0.0, value->lifetimeValue);
            r.clvBasis = true;
        }
        values[i] = {static_cast<float>(value->probabilityAlive), value->lifetimeValue,
                     value->expectedPurchases * value->expectedSpend};
    }
}

// The customers in [from, to) with a purchase, appended to `candidates`;
// with the stages known, scored, and only those with a score above 0 (a
// third of a million customers fewer to write on the demo's 1M file).
void prepareRange(const RiskContext& c, std::uint32_t from, std::uint32_t to,
                  std::vector<dashboard::RiskFacts>& candidates, std::vector<dashboard::ValueFacts>& values) {
    Scratch scratch;
    for (std::uint32_t i = from; i < to; ++i)
        if (c.pass.totals[i].purchases > 0) {
            dashboard::RiskFacts& r = candidates.emplace_back();
            prepare(c, i, r, values, scratch);
            if (!c.stagesKnown)
                continue;
            score(c.facts, r);
            if (!(r.score > 0.0))
                candidates.pop_back();
        }
}

// Customers per claim of prepareRisk's threads.
constexpr std::uint64_t kRiskChunk = 16384;

std::size_t withPurchases(const Pass& pass) {
    return static_cast<std::size_t>(
        std::count_if(pass.totals.begin(), pass.totals.end(), [](const Totals& t) { return t.purchases > 0; }));
}

// Each customer's RFM segment on the period's first day, scored among
// everyone with a purchase by then (as computeRfm would on that date).
std::vector<std::uint8_t> segmentsAtStart(const dashboard::Facts& facts, const Pass& pass) {
    const std::int64_t start = toDayNumber(facts.period.start);
    std::vector<rfm::Behaviour> scored;
    scored.reserve(pass.totals.size());
    for (std::uint32_t i = 0; i < pass.totals.size(); ++i) {
        const auto days = purchaseDays(pass, i); // in day order
        const auto end = std::upper_bound(days.begin(), days.end(), start);
        if (end != days.begin())
            scored.push_back({static_cast<std::int64_t>(i), start - *(end - 1), end - days.begin(), 0});
    }
    std::vector<std::uint8_t> segments(pass.totals.size(), dashboard::kNoSegment);
    const rfm::DimensionCuts recency = rfm::recencyCutsOf(scored), frequency = rfm::frequencyCutsOf(scored);
    for (const rfm::Behaviour& b : scored) {
        const int r = rfm::scoreWith(recency, -b.recencyDays), f = rfm::scoreWith(frequency, b.frequency);
        segments[static_cast<std::size_t>(b.customerId)] = static_cast<std::uint8_t>(rfm::segmentFor(r, f));
    }
    return segments;
}

// A scored candidate's place in the ranking: largest score first, then by customer.
struct RankKey {
    double score;
    std::uint32_t customer;
    std::uint32_t at; // index into the candidates (of both halves: the second's follow the first's)
};

bool ahead(const RankKey& a, const RankKey& b) {
    return a.score != b.score ? a.score > b.score : a.customer < b.customer;
}

// The candidates with a score above 0, in rank order.
std::vector<RankKey> rankKeys(const std::vector<dashboard::RiskFacts>& candidates) {
    std::vector<RankKey> keys;
    keys.reserve(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (candidates[i].score > 0.0)
            keys.push_back({candidates[i].score, candidates[i].customer, static_cast<std::uint32_t>(i)});
    std::sort(keys.begin(), keys.end(), ahead);
    return keys;
}

// The candidates of `keys` in their order, moved out of the halves; the
// second half of them on another thread when `twoThreads`.
std::vector<dashboard::RiskFacts> gathered(std::array<std::vector<dashboard::RiskFacts>, 2>& halves,
                                           const std::vector<RankKey>& keys, bool twoThreads) {
    std::vector<dashboard::RiskFacts> out(keys.size());
    const std::size_t firstSize = halves[0].size();
    const auto gather = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            const std::size_t at = keys[i].at;
            out[i] = std::move(at < firstSize ? halves[0][at] : halves[1][at - firstSize]);
        }
    };
    const std::size_t half = keys.size() / 2;
    bothAtOnce(twoThreads, [&] { gather(0, half); }, [&] { gather(half, keys.size()); });
    return out;
}

// The candidates with a score above 0, ranked.
std::vector<dashboard::RiskFacts> ranked(std::vector<dashboard::RiskFacts>& candidates) {
    std::array<std::vector<dashboard::RiskFacts>, 2> halves{std::move(candidates), {}};
    return gathered(halves, rankKeys(halves[0]), false);
}

} // namespace

void deriveFromTotals(Scan& scan) {
    rankByRevenue(scan.facts);
    scoreRfm(scan.facts);
}

rfm::DimensionCuts recencyCutsNow(const dashboard::Facts& facts) {
    return rfm::recencyCutsOf(behavioursOf(facts));
}

PreparedRisk prepareRisk(const dashboard::Facts& facts, const Pass& pass, bool twoThreads, const RiskInputs& inputs) {
    rfm::DimensionCuts cutsNow;
    std::optional<rfm::DimensionCuts> cutsBefore;
    bothAtOnce(
        twoThreads, [&] { cutsNow = inputs.cutsNow ? *inputs.cutsNow : recencyCutsNow(facts); },
        [&] { cutsBefore = recencyCutsBefore(pass); });
    const RiskContext context{facts, pass, cutsNow, cutsBefore,
                              inputs.stagesKnown != nullptr && inputs.stagesKnown->load(std::memory_order_acquire)};
    PreparedRisk prepared;
    prepared.rBeforeDate = fromDayNumber(pass.window.before);
    if (pass.model) {
        prepared.modelAsOf = pass.model->asOf;
        prepared.values.assign(pass.totals.size(), {0.0F, std::nan(""), 0.0});
    }
    const auto count = static_cast<std::uint32_t>(pass.totals.size());
    // Each thread claims chunks of customers until none are left, the second
    // once it has the segments on the first day (a tenth of a second on a
    // million customers, which left the first thread idle at the end when
    // each took half). Each writes its own candidates (of a million, ~200
    // bytes each: reserved, so never copied by growth, and faulted in by the
    // thread that writes them) and its customers' model values; with the
    // stages known, each ranks its own.
    const std::size_t candidates = withPurchases(pass);
    std::array<std::vector<dashboard::RiskFacts>, 2> halves;
    halves[0].reserve(candidates); // address space: pages come as they are written
    halves[1].reserve(candidates);
    std::atomic<std::uint64_t> nextChunk = 0;
    const auto prepareChunks = [&](std::vector<dashboard::RiskFacts>& out) {
        for (;;) {
            const std::uint64_t from = nextChunk.fetch_add(kRiskChunk);
            if (from >= count)
                return;
            prepareRange(context, static_cast<std::uint32_t>(from),
                         static_cast<std::uint32_t>(std::min<std::uint64_t>(count, from + kRiskChunk)), out,
                         prepared.values);
        }
    };
    std::array<std::vector<RankKey>, 2> keys;
    bothAtOnce(
        twoThreads,
        [&] {
            prepareChunks(halves[0]);
            if (context.stagesKnown)
                keys[0] = rankKeys(halves[0]);
        },
        [&] {
            prepared.segmentsAtStart = segmentsAtStart(facts, pass);
            prepareChunks(halves[1]);
            if (context.stagesKnown)
                keys[1] = rankKeys(halves[1]); // `at` from 0: moved past the first's below
        });
    if (!context.stagesKnown) { // scored and ranked by finishRisk: every candidate
        halves[0].insert(halves[0].end(), std::make_move_iterator(halves[1].begin()),
                         std::make_move_iterator(halves[1].end()));
        prepared.candidates = std::move(halves[0]);
        return prepared;
    }
    for (RankKey& key : keys[1])
        key.at += static_cast<std::uint32_t>(halves[0].size());
    std::vector<RankKey> all(keys[0].size() + keys[1].size());
    std::merge(keys[0].begin(), keys[0].end(), keys[1].begin(), keys[1].end(), all.begin(), ahead);
    prepared.candidates = gathered(halves, all, twoThreads);
    prepared.ranked = true;
    return prepared;
}

void finishRisk(Scan& scan, PreparedRisk prepared) {
    dashboard::Facts& facts = scan.facts;
    if (!prepared.ranked) {
        for (dashboard::RiskFacts& r : prepared.candidates)
            score(facts, r);
        prepared.candidates = ranked(prepared.candidates);
    }
    for (std::size_t i = 0; i < prepared.segmentsAtStart.size(); ++i)
        facts.customers[i].segmentAtStart = prepared.segmentsAtStart[i];
    facts.rBeforeDate = prepared.rBeforeDate;
    facts.modelAsOf = prepared.modelAsOf;
    facts.values = std::move(prepared.values);
    facts.atRisk = std::move(prepared.candidates);
    facts.riskAssessed = true;
}

void assessRisk(Scan& scan, const Pass& pass) {
    const std::atomic<bool> stagesKnown = true; // read before the pass
    finishRisk(scan, prepareRisk(scan.facts, pass, true, {std::nullopt, &stagesKnown}));
}

} // namespace crm::dashboard_scan
