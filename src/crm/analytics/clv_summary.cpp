#include "crm/analytics/clv_summary.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace crm::clv {

double daysPerUnit(TimeUnit unit) { return unit == TimeUnit::Week ? 7.0 : 1.0; }

std::string_view toString(TimeUnit unit) { return unit == TimeUnit::Week ? "week" : "day"; }

namespace {

struct DaySpend {
    std::int64_t day = 0;
    Money amount = 0;
};

// Purchases that count, one entry per purchase day, in date order.
std::vector<DaySpend> purchaseDays(std::span<const Purchase> purchases, Date asOf) {
    std::vector<DaySpend> days;
    days.reserve(purchases.size());
    for (const Purchase& purchase : purchases) {
        if (purchase.amount >= 0 && purchase.date <= asOf)
            days.push_back({toDayNumber(purchase.date), purchase.amount});
    }
    std::sort(days.begin(), days.end(),
              [](const DaySpend& l, const DaySpend& r) { return l.day < r.day; });
    std::vector<DaySpend> merged;
    merged.reserve(days.size());
    for (const DaySpend& entry : days) {
        if (!merged.empty() && merged.back().day == entry.day)
            merged.back().amount += entry.amount;
        else
            merged.push_back(entry);
    }
    return merged;
}

} // namespace

std::optional<CustomerSummary> summarize(std::span<const Purchase> purchases, Date asOf,
                                         TimeUnit unit) {
    const std::vector<DaySpend> days = purchaseDays(purchases, asOf);
    if (days.empty())
        return std::nullopt;
    const double unitDays = daysPerUnit(unit);
    const std::int64_t first = days.front().day;
    CustomerSummary summary;
    summary.frequency = static_cast<int>(days.size() - 1);
    summary.recency = static_cast<double>(days.back().day - first) / unitDays;
    summary.age = static_cast<double>(toDayNumber(asOf) - first) / unitDays;
    if (summary.frequency > 0) {
        Money repeatTotal = 0;
        for (std::size_t i = 1; i < days.size(); ++i)
            repeatTotal += days[i].amount;
        summary.meanRepeatSpend =
            static_cast<double>(repeatTotal) / static_cast<double>(summary.frequency);
    }
    return summary;
}

std::vector<PurchasePattern> distinctPatterns(std::span<const CustomerSummary> customers) {
    std::vector<PurchasePattern> all;
    all.reserve(customers.size());
    for (const CustomerSummary& c : customers)
        all.push_back({c.frequency, c.recency, c.age, 1});
    const auto key = [](const PurchasePattern& p) {
        return std::tie(p.frequency, p.recency, p.age);
    };
    std::sort(all.begin(), all.end(),
              [&](const PurchasePattern& l, const PurchasePattern& r) { return key(l) < key(r); });
    std::vector<PurchasePattern> distinct;
    for (const PurchasePattern& p : all) {
        if (!distinct.empty() && key(distinct.back()) == key(p))
            ++distinct.back().count;
        else
            distinct.push_back(p);
    }
    return distinct;
}

} // namespace crm::clv
