#include "crm/analytics/rfm.h"

#include <gtest/gtest.h>

using namespace crm::rfm;

namespace {

std::vector<Behaviour> behaviours(const std::vector<std::int64_t>& recency,
                                  const std::vector<std::int64_t>& frequency,
                                  const std::vector<crm::Money>& monetary) {
    std::vector<Behaviour> out;
    for (std::size_t i = 0; i < recency.size(); ++i)
        out.push_back({static_cast<std::int64_t>(i + 1), recency[i], frequency[i], monetary[i]});
    return out;
}

} // namespace

TEST(Rfm, ScoresFollowTheRankMinFormulaAndTiesShare) {
    const auto scores = score(behaviours({10, 10, 30, 400, 5}, {1, 2, 2, 3, 10},
                                         {100'00, -50'00, 0, 100'00, 7'00}));
    std::vector<int> r, f, m;
    for (const auto& s : scores) {
        r.push_back(s.r);
        f.push_back(s.f);
        m.push_back(s.m);
    }
    EXPECT_EQ(r, (std::vector<int>{3, 3, 2, 1, 5}));
    EXPECT_EQ(f, (std::vector<int>{1, 2, 2, 4, 5}));
    EXPECT_EQ(m, (std::vector<int>{4, 1, 2, 4, 3}));
    EXPECT_EQ(scores[4].behaviour.customerId, 5);
}

TEST(Rfm, ScoresUseFloorOfFiveTimesRankOverN) {
    const auto scores =
        score(behaviours({1, 1, 1, 1, 1, 1, 1}, {1, 2, 3, 4, 5, 6, 7}, {0, 0, 0, 0, 0, 0, 0}));
    std::vector<int> f;
    for (const auto& s : scores)
        f.push_back(s.f);
    EXPECT_EQ(f, (std::vector<int>{1, 1, 2, 3, 3, 4, 5}));
    for (const auto& s : scores) {
        EXPECT_EQ(s.r, 1); // everyone tied: nobody is strictly worse
        EXPECT_EQ(s.m, 1);
    }
}

TEST(Rfm, NoCustomersNoScores) { EXPECT_TRUE(score({}).empty()); }

TEST(Rfm, SegmentMapCoversAllTwentyFiveCells) {
    // Rows R5..R1, columns F1..F5, as in docs/analytics.md.
    const Segment C = Segment::Champions, L = Segment::Loyal, P = Segment::PotentialLoyalists,
                  N = Segment::NewCustomers, Pr = Segment::Promising,
                  A = Segment::NeedAttention, S = Segment::AboutToSleep, R = Segment::AtRisk,
                  K = Segment::CantLoseThem, H = Segment::Hibernating;
    const Segment grid[5][5] = {
        {N, P, P, C, C},   // R5
        {Pr, P, P, L, L},  // R4
        {S, S, A, L, L},   // R3
        {H, H, R, R, K},   // R2
        {H, H, R, R, K},   // R1
    };
    for (int r = 5; r >= 1; --r)
        for (int f = 1; f <= 5; ++f)
            EXPECT_EQ(segmentFor(r, f), grid[5 - r][f - 1]) << "R" << r << " F" << f;
}

TEST(Rfm, SegmentNamesRoundTrip) {
    for (int i = 0; i < kSegmentCount; ++i) {
        const auto s = static_cast<Segment>(i);
        EXPECT_EQ(parseSegment(toKey(s)), s);
        EXPECT_EQ(parseSegment(labelZh(s)), s);
    }
    EXPECT_EQ(label(Segment::CantLoseThem), "Can't Lose Them");
}
