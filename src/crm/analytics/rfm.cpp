#include "crm/analytics/rfm.h"

#include <algorithm>
#include <array>
#include <string>

namespace crm::rfm {

namespace {

struct SegmentNames {
    std::string_view key;
    std::string_view label;
    std::string_view zh;
};

constexpr std::array<SegmentNames, kSegmentCount> kNames{{
    {"champions", "Champions", "冠军客户"},
    {"loyal", "Loyal", "忠诚客户"},
    {"potential-loyalists", "Potential Loyalists", "潜力客户"},
    {"new-customers", "New Customers", "新客户"},
    {"promising", "Promising", "有望客户"},
    {"need-attention", "Need Attention", "需关注客户"},
    {"about-to-sleep", "About to Sleep", "将沉睡客户"},
    {"at-risk", "At Risk", "风险客户"},
    {"cant-lose-them", "Can't Lose Them", "不能失去的客户"},
    {"hibernating", "Hibernating", "沉睡客户"},
}};

int scoreOf(std::int64_t strictlyWorse, std::int64_t n) {
    return 1 + static_cast<int>((5 * strictlyWorse) / n);
}

// For each value, the number of values strictly worse, where larger is better.
template <typename Get>
std::vector<int> scoresLargerIsBetter(std::span<const Behaviour> customers, Get get) {
    std::vector<std::int64_t> sorted;
    sorted.reserve(customers.size());
    for (const auto& c : customers)
        sorted.push_back(get(c));
    std::sort(sorted.begin(), sorted.end());
    const auto n = std::ssize(sorted);
    std::vector<int> scores;
    scores.reserve(customers.size());
    for (const auto& c : customers) {
        const auto worse = std::lower_bound(sorted.begin(), sorted.end(), get(c)) - sorted.begin();
        scores.push_back(scoreOf(worse, n));
    }
    return scores;
}

} // namespace

Segment segmentFor(int r, int f) {
    if (r >= 5 && f >= 4) return Segment::Champions;
    if (r >= 3 && f >= 4) return Segment::Loyal;
    if (r >= 4 && f >= 2) return Segment::PotentialLoyalists;
    if (r >= 5) return Segment::NewCustomers;
    if (r == 4) return Segment::Promising;
    if (r == 3 && f == 3) return Segment::NeedAttention;
    if (r == 3) return Segment::AboutToSleep;
    if (f >= 5) return Segment::CantLoseThem;
    if (f >= 3) return Segment::AtRisk;
    return Segment::Hibernating;
}

std::string_view toKey(Segment s) { return kNames[static_cast<std::size_t>(s)].key; }
std::string_view label(Segment s) { return kNames[static_cast<std::size_t>(s)].label; }
std::string_view labelZh(Segment s) { return kNames[static_cast<std::size_t>(s)].zh; }

std::optional<Segment> parseSegment(std::string_view text) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (text == kNames[i].key || text == kNames[i].label || text == kNames[i].zh)
            return static_cast<Segment>(i);
    return std::nullopt;
}

std::vector<Score> score(std::span<const Behaviour> customers) {
    if (customers.empty())
        return {};
    // Fewer days is better: negate so that larger is better throughout.
    const auto r = scoresLargerIsBetter(customers, [](const Behaviour& b) { return -b.recencyDays; });
    const auto f = scoresLargerIsBetter(customers, [](const Behaviour& b) { return b.frequency; });
    const auto m = scoresLargerIsBetter(customers, [](const Behaviour& b) { return b.monetary; });
    std::vector<Score> out;
    out.reserve(customers.size());
    for (std::size_t i = 0; i < customers.size(); ++i)
        out.push_back({customers[i], r[i], f[i], m[i], segmentFor(r[i], f[i])});
    return out;
}

} // namespace crm::rfm
