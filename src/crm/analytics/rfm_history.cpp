#include "crm/analytics/rfm_history.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <limits>

namespace crm::rfm {

namespace {

Date lastMonthEndUpTo(Date asOf) {
    const Date end = asOf.end_of_month();
    return end == asOf ? asOf : Date(asOf.year(), asOf.month(), 1) - boost::gregorian::days(1);
}

Date previousMonthEnd(Date monthEnd) {
    return Date(monthEnd.year(), monthEnd.month(), 1) - boost::gregorian::days(1);
}

} // namespace

std::vector<Date> monthEndsUpTo(Date asOf, int count) {
    std::vector<Date> ends;
    Date end = lastMonthEndUpTo(asOf);
    for (int i = 0; i < count; ++i, end = previousMonthEnd(end))
        ends.push_back(end);
    std::reverse(ends.begin(), ends.end());
    return ends;
}

std::vector<Date> monthEndsBetween(Date from, Date to) {
    std::vector<Date> ends;
    for (Date end = lastMonthEndUpTo(to); end >= from; end = previousMonthEnd(end))
        ends.push_back(end);
    std::reverse(ends.begin(), ends.end());
    return ends;
}

std::optional<Behaviour> behaviourAsOf(std::span<const DatedAmount> transactions,
                                       std::int64_t customerId, Date asOf,
                                       std::optional<int> windowDays) {
    const std::int64_t asOfDay = toDayNumber(asOf);
    const std::int64_t afterDay =
        windowDays ? asOfDay - *windowDays : std::numeric_limits<std::int64_t>::min();
    Behaviour b{customerId, 0, 0, 0};
    std::int64_t lastPurchase = std::numeric_limits<std::int64_t>::min();
    for (const auto& t : transactions) {
        const std::int64_t day = toDayNumber(t.date);
        if (day > asOfDay || day <= afterDay)
            continue;
        b.monetary += t.amount;
        if (t.amount >= 0) {
            ++b.frequency;
            lastPurchase = std::max(lastPurchase, day);
        }
    }
    if (b.frequency == 0)
        return std::nullopt;
    b.recencyDays = asOfDay - lastPurchase;
    return b;
}

std::vector<HistoryPoint> history(std::span<const DatedAmount> transactions,
                                  std::int64_t customerId,
                                  std::span<const std::pair<Date, Cutpoints>> cutpoints,
                                  std::optional<int> windowDays) {
    std::vector<HistoryPoint> points;
    points.reserve(cutpoints.size());
    for (const auto& [date, cuts] : cutpoints) {
        HistoryPoint p{date, cuts.scored, std::nullopt};
        if (const auto b = behaviourAsOf(transactions, customerId, date, windowDays))
            p.score = scoreWith(cuts, *b);
        points.push_back(p);
    }
    return points;
}

} // namespace crm::rfm
