#include "crm/store/at_risk_query.h"

#include "crm/analytics/rfm_cutpoints.h"
#include "crm/names.h"
#include "crm/store/at_risk_scan.h"
#include "crm/store/mapped_reads.h"
#include "crm/store/clv_model_store.h"
#include "crm/store/database.h"
#include "crm/store/lifecycle_rules_store.h"
#include "crm/store/lifecycle_timeline.h"
#include "crm/store/rfm_scan.h"
#include "crm/store/sql_util.h"

#include <SQLiteCpp/Database.h>
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace crm {

Date monthEndThreeBefore(Date asOf) {
    const Date first(asOf.year(), asOf.month(), 1);
    return (first - boost::gregorian::months(3)).end_of_month();
}

namespace {

// R-score boundaries of everyone with a purchase by `day` (frequency and
// monetary do not matter for R and are left 0).
std::optional<rfm::DimensionCuts> recencyCuts(const std::vector<std::int64_t>& last,
                                              std::int64_t day) {
    std::vector<rfm::Behaviour> scored;
    for (std::size_t id = 0; id < last.size(); ++id)
        if (last[id] != kNoDay)
            scored.push_back({static_cast<std::int64_t>(id), day - last[id], 0, 0});
    if (scored.empty())
        return std::nullopt;
    return rfm::recencyCutsOf(scored);
}

// A customer's latest stage change so far: the one with the largest
// (day, manual, id), since derived comes before manual on the same day.
struct LatestChange {
    std::int64_t day = kNoDay, manual = 0, id = 0;
    bool decline = false;
};

// declining[id]: the customer's stage on `day` is Decline (its latest stored
// change dated on or before it). One pass in table order: the index order by
// (customer_id, day) would fetch each row through the index and sort ties.
std::vector<bool> decliningOn(SQLite::Database& sql, std::int64_t day, std::size_t size) {
    std::vector<LatestChange> latest(size);
    RfmScan st(sql, "SELECT customer_id, day, manual, id, to_stage FROM stage_change "
                    "WHERE day <= ?");
    st.bind(1, day);
    const std::string_view decline = toKey(Stage::Decline);
    while (st.step()) {
        const auto customer = static_cast<std::size_t>(st.int64(0));
        if (customer >= size)
            continue;
        LatestChange& l = latest[customer];
        const LatestChange row{st.int64(1), st.int64(2), st.int64(3), false};
        if (std::tie(row.day, row.manual, row.id) > std::tie(l.day, l.manual, l.id))
            l = {row.day, row.manual, row.id, st.text(4) == decline};
    }
    std::vector<bool> declining(size, false);
    for (std::size_t i = 0; i < size; ++i)
        declining[i] = latest[i].decline;
    return declining;
}

// Puts each customer's purchases in day order (usually they already are).
void sortSlices(RiskScan& scan) {
    std::vector<std::size_t> order;
    for (const RiskLedger& l : scan.ledgers) {
        const auto days = scan.days.begin() + static_cast<std::ptrdiff_t>(l.offset);
        if (std::is_sorted(days, days + static_cast<std::ptrdiff_t>(l.count)))
            continue;
        order.resize(l.count);
        std::iota(order.begin(), order.end(), l.offset);
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return scan.days[a] < scan.days[b]; });
        std::vector<std::int64_t> d;
        std::vector<Money> m;
        for (const std::size_t i : order) {
            d.push_back(scan.days[i]);
            m.push_back(scan.amounts[i]);
        }
        std::copy(d.begin(), d.end(), days);
        std::copy(m.begin(), m.end(), scan.amounts.begin() + static_cast<std::ptrdiff_t>(l.offset));
    }
}

// Everything one customer's assessment needs, read once.
struct RiskContext {
    const AtRiskRequest& request;
    RiskWindow window;
    int recentDays = 90, baselineDays = 360;
    RiskScan scan;
    std::optional<rfm::DimensionCuts> cutsNow, cutsBefore;
    std::vector<bool> declining;
    std::optional<StoredClvModel> model;
};

std::optional<int> rScore(const std::optional<rfm::DimensionCuts>& cuts, std::int64_t last,
                          std::int64_t day) {
    if (!cuts || last == kNoDay)
        return std::nullopt;
    return rfm::scoreWith(*cuts, -(day - last));
}

risk::Signals signalsOf(const RiskContext& c, std::size_t id) {
    const RiskLedger& l = c.scan.ledgers[id];
    const std::span<const std::int64_t> days(c.scan.days.data() + l.offset, l.count);
    risk::Signals s;
    s.daysSilent = c.window.asOfDay - days.back();
    s.usualGapDays = risk::medianGapDays(days);
    s.recentDays = c.recentDays;
    s.recentRevenue = l.recent;
    const double average = static_cast<double>(l.baseline) * c.recentDays / c.baselineDays;
    if (average > 0.0)
        s.baselineAverage = average;
    s.rNow = rScore(c.cutsNow, c.scan.lastNow[id], c.window.asOfDay);
    s.rBefore = rScore(c.cutsBefore, c.scan.lastBefore[id], c.window.beforeDay);
    s.rBeforeDate = fromDayNumber(c.window.beforeDay);
    s.declining = c.declining[id];
    return s;
}

