// Which customers a filter selects, and which of them are behind each
// figure of the dashboard: the same tests the panels count with.
#include "crm/analytics/dashboard.h"

#include <algorithm>

namespace crm::dashboard {

namespace {

// A filter's texts as dictionary indexes; a text no customer has matches nobody.
using Wanted = std::optional<std::optional<std::uint32_t>>;

Wanted resolve(const Dictionary& d, const std::string& text) {
    if (text.empty())
        return std::nullopt;
    return d.find(text);
}

bool fieldMatches(const Wanted& wanted, std::uint32_t value) { return !wanted || *wanted == value; }

using Test = std::function<bool(const CustomerFacts&)>;

// Customers of the selection that `test` accepts, by id.
Ids idsWhere(const Facts& facts, const std::vector<bool>& isSelected, const Test& test) {
    Ids ids;
    for (std::size_t i = 0; i < facts.customers.size(); ++i)
        if (isSelected[i] && test(facts.customers[i]))
            ids.push_back(facts.customers[i].id);
    return ids;
}

Ids tierCustomers(const Facts& facts, const std::vector<bool>& isSelected, int wanted) {
    Ids ids;
    forEachTier(facts, isSelected, [&](std::uint32_t i, int tier) {
        if (tier == wanted)
            ids.push_back(facts.customers[i].id);
    });
    std::sort(ids.begin(), ids.end());
    return ids;
}

Ids flowCustomers(const Facts& facts, const std::vector<bool>& isSelected, const Figure& f) {
    Ids ids;
    for (const StageMove& move : facts.moves)
        if (isSelected[move.customer] && move.from == f.row && move.to == f.column)
            ids.push_back(facts.customers[move.customer].id);
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end()); // moves come in customer order
    return ids;
}

Ids atRiskCustomers(const Facts& facts, const std::vector<bool>& isSelected) {
    Ids ids;
    for (const RiskFacts& r : facts.atRisk)
        if (isSelected[r.customer])
            ids.push_back(facts.customers[r.customer].id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

Test ledgerTest(const Dictionary& names, const std::string& name,
                std::uint32_t CustomerFacts::*field) {
    const auto index = names.find(name);
    return [index, field](const CustomerFacts& c) {
        return c.stage != kNotCounted && index && c.*field == *index;
    };
}

Test cohortTest(const Facts& facts, int row) {
    const int month = firstCohortMonth(facts) + row;
    return [month](const CustomerFacts& c) {
        return c.firstPurchase != kNoPurchase && monthNumberOfDay(c.firstPurchase) == month;
    };
}

} // namespace

std::vector<bool> selection(const Facts& facts, const Filter& filter) {
    const Wanted owner = resolve(facts.owners, filter.owner);
    const Wanted region = resolve(facts.regions, filter.region);
    const Wanted industry = resolve(facts.industries, filter.industry);
    std::vector<bool> isSelected(facts.customers.size());
    for (std::size_t i = 0; i < facts.customers.size(); ++i) {
        const CustomerFacts& c = facts.customers[i];
        isSelected[i] = (!filter.kind || *filter.kind == c.kind) && fieldMatches(owner, c.owner) &&
                        fieldMatches(region, c.region) && fieldMatches(industry, c.industry);
    }
    return isSelected;
}

int monthNumberOfDay(std::int32_t day) {
    const Date date = fromDayNumber(day);
    return date.year() * 12 + (date.month() - 1);
}

int firstCohortMonth(const Facts& facts) {
    const Date& start = facts.period.start;
    const int last = facts.period.asOf.year() * 12 + (facts.period.asOf.month() - 1);
    return std::min(start.year() * 12 + (start.month() - 1), last - (kCohortMonths - 1));
}

Ids customersOf(const Facts& facts, const Filter& filter, const Figure& f) {
    const std::vector<bool> isSelected = selection(facts, filter);
    using Kind = Figure::Kind;
    switch (f.kind) {
    case Kind::Stage:
        return idsWhere(facts, isSelected, [&](const CustomerFacts& c) { return c.stage == f.row; });
    case Kind::RfmCell:
        return idsWhere(facts, isSelected,
                        [&](const CustomerFacts& c) { return c.r == f.row && c.f == f.column; });
    case Kind::Segment:
        return idsWhere(facts, isSelected, [&](const CustomerFacts& c) {
            return c.r != 0 && static_cast<int>(rfm::segmentFor(c.r, c.f)) == f.row;
        });
    case Kind::Migration:
        return idsWhere(facts, isSelected, [&](const CustomerFacts& c) {
            return facts.riskAssessed && segmentAtStart(c) == f.row && segmentAtDate(c) == f.column &&
                   (f.row != rfm::kNotScored || f.column != rfm::kNotScored);
        });
    case Kind::Tier: return tierCustomers(facts, isSelected, f.row);
    case Kind::Flow: return flowCustomers(facts, isSelected, f);
    case Kind::AtRisk: return atRiskCustomers(facts, isSelected);
    case Kind::Cohort: return idsWhere(facts, isSelected, cohortTest(facts, f.row));
    case Kind::Industry:
        return idsWhere(facts, isSelected, ledgerTest(facts.industries, f.name, &CustomerFacts::industry));
    case Kind::Region:
        return idsWhere(facts, isSelected, ledgerTest(facts.regions, f.name, &CustomerFacts::region));
    case Kind::Owner:
        return idsWhere(facts, isSelected, ledgerTest(facts.owners, f.name, &CustomerFacts::owner));
    }
    return {};
}

} // namespace crm::dashboard
