#pragma once
// RFM scoring (最近一次消费 / 消费频率 / 消费金额): each scored customer gets
// R, F and M scores 1..5 relative to the others, and a segment from (R, F).
// Definitions and the exact formula: docs/analytics.md.
#include "crm/money.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace crm::rfm {

enum class Segment {
    Champions,
    Loyal,
    PotentialLoyalists,
    NewCustomers,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLoseThem,
    Hibernating,
};
inline constexpr int kSegmentCount = 10;

// The complete map of the 25 (R, F) cells; r and f in 1..5.
Segment segmentFor(int r, int f);
std::string_view toKey(Segment segment);   // "champions", "cant-lose-them"
std::string_view label(Segment segment);   // "Champions", "Can't Lose Them"
std::string_view labelZh(Segment segment); // 重要价值客户 ...
std::optional<Segment> parseSegment(std::string_view text);

// One scored customer's behaviour in the period.
struct Behaviour {
    std::int64_t customerId = 0;
    std::int64_t recencyDays = 0; // as-of date minus the latest purchase
    std::int64_t frequency = 0;   // purchases (amount >= 0)
    Money monetary = 0;           // all amounts, refunds included
};

struct Score {
    Behaviour behaviour;
    int r = 0;
    int f = 0;
    int m = 0;
    Segment segment = Segment::Hibernating;
};

// score = 1 + floor(5 * (rank_min - 1) / n), where rank_min is 1 + the number
// of customers with a strictly worse value; ties share a score. Scores come
// back in the order of `customers`.
std::vector<Score> score(std::span<const Behaviour> customers);

} // namespace crm::rfm
