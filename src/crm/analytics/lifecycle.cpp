#include "crm/analytics/lifecycle.h"

#include "crm/names.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <algorithm>
#include <cmath>
#include <set>

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

// The relationship's purchases and revenue as seen on one day.
struct Facts {
    std::vector<std::int64_t> purchaseDays; // distinct days with a purchase, ascending
    int purchases = 0;
    std::int64_t firstDay = 0;
    std::int64_t lastDay = 0;
};

Facts factsOn(std::span<const Purchase> history, std::size_t start, std::int64_t day) {
    Facts f;
    for (std::size_t i = start; i < history.size() && dayOf(history[i].date) <= day; ++i) {
        if (history[i].amount < 0)
            continue;
        const auto d = dayOf(history[i].date);
        if (f.purchases++ == 0)
            f.firstDay = d;
        f.lastDay = d;
        if (f.purchaseDays.empty() || f.purchaseDays.back() != d)
            f.purchaseDays.push_back(d);
    }
    return f;
}

Money revenueIn(std::span<const Purchase> history, std::size_t start, std::int64_t after,
                std::int64_t upTo) {
    Money sum = 0;
    for (std::size_t i = start; i < history.size(); ++i) {
        const auto d = dayOf(history[i].date);
        if (d > after && d <= upTo)
            sum += history[i].amount;
    }
    return sum;
}

// The customer's usual time between purchase days.
std::optional<double> meanGap(const std::vector<std::int64_t>& days) {
    if (days.size() < 2)
        return std::nullopt;
    return static_cast<double>(days.back() - days.front()) /
           static_cast<double>(days.size() - 1);
}

std::optional<std::string> silenceSignal(const Facts& f, std::int64_t day, const Rules& rules) {
    const auto silent = day - f.lastDay;
    const auto gap = meanGap(f.purchaseDays);
    const double limit =
        std::max(gap ? rules.gapFactor * *gap : 0.0, static_cast<double>(rules.minSilenceDays));
    if (static_cast<double>(silent) <= limit)
        return std::nullopt;
    std::string reason = "no purchase for " + std::to_string(silent) + " days";
    if (gap)
        reason += "; usually buys every " + std::to_string(std::lround(*gap)) + " days";
    return reason;
}

std::optional<std::string> revenueSignal(std::span<const Purchase> history, std::size_t start,
                                         const Facts& f, std::int64_t day, double ratio,
                                         const Rules& rules, int decimals) {
    const std::int64_t recentStart = day - rules.recentDays;
    const std::int64_t baselineAfter =
        std::max(recentStart - rules.baselineDays, f.firstDay - 1);
    const std::int64_t covered = recentStart - baselineAfter;
    if (covered < rules.baselineDays / 2)
        return std::nullopt; // too little history before the recent window
    const Money recent = revenueIn(history, start, recentStart, day);
    const Money baseline = revenueIn(history, start, baselineAfter, recentStart);
    const double average = static_cast<double>(baseline) * rules.recentDays /
                           static_cast<double>(covered);
    if (average <= 0 || static_cast<double>(recent) >= ratio * average)
        return std::nullopt;
    const auto change = std::lround(100.0 * (static_cast<double>(recent) - average) / average);
    return "revenue last " + std::to_string(rules.recentDays) + " days " +
           formatMoneyGrouped(recent, decimals) + " vs " +
           formatMoneyGrouped(std::llround(average), decimals) + " average: " +
           std::to_string(change) + "%";
}

int activeQuarters(const Facts& f, std::int64_t day, const Rules& rules) {
    int active = 0;
    for (int k = 0; k < 4; ++k) {
        const std::int64_t upTo = day - k * rules.quarterDays;
        const std::int64_t after = upTo - rules.quarterDays;
        const bool bought = std::any_of(f.purchaseDays.begin(), f.purchaseDays.end(),
                                        [&](auto d) { return d > after && d <= upTo; });
        active += bought ? 1 : 0;
    }
    return active;
}

std::vector<Date> evaluationDays(std::span<const Purchase> history, const Date& asOf) {
    std::set<Date> days;
    for (const auto& p : history)
        if (p.date <= asOf)
            days.insert(p.date);
    if (days.empty())
        return {};
    for (Date d = days.begin()->end_of_month(); d < asOf;
         d = (d + boost::gregorian::days(1)).end_of_month())
        days.insert(d);
    days.insert(asOf);
    return {days.begin(), days.end()};
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
    const std::int64_t day = dayOf(date);
    const Facts f = factsOn(history, start, day);
    if (f.purchases == 0)
        return {Stage::Prospect, "no purchase yet"};
    const auto silent = day - f.lastDay;
    if (silent >= rules.lostAfterDays)
        return {Stage::Lost, "no purchase for " + std::to_string(silent) + " days"};
    if (auto signal = silenceSignal(f, day, rules))
        return {Stage::Decline, *signal};
    const double ratio = current == Stage::Decline ? rules.recoveryRevenueRatio
                                                   : rules.declineRevenueRatio;
    if (auto signal = revenueSignal(history, start, f, day, ratio, rules, decimals))
        return {Stage::Decline, *signal, true};
    const auto age = day - f.firstDay;
    const std::string counts = std::to_string(f.purchases) + " purchases, first " +
                               std::to_string(age) + " days ago";
    if (f.purchases < rules.explorationPurchases || age < rules.explorationDays)
        return {Stage::Exploration, counts};
    const int quarters = activeQuarters(f, day, rules);
    const std::string quarterText = "bought in " + std::to_string(quarters) + " of the last 4 quarters";
    if (age >= rules.stabilityDays && quarters >= rules.stabilityQuarters)
        return {Stage::Stability, counts + "; " + quarterText};
    return {Stage::Formation, counts + "; " + quarterText};
}

std::vector<StageChange> replay(std::span<const Purchase> history,
                                std::span<const StageChange> manualChanges, const Date& asOf,
                                const Rules& rules, int decimals) {
    std::vector<StageChange> changes;
    Stage current = Stage::Prospect;
    std::size_t start = 0;
    std::size_t nextManual = 0;
    std::optional<Date> revenueSignalSince; // first day of the current revenue signal
    for (const Date& day : evaluationDays(history, asOf)) {
        for (; nextManual < manualChanges.size() && manualChanges[nextManual].on < day;
             ++nextManual)
            current = manualChanges[nextManual].to;
        Verdict verdict;
        if (current == Stage::Lost) {
            const auto bought = std::find_if(history.begin(), history.end(), [&](const Purchase& p) {
                return p.date == day && p.amount >= 0;
            });
            if (bought == history.end())
                continue;
            start = static_cast<std::size_t>(bought - history.begin());
            verdict = {Stage::Exploration, "bought again after being lost: a new relationship"};
        } else {
            verdict = evaluate(history, start, day, current, rules, decimals);
            if (!verdict.fromRevenue || current == Stage::Decline)
                revenueSignalSince.reset();
            else if (!revenueSignalSince)
                revenueSignalSince = day;
            if (revenueSignalSince && daysBetween(*revenueSignalSince, day) < rules.declineConfirmDays)
                continue; // not confirmed yet: stay where the customer is
        }
        const Stage next = nextStep(current, verdict.stage);
        if (next == current)
            continue;
        StageChange change;
        change.from = current;
        change.to = next;
        change.on = day;
        change.reason = verdict.reason;
        if (next != verdict.stage)
            change.reason += " (on the way to " + std::string(stageLabel(verdict.stage)) + ")";
        changes.push_back(change);
        current = next;
    }
    return changes;
}

} // namespace crm::lifecycle
