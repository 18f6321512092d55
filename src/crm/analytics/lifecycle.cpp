#include "crm/analytics/lifecycle.h"

#include "crm/names.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace crm::lifecycle {

namespace {

constexpr Stage kForward[] = {Stage::Prospect, Stage::Exploration, Stage::Formation,
                              Stage::Stability};

int forwardIndex(Stage s) {
    for (int i = 0; i < 4; ++i)
        if (kForward[i] == s)
            return i;
    return -1;
}

bool isActive(Stage s) {
    return s == Stage::Exploration || s == Stage::Formation || s == Stage::Stability;
}

// Boost keeps a date as its Julian day number: day_number() reads it without
// the calendar round trip of julian_day() (toDayNumber), which the replay's
// inner loops would otherwise spend half their time in. Same value.
std::int64_t dayOf(const Date& d) { return d.day_number(); }

// A customer's history indexed once, so that each of the replay's many
// evaluations is a handful of binary searches instead of a pass over it.
class Ledger {
public:
    explicit Ledger(std::span<const Purchase> history) {
        m_revenue.push_back(0);
        m_purchases.push_back(0);
        for (const Purchase& p : history) {
            const std::int64_t day = dayOf(p.date);
            m_days.push_back(day);
            m_revenue.push_back(m_revenue.back() + p.amount);
            m_purchases.push_back(m_purchases.back() + (p.amount >= 0 ? 1 : 0));
            if (p.amount >= 0 && (m_buyDays.empty() || m_buyDays.back() != day))
                m_buyDays.push_back(day);
        }
    }

