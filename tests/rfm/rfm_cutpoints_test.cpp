#include "crm/analytics/rfm_cutpoints.h"

#include <gtest/gtest.h>

#include <random>

using namespace crm::rfm;

namespace {

// Few distinct values, so ties are everywhere.
std::vector<Behaviour> randomCustomers(std::mt19937& rng, int n) {
    std::uniform_int_distribution<std::int64_t> days(0, 30), count(1, 6), money(-5, 40);
    std::vector<Behaviour> out;
    for (int i = 0; i < n; ++i)
        out.push_back({i + 1, days(rng), count(rng), money(rng) * 1000});
    return out;
}

void expectSameScores(const std::vector<Behaviour>& customers) {
    const auto cuts = cutpointsOf(customers);
    const auto full = score(customers);
    ASSERT_EQ(cuts.scored, std::ssize(customers));
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const auto one = scoreWith(cuts, customers[i]);
        EXPECT_EQ(one.r, full[i].r) << "customer " << i;
        EXPECT_EQ(one.f, full[i].f) << "customer " << i;
        EXPECT_EQ(one.m, full[i].m) << "customer " << i;
        EXPECT_EQ(one.segment, full[i].segment) << "customer " << i;
    }
}

} // namespace

TEST(RfmCutpoints, ScoreLikeFullRescoringOnRandomSetsWithTies) {
    std::mt19937 rng(7);
    for (int n : {1, 2, 3, 4, 5, 6, 7, 10, 11, 37, 250, 1000})
        for (int round = 0; round < 5; ++round)
            expectSameScores(randomCustomers(rng, n));
}

TEST(RfmCutpoints, AllEqualValuesHaveNoBoundaries) {
    const std::vector<Behaviour> same(4, Behaviour{1, 10, 2, 500});
    const auto cuts = cutpointsOf(same);
    for (const auto& cut : cuts.frequency.atLeast)
        EXPECT_FALSE(cut.has_value());
    EXPECT_EQ(scoreWith(cuts, same[0]).f, 1);
}

TEST(RfmCutpoints, BoundariesAreTheSmallestValueReachingEachScore) {
    // Frequencies 1..10, n = 10: score = 1 + floor(5 (v - 1) / 10), so
    // 3 is the first to score 2, 5 scores 3, 7 scores 4, 9 scores 5.
    std::vector<Behaviour> customers;
    for (std::int64_t v = 1; v <= 10; ++v)
        customers.push_back({v, v, v, v});
    const auto cuts = cutpointsOf(customers);
    EXPECT_EQ(cuts.frequency.atLeast[0], 3);
    EXPECT_EQ(cuts.frequency.atLeast[3], 9);
    // Recency: fewer days is better; goodness is -days.
    EXPECT_EQ(cuts.recency.atLeast[0], -8);
    EXPECT_EQ(cuts.recency.atLeast[3], -2);
}

TEST(RfmCutpoints, SkippedScoresShareTheirBoundary) {
    // n = 2: the better value scores 1 + floor(5 / 2) = 3, so scores 2 and 3
    // start at the same value and 4, 5 are not reached.
    const std::vector<Behaviour> customers{{1, 5, 1, 0}, {2, 5, 4, 0}};
    const auto cuts = cutpointsOf(customers);
    EXPECT_EQ(cuts.frequency.atLeast[0], 4);
    EXPECT_EQ(cuts.frequency.atLeast[1], 4);
    EXPECT_FALSE(cuts.frequency.atLeast[2].has_value());
    EXPECT_EQ(scoreWith(cuts, customers[1]).f, 3);
}
