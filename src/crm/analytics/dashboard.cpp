#include "crm/analytics/dashboard.h"

#include <algorithm>
#include <functional>
#include <span>
#include <vector>

namespace crm::dashboard {

std::uint32_t Dictionary::indexOf(std::string_view value) {
    if (m_last < m_values.size() && m_values[m_last] == value)
        return m_last;
    const auto [it, added] = m_index.try_emplace(std::string(value), static_cast<std::uint32_t>(m_values.size()));
    if (added)
        m_values.emplace_back(value);
    m_last = it->second;
    return m_last;
}

std::optional<std::uint32_t> Dictionary::find(const std::string& value) const {
    const auto it = m_index.find(value);
    if (it == m_index.end())
        return std::nullopt;
    return it->second;
}

LifecyclePanel lifecyclePanel(const Facts& facts, const Selection& selected) {
    LifecyclePanel panel;
    for (int s = 0; s < kStageCount; ++s)
        panel.stages[static_cast<std::size_t>(s)].stage = static_cast<Stage>(s);
    for (const std::uint32_t i : selected) {
        const CustomerFacts& c = facts.customers[i];
        if (c.stage == kNotCounted)
            continue;
        StageRow& row = panel.stages[c.stage];
        ++row.customers;
        row.net += c.net;
        row.margin += c.margin();
        panel.totalNet += c.net;
        panel.totalMargin += c.margin();
    }
    return panel;
}

RfmPanel rfmPanel(const Facts& facts, const Selection& selected) {
    RfmPanel panel;
    for (int s = 0; s < rfm::kSegmentCount; ++s)
        panel.segments[static_cast<std::size_t>(s)].segment = static_cast<rfm::Segment>(s);
    for (const std::uint32_t i : selected) {
        const CustomerFacts& c = facts.customers[i];
        if (c.r == 0)
            continue;
        RfmCell& cell = panel.cells[c.r - 1U][c.f - 1U];
        ++cell.customers;
        cell.monetary += c.net;
        SegmentRow& segment = panel.segments[static_cast<std::size_t>(rfm::segmentFor(c.r, c.f))];
        ++segment.customers;
        segment.monetary += c.net;
        ++panel.scored;
        panel.monetary += c.net;
    }
    return panel;
}

int segmentAtStart(const CustomerFacts& c) {
    return c.segmentAtStart == kNoSegment ? rfm::kNotScored : c.segmentAtStart;
}

int segmentAtDate(const CustomerFacts& c) {
    return c.r == 0 ? rfm::kNotScored : static_cast<int>(rfm::segmentFor(c.r, c.f));
}

MigrationPanel migrationPanel(const Facts& facts, const Selection& selected) {
    MigrationPanel panel;
    panel.from = facts.period.start;
    panel.to = facts.period.asOf;
    if (!facts.riskAssessed)
        return panel;
    for (const std::uint32_t i : selected) {
        const int from = segmentAtStart(facts.customers[i]), to = segmentAtDate(facts.customers[i]);
        if (from == rfm::kNotScored && to == rfm::kNotScored)
            continue;
        ++panel.matrix.counts[static_cast<std::size_t>(from)][static_cast<std::size_t>(to)];
        panel.moved += from != to ? 1 : 0;
    }
    return panel;
}

namespace {

// The ABC tier (0 = A) of each of `nets`, the revenues of customers in
// revenue order (largest first): calls tier(position, tier) for each. As
// pareto::abcTiers: by the revenue of the customers ranked strictly above,
// so tied customers share a tier.
template <class Tier>
void tiersOf(std::span<const Money> nets, Tier&& tier) {
    Money total = 0;
    for (const Money net : nets)
        total += net;
    Money above = 0, groupAbove = 0;
    for (std::size_t k = 0; k < nets.size(); ++k) {
        const Money net = nets[k];
        if (k == 0 || net != nets[k - 1])
            groupAbove = above;
        int t = 2;
        if (net > 0 && total > 0)
            t = groupAbove * 5 < total * 4 ? 0 : groupAbove * 20 < total * 19 ? 1 : 2;
        tier(k, t);
        above += net;
    }
}

} // namespace

void forEachTier(const Facts& facts, const std::vector<bool>& isSelected,
                 const std::function<void(std::uint32_t, int)>& tier) {
    std::vector<std::uint32_t> ranked;
    std::vector<Money> nets;
    for (const std::uint32_t i : facts.byRevenue)
        if (isSelected[i]) {
            ranked.push_back(i);
            nets.push_back(facts.customers[i].net);
        }
    tiersOf(nets, [&](std::size_t k, int t) { tier(ranked[k], t); });
}

ValuePanel valuePanel(const Facts& facts, const std::vector<bool>& isSelected) {
    std::vector<Money> revenues, margins;
    for (const std::uint32_t i : facts.byRevenue) // largest first: the sorts below are cheap
        if (isSelected[i]) {
            revenues.push_back(facts.customers[i].net);
            if (facts.customers[i].hasCosts())
                margins.push_back(facts.customers[i].margin());
        }
    ValuePanel panel;
    panel.revenue = pareto::concentration(revenues);
    panel.curve = pareto::concentrationCurve(revenues, kCurvePoints);
    for (std::size_t t = 0; t < panel.tiers.size(); ++t)
        panel.tiers[t].name = static_cast<char>('A' + t);
    tiersOf(revenues, [&](std::size_t k, int t) { // the selected in revenue order, as forEachTier walks them
        TierRow& row = panel.tiers[static_cast<std::size_t>(t)];
        ++row.customers;
        row.revenue += revenues[k];
    });
    if (!margins.empty())
        panel.margin = pareto::concentration(margins);
    return panel;
}

FlowPanel flowPanel(const Facts& facts, const std::vector<bool>& isSelected) {
    FlowPanel panel;
    std::vector<std::uint32_t> lastMover(kStageCount * kStageCount, kNoCustomer);
    for (const StageMove& move : facts.moves) { // in customer order
        if (!isSelected[move.customer])
            continue;
        ++panel.changes[move.from][move.to];
        std::uint32_t& last = lastMover[move.from * kStageCount + move.to];
        if (last != move.customer)
            ++panel.customers[move.from][move.to];
        last = move.customer;
    }
    return panel;
}

std::vector<MonthStages> historyPanel(const Facts& facts, const Selection& selected) {
    const std::size_t months = facts.monthEnds.size();
    std::vector<MonthStages> history(months);
    for (std::size_t k = 0; k < months; ++k)
        history[k].monthEnd = facts.monthEnds[k];
    for (const std::uint32_t i : selected)
        for (std::size_t k = 0; k < months; ++k)
            if (const std::uint8_t stage = facts.monthStages[i * months + k]; stage != kNotCounted)
                ++history[k].customers[stage];
    return history;
}

namespace {

Selection indexesOf(const std::vector<bool>& isSelected) {
    Selection selected;
    for (std::size_t i = 0; i < isSelected.size(); ++i)
        if (isSelected[i])
            selected.push_back(static_cast<std::uint32_t>(i));
    return selected;
}

} // namespace

DashboardData summarize(const Facts& facts, const Filter& filter) {
    const std::vector<bool> isSelected = selection(facts, filter);
    const Selection selected = indexesOf(isSelected);
    DashboardData data;
    data.period = facts.period;
    data.filter = filter;
    data.currencyDecimals = facts.currencyDecimals;
    data.currencyCode = facts.currencyCode;
    data.timelineAsOf = facts.timelineAsOf;
    data.riskAssessed = facts.riskAssessed;
    data.lifecycle = lifecyclePanel(facts, selected);
    for (const StageRow& row : data.lifecycle.stages)
        data.customers += row.customers;
    data.rfm = rfmPanel(facts, selected);
    data.migration = migrationPanel(facts, selected);
    data.value = valuePanel(facts, isSelected);
    data.flow = flowPanel(facts, isSelected);
    data.history = historyPanel(facts, selected);
    data.atRisk = atRiskPanel(facts, isSelected);
    data.cohorts = cohortPanel(facts, selected);
    data.clv = clvPanel(facts, selected);
    data.ledger = ledgerPanel(facts, selected);
    return data;
}

// The panels it sets are those the desktop view draws again on completion
// (DashboardPanel::needsTheFullPass).
DashboardData completed(DashboardData quick, const Facts& facts) {
    const std::vector<bool> isSelected = selection(facts, quick.filter);
    const Selection selected = indexesOf(isSelected);
    quick.riskAssessed = facts.riskAssessed;
    quick.migration = migrationPanel(facts, selected);
    quick.atRisk = atRiskPanel(facts, isSelected);
    quick.clv = clvPanel(facts, selected);
    return quick;
}

} // namespace crm::dashboard