// The model's P(alive) and CLV of the customer, when a model is stored.
std::optional<clv::CustomerValue> modelValue(const RiskContext& c, std::size_t id) {
    if (!c.model)
        return std::nullopt;
    const RiskLedger& l = c.scan.ledgers[id];
    std::vector<clv::Purchase> purchases;
    purchases.reserve(l.count);
    for (std::size_t i = l.offset; i < l.offset + l.count; ++i)
        purchases.push_back({fromDayNumber(c.scan.days[i]), c.scan.amounts[i]});
    const auto summary = clv::summarize(purchases, c.request.asOf, c.model->model.unit);
    if (!summary)
        return std::nullopt;
    return clv::predictCustomerValue(c.model->model, *summary, c.request.clv);
}

AtRiskRow assess(const RiskContext& c, std::size_t id) {
    AtRiskRow row;
    row.customerId = static_cast<std::int64_t>(id);
    row.warningSigns = signalsOf(c, id);
    const RiskLedger& l = c.scan.ledgers[id];
    row.valueAtStake = risk::yearlyRevenue(l.net, l.firstPurchase, c.window.asOfDay);
    if (const auto value = modelValue(c, id)) {
        row.warningSigns.pAlive = value->probabilityAlive;
        if (std::isfinite(value->lifetimeValue)) {
            row.valueAtStake = std::max(0.0, value->lifetimeValue);
            row.basis = ValueBasis::Clv;
        }
    }
    row.strengths = risk::strengthsOf(row.warningSigns, c.request.rules);
    row.risk = risk::combinedRisk(row.strengths);
    row.score = row.valueAtStake * row.risk;
    return row;
}

struct Ranked {
    double score = 0.0;
    std::size_t id = 0;
};

std::vector<Ranked> rankAll(const RiskContext& c, AtRiskReport& report) {
    std::vector<Ranked> ranked;
    for (std::size_t id = 0; id < c.scan.ledgers.size(); ++id) {
        if (!c.scan.ledgers[id].inScope || c.scan.ledgers[id].count == 0)
            continue;
        ++report.customersAssessed;
        const AtRiskRow row = assess(c, id);
        if (row.score > 0.0)
            ranked.push_back({row.score, id});
    }
    report.customersAtRisk = static_cast<std::int64_t>(ranked.size());
    const std::size_t keep = c.request.limit == 0 ? ranked.size()
                                                   : std::min(c.request.limit, ranked.size());
    const auto byScore = [](const Ranked& a, const Ranked& b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    };
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep),
                      ranked.end(), byScore);
    ranked.resize(keep);
    return ranked;
}

void addNames(SQLite::Database& sql, AtRiskRow& row) {
    SQLite::Statement st(sql, "SELECT code, name, owner FROM customer WHERE id = ?");
    st.bind(1, row.customerId);
    if (st.executeStep()) {
        row.code = st.getColumn(0).getString();
        row.name = st.getColumn(1).getString();
        row.owner = st.getColumn(2).getString();
    }
}

RiskContext readContext(const Database& db, const AtRiskRequest& request) {
    const lifecycle::Rules rules = LifecycleRulesStore(db).load();
    RiskContext c{request, {}, rules.recentDays, rules.baselineDays, {}, {}, {}, {}, {}};
    c.window.asOfDay = toDayNumber(request.asOf);
    c.window.beforeDay = toDayNumber(monthEndThreeBefore(request.asOf));
    c.window.recentAfter = c.window.asOfDay - rules.recentDays;
    c.window.baselineAfter = c.window.recentAfter - rules.baselineDays;
    c.scan = scanForRisk(db.sql(), c.window, request.owner);
    sortSlices(c.scan);
    c.cutsNow = recencyCuts(c.scan.lastNow, c.window.asOfDay);
    c.cutsBefore = recencyCuts(c.scan.lastBefore, c.window.beforeDay);
    c.declining = decliningOn(db.sql(), c.window.asOfDay, c.scan.ledgers.size());
    c.model = ClvModelStore(db).latest(request.asOf);
    if (c.model && !c.model->model.usable())
        c.model.reset();
    return c;
}

} // namespace

AtRiskReport computeAtRisk(const Database& db, const AtRiskRequest& request) {
    try {
        const MappedReads mapped(db.sql());
        const RiskContext context = readContext(db, request);
        AtRiskReport report;
        report.rBeforeDate = fromDayNumber(context.window.beforeDay);
        report.timelineAsOf = lifecycleTimelineAsOf(db);
        if (context.model)
            report.modelId = context.model->id;
        for (const Ranked& r : rankAll(context, report)) {
            AtRiskRow row = assess(context, r.id);
            row.reason = risk::reasonText(row.warningSigns, row.strengths, db.currency().decimals);
            addNames(db.sql(), row);
            report.rows.push_back(std::move(row));
        }
        return report;
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "ranking customers at risk as of " + toIso(request.asOf));
    }
}

} // namespace crm
