// The dashboard panels after the 80/20 ones: at risk, retention cohorts,
// lifetime value and the ledger (dashboard.h).
#include "crm/analytics/dashboard.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace crm::dashboard {

namespace {

AtRiskRow rowOf(const Facts& facts, const RiskFacts& r) {
    const CustomerFacts& c = facts.customers[r.customer];
    AtRiskRow row;
    row.customerId = c.id;
    row.owner = facts.owners[c.owner];
    row.valueAtStake = r.valueAtStake;
    row.clvBasis = r.clvBasis;
    row.risk = r.risk;
    row.score = r.score;
    row.warningSigns = r.warningSigns;
    row.strengths = r.strengths;
    row.reason = risk::reasonText(r.warningSigns, r.strengths, facts.currencyDecimals);
    return row;
}

Cohort cohortOf(int month) {
    Cohort c;
    c.year = month / 12;
    c.month = month % 12 + 1;
    return c;
}

} // namespace

AtRiskPanel atRiskPanel(const Facts& facts, const std::vector<bool>& isSelected) {
    AtRiskPanel panel; // facts.atRisk is ranked: largest score first, then by id
    for (const RiskFacts& r : facts.atRisk) {
        if (!isSelected[r.customer])
            continue;
        ++panel.customersAtRisk;
        panel.valueAtStake += r.valueAtStake;
        panel.expectedLoss += r.score;
        if (panel.top.size() < kAtRiskRows)
            panel.top.push_back(rowOf(facts, r));
    }
    return panel;
}

std::vector<Cohort> cohortPanel(const Facts& facts, const Selection& selected) {
    const int last = facts.period.asOf.year() * 12 + (facts.period.asOf.month() - 1);
    const int first = firstCohortMonth(facts);
    std::vector<Cohort> cohorts;
    for (int m = first; m <= last; ++m)
        cohorts.push_back(cohortOf(m));
    std::vector<std::array<std::int64_t, 4>> retained(cohorts.size(), std::array<std::int64_t, 4>{});
    for (const std::uint32_t i : selected) {
        const CustomerFacts& c = facts.customers[i];
        if (c.firstPurchase == kNoPurchase)
            continue;
        const int month = monthNumberOfDay(c.firstPurchase);
        if (month < first)
            continue;
        const auto k = static_cast<std::size_t>(month - first);
        ++cohorts[k].customers;
        const int lastMonth = monthNumberOfDay(c.lastPurchase);
        for (std::size_t j = 0; j < kRetentionMonths.size(); ++j)
            retained[k][j] += lastMonth >= month + kRetentionMonths[j] ? 1 : 0;
    }
    for (std::size_t k = 0; k < cohorts.size(); ++k)
        for (std::size_t j = 0; j < kRetentionMonths.size(); ++j)
            if (cohorts[k].customers > 0 && first + static_cast<int>(k) + kRetentionMonths[j] <= last)
                cohorts[k].retained[j] = static_cast<double>(retained[k][j]) /
                                         static_cast<double>(cohorts[k].customers);
    return cohorts;
}

namespace {

// CLV buckets in whole currency units: below 0, 0-1, 1-10, ... 1M and more.
std::vector<double> clvEdges(int decimals) {
    const double unit = std::pow(10.0, decimals);
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    std::vector<double> edges{-kInfinity, 0.0};
    for (double major = 1.0; major <= 1e6; major *= 10.0)
        edges.push_back(major * unit);
    edges.push_back(kInfinity);
    return edges;
}

void addToHistogram(ClvPanel& panel, double clv) {
    const auto upper = std::upper_bound(panel.clvEdges.begin(), panel.clvEdges.end(), clv);
    const auto bucket = static_cast<std::size_t>(upper - panel.clvEdges.begin()) - 1;
    ++panel.clvCounts[std::min(bucket, panel.clvCounts.size() - 1)];
}

} // namespace

ClvPanel clvPanel(const Facts& facts, const Selection& selected) {
    ClvPanel panel;
    if (facts.values.empty())
        return panel;
    panel.hasModel = true;
    panel.clvEdges = clvEdges(facts.currencyDecimals);
    panel.clvCounts.assign(panel.clvEdges.size() - 1, 0);
    std::vector<ValueByGroup> byOwner(facts.owners.size());
    for (const std::uint32_t i : selected) {
        const CustomerFacts& c = facts.customers[i];
        const ValueFacts& v = facts.values[i];
        if (c.purchases == 0 || std::isnan(v.lifetimeValue))
            continue;
        addToHistogram(panel, v.lifetimeValue);
        const auto tenth = static_cast<std::size_t>(std::clamp(v.probabilityAlive * 10.0F, 0.0F, 9.0F));
        ++panel.aliveCounts[tenth];
        if (c.stage != kNotCounted)
            panel.expectedByStage[c.stage] += v.expectedRevenue;
        ++byOwner[c.owner].customers;
        byOwner[c.owner].expectedRevenue += v.expectedRevenue;
        panel.expectedRevenue += v.expectedRevenue;
    }
    for (std::size_t o = 0; o < byOwner.size(); ++o)
        if (byOwner[o].customers > 0) {
            byOwner[o].name = facts.owners[static_cast<std::uint32_t>(o)];
            panel.expectedByOwner.push_back(std::move(byOwner[o]));
        }
    std::sort(panel.expectedByOwner.begin(), panel.expectedByOwner.end(),
              [](const ValueByGroup& a, const ValueByGroup& b) { return a.expectedRevenue > b.expectedRevenue; });
    return panel;
}

namespace {

void addToLedger(LedgerRow& row, const CustomerFacts& c) {
    ++row.customers;
    row.net += c.net;
    row.margin += c.margin();
    row.openComplaints += c.openComplaints;
}

std::vector<LedgerRow> ledgerRows(const Dictionary& names, std::vector<LedgerRow> rows) {
    std::vector<LedgerRow> out;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i].customers > 0) {
            rows[i].name = names[static_cast<std::uint32_t>(i)];
            out.push_back(std::move(rows[i]));
        }
    std::stable_sort(out.begin(), out.end(),
                     [](const LedgerRow& a, const LedgerRow& b) { return a.customers > b.customers; });
    return out;
}

} // namespace

LedgerPanel ledgerPanel(const Facts& facts, const Selection& selected) {
    std::vector<LedgerRow> industries(facts.industries.size());
    std::vector<LedgerRow> regions(facts.regions.size());
    std::vector<LedgerRow> owners(facts.owners.size());
    for (const std::uint32_t i : selected) {
        const CustomerFacts& c = facts.customers[i];
        if (c.stage == kNotCounted)
            continue;
        addToLedger(industries[c.industry], c);
        addToLedger(regions[c.region], c);
        addToLedger(owners[c.owner], c);
    }
    return {ledgerRows(facts.industries, std::move(industries)),
            ledgerRows(facts.regions, std::move(regions)), ledgerRows(facts.owners, std::move(owners))};
}

} // namespace crm::dashboard