    // Transactions [start, end) of the relationship dated on or before `day`.
    std::size_t endOf(std::int64_t day) const {
        return static_cast<std::size_t>(std::upper_bound(m_days.begin(), m_days.end(), day) -
                                        m_days.begin());
    }
    int purchases(std::size_t start, std::size_t end) const {
        return m_purchases[end] - m_purchases[start];
    }
    // Net revenue of the relationship's transactions dated in (after, upTo].
    Money revenue(std::size_t start, std::int64_t after, std::int64_t upTo) const {
        const std::size_t lo = std::max(start, endOf(after));
        const std::size_t hi = endOf(upTo);
        return hi > lo ? m_revenue[hi] - m_revenue[lo] : 0;
    }
    // Distinct purchase days of the relationship up to `day`: [first, last).
    std::pair<std::size_t, std::size_t> buyDays(std::size_t start, std::int64_t day) const {
        const auto first = std::lower_bound(m_buyDays.begin(), m_buyDays.end(), m_days[start]);
        const auto last = std::upper_bound(first, m_buyDays.end(), day);
        return {static_cast<std::size_t>(first - m_buyDays.begin()),
                static_cast<std::size_t>(last - m_buyDays.begin())};
    }
    std::int64_t buyDay(std::size_t i) const { return m_buyDays[i]; }
    bool boughtIn(std::size_t start, std::int64_t after, std::int64_t upTo) const {
        const auto from = std::lower_bound(m_buyDays.begin(), m_buyDays.end(),
                                           std::max(after + 1, m_days[start]));
        return from != m_buyDays.end() && *from <= upTo;
    }

private:
    std::vector<std::int64_t> m_days;    // of every transaction, ascending
    std::vector<Money> m_revenue;        // prefix sums of amounts
    std::vector<int> m_purchases;        // prefix counts of purchases
    std::vector<std::int64_t> m_buyDays; // distinct days with a purchase
};

// What the rules find on one day, with the figures behind it; the reason
// text is built only for the days on which the stage changes.
enum class Finding { NoPurchase, Lost, Silence, Revenue, Exploration, Stability, Formation };

struct Assessment {
    Finding finding = Finding::NoPurchase;
    std::int64_t silent = 0;
    std::optional<double> gap; // mean days between purchase days
    Money recent = 0;
    double average = 0;
    int purchases = 0;
    std::int64_t age = 0;
    int quarters = 0;
};

Stage stageOf(Finding f) {
    switch (f) {
    case Finding::NoPurchase: return Stage::Prospect;
    case Finding::Lost: return Stage::Lost;
    case Finding::Silence:
    case Finding::Revenue: return Stage::Decline;
    case Finding::Exploration: return Stage::Exploration;
    case Finding::Stability: return Stage::Stability;
    case Finding::Formation: return Stage::Formation;
    }
    return Stage::Prospect;
}

bool silenceSignal(Assessment& a, const Rules& rules) {
    const double limit = std::max(a.gap ? rules.gapFactor * *a.gap : 0.0,
                                  static_cast<double>(rules.minSilenceDays));
    return static_cast<double>(a.silent) > limit;
}

bool revenueSignal(const Ledger& ledger, std::size_t start, std::int64_t firstDay,
                   std::int64_t day, double ratio, const Rules& rules, Assessment& a) {
    const std::int64_t recentStart = day - rules.recentDays;
    const std::int64_t baselineAfter = std::max(recentStart - rules.baselineDays, firstDay - 1);
    const std::int64_t covered = recentStart - baselineAfter;
    if (covered < rules.baselineDays / 2)
        return false; // too little history before the recent window
    a.recent = ledger.revenue(start, recentStart, day);
    const Money baseline = ledger.revenue(start, baselineAfter, recentStart);
    a.average = static_cast<double>(baseline) * rules.recentDays / static_cast<double>(covered);
    return a.average > 0 && static_cast<double>(a.recent) < ratio * a.average;
}

int activeQuarters(const Ledger& ledger, std::size_t start, std::int64_t day, const Rules& rules) {
    int active = 0;
    for (int k = 0; k < 4; ++k) {
        const std::int64_t upTo = day - k * rules.quarterDays;
        active += ledger.boughtIn(start, upTo - rules.quarterDays, upTo) ? 1 : 0;
    }
    return active;
}

Assessment assess(const Ledger& ledger, std::size_t start, std::int64_t day, Stage current,
                  const Rules& rules) {
    Assessment a;
    a.purchases = ledger.purchases(start, ledger.endOf(day));
    if (a.purchases == 0)
        return a;
    const auto [first, last] = ledger.buyDays(start, day);
    const std::int64_t firstDay = ledger.buyDay(first), lastDay = ledger.buyDay(last - 1);
    a.silent = day - lastDay;
    a.age = day - firstDay;
    if (last - first >= 2)
        a.gap = static_cast<double>(lastDay - firstDay) / static_cast<double>(last - first - 1);
    const double ratio =
        current == Stage::Decline ? rules.recoveryRevenueRatio : rules.declineRevenueRatio;
    if (a.silent >= rules.lostAfterDays)
        a.finding = Finding::Lost;
    else if (silenceSignal(a, rules))
        a.finding = Finding::Silence;
    else if (revenueSignal(ledger, start, firstDay, day, ratio, rules, a))
        a.finding = Finding::Revenue;
    else if (a.purchases < rules.explorationPurchases || a.age < rules.explorationDays)
        a.finding = Finding::Exploration;
    else {
        a.quarters = activeQuarters(ledger, start, day, rules);
        a.finding = a.age >= rules.stabilityDays && a.quarters >= rules.stabilityQuarters
                        ? Finding::Stability
                        : Finding::Formation;
    }
    return a;
}

std::string reasonFor(const Assessment& a, const Rules& rules, int decimals) {
    // Built only for the findings that say them (8 million changes in a replay).
    const auto counts = [&a] {
        return std::to_string(a.purchases) + " purchases, first " + std::to_string(a.age) + " days ago";
    };
    const auto quarters = [&a] {
        return "; bought in " + std::to_string(a.quarters) + " of the last 4 quarters";
    };
    switch (a.finding) {
    case Finding::NoPurchase: return "no purchase yet";
    case Finding::Lost: return "no purchase for " + std::to_string(a.silent) + " days";
    case Finding::Silence:
        return "no purchase for " + std::to_string(a.silent) + " days" +
               (a.gap ? "; usually buys every " + std::to_string(std::lround(*a.gap)) + " days"
                      : std::string());
    case Finding::Revenue: {
        const auto change = std::lround(100.0 * (static_cast<double>(a.recent) - a.average) / a.average);
        return "revenue last " + std::to_string(rules.recentDays) + " days " +
               formatMoneyGrouped(a.recent, decimals) + " vs " +
               formatMoneyGrouped(std::llround(a.average), decimals) + " average: " +
               std::to_string(change) + "%";
    }
    case Finding::Exploration: return counts();
    case Finding::Stability:
    case Finding::Formation: return counts() + quarters();
    }
    return {};
}

// Every purchase day, each month end after the first purchase and the as-of
// day, ascending and distinct. A sorted vector, not a set: a replay of a
// million customers made ~46 million set nodes.
std::vector<Date> evaluationDays(std::span<const Purchase> history, const Date& asOf) {
    std::vector<Date> days;
    days.reserve(history.size() + 40);
    for (const auto& p : history)
        if (p.date <= asOf)
            days.push_back(p.date);
    if (days.empty())
        return {};
    const Date first = *std::min_element(days.begin(), days.end());
    for (Date d = first.end_of_month(); d < asOf; d = (d + boost::gregorian::days(1)).end_of_month())
        days.push_back(d);
    days.push_back(asOf);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

} // namespace

bool isAllowed(Stage from, Stage to) {
    const int f = forwardIndex(from), t = forwardIndex(to);
    if (f >= 0 && t == f + 1)
        return true; // one step forward
    if (isActive(from) && (to == Stage::Decline || to == Stage::Lost))
        return true;
    if (from == Stage::Decline)
        return to == Stage::Formation || to == Stage::Lost;
    return from == Stage::Lost && to == Stage::Exploration;
}

Stage nextStep(Stage from, Stage target) {
    if (from == target || isAllowed(from, target))
        return target;
    const int f = forwardIndex(from), t = forwardIndex(target);
    if (f >= 0 && t > f)
        return kForward[f + 1];
    if (from == Stage::Decline && isActive(target))
        return Stage::Formation;
    if (from == Stage::Lost && isActive(target))
        return Stage::Exploration;
    if (from == Stage::Prospect)
        return Stage::Exploration;
    return from; // no way back without a decline: stay
}

Verdict evaluate(std::span<const Purchase> history, std::size_t start, const Date& date,
                 Stage current, const Rules& rules, int decimals) {
    if (start >= history.size())
        return {Stage::Prospect, "no purchase yet"};
    const Ledger ledger(history);
    const Assessment a = assess(ledger, start, dayOf(date), current, rules);
    return {stageOf(a.finding), reasonFor(a, rules, decimals), a.finding == Finding::Revenue};
}

std::vector<StageChange> replay(std::span<const Purchase> history,
                                std::span<const StageChange> manualChanges, const Date& asOf,
                                const Rules& rules, int decimals) {
    std::vector<StageChange> changes;
    Stage current = Stage::Prospect;
    std::size_t start = 0;
    std::size_t nextManual = 0;
    std::optional<Date> revenueSignalSince; // first day of the current revenue signal
    const Ledger ledger(history);
    for (const Date& day : evaluationDays(history, asOf)) {
        for (; nextManual < manualChanges.size() && manualChanges[nextManual].on < day;
             ++nextManual)
            current = manualChanges[nextManual].to;
        Stage target;
        std::optional<Assessment> assessment; // none: bought again after being lost
        if (current == Stage::Lost) {
            const auto bought = std::find_if(history.begin(), history.end(), [&](const Purchase& p) {
                return p.date == day && p.amount >= 0;
            });
            if (bought == history.end())
                continue;
            start = static_cast<std::size_t>(bought - history.begin());
            target = Stage::Exploration;
        } else {
            assessment = assess(ledger, start, dayOf(day), current, rules);
            target = stageOf(assessment->finding);
            if (assessment->finding != Finding::Revenue || current == Stage::Decline)
                revenueSignalSince.reset();
            else if (!revenueSignalSince)
                revenueSignalSince = day;
            if (revenueSignalSince && daysBetween(*revenueSignalSince, day) < rules.declineConfirmDays)
                continue; // not confirmed yet: stay where the customer is
        }
        const Stage next = nextStep(current, target);
        if (next == current)
            continue;
        StageChange change;
        change.from = current;
        change.to = next;
        change.on = day;
        change.reason = assessment ? reasonFor(*assessment, rules, decimals)
                                   : "bought again after being lost: a new relationship";
        if (next != target)
            change.reason += " (on the way to " + std::string(stageLabel(target)) + ")";
        changes.push_back(std::move(change));
        current = next;
    }
    return changes;
}

} // namespace crm::lifecycle
