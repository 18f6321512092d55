#include "crm/demo/demo_random.h"

#include <gtest/gtest.h>

#include <cmath>

using crm::demo::DemoRandom;

TEST(DemoRandom, IsSplitMix64) {
    // The published first outputs of SplitMix64 seeded with 0 and 1234567.
    DemoRandom zero(0);
    EXPECT_EQ(zero.next(), 0xe220a8397b1dcdafULL);
    EXPECT_EQ(zero.next(), 0x6e789e6aa1b965f4ULL);
    DemoRandom other(1234567);
    EXPECT_EQ(other.next(), 6457827717110365317ULL);
    EXPECT_EQ(other.next(), 3203168211198807973ULL);
}

TEST(DemoRandom, StreamsDifferByItemAndSeed) {
    EXPECT_NE(DemoRandom::forItem(1, 1, 0).next(), DemoRandom::forItem(1, 1, 1).next());
    EXPECT_NE(DemoRandom::forItem(1, 1, 0).next(), DemoRandom::forItem(2, 1, 0).next());
    EXPECT_NE(DemoRandom::forItem(1, 1, 0).next(), DemoRandom::forItem(1, 2, 0).next());
    EXPECT_EQ(DemoRandom::forItem(5, 3, 9).next(), DemoRandom::forItem(5, 3, 9).next());
}

TEST(DemoRandom, DrawsStayInRange) {
    DemoRandom rng(42);
    for (int i = 0; i < 10000; ++i) {
        const auto b = rng.between(-3, 7);
        EXPECT_GE(b, -3);
        EXPECT_LE(b, 7);
        const double u = rng.unit();
        EXPECT_GE(u, 0.0);
        EXPECT_LT(u, 1.0);
        EXPECT_LT(rng.below(13), 13u);
    }
}

TEST(DemoRandom, PortableLogMatchesTheLibrary) {
    for (double x : {1e-300, 1e-9, 0.001, 0.25, 0.5, 0.7071, 1.0, 1.5, 2.0, 10.0, 12345.678}) {
        EXPECT_NEAR(crm::demo::portableLog(x), std::log(x), 1e-13 * std::max(1.0, std::fabs(std::log(x))))
            << x;
    }
}

TEST(DemoRandom, MeansOfExponentialAndPoisson) {
    DemoRandom rng(7);
    double sumExp = 0;
    std::int64_t sumPoisson = 0;
    constexpr int n = 200000;
    for (int i = 0; i < n; ++i) {
        sumExp += rng.exponential(3.0);
        sumPoisson += rng.poisson(2.5);
    }
    EXPECT_NEAR(sumExp / n, 3.0, 0.05);
    EXPECT_NEAR(static_cast<double>(sumPoisson) / n, 2.5, 0.03);
}

TEST(DemoRandom, WeightedFollowsWeights) {
    DemoRandom rng(11);
    const std::array<int, 3> weights{1, 0, 3};
    std::array<int, 3> hits{};
    for (int i = 0; i < 40000; ++i)
        ++hits[rng.weighted(weights)];
    EXPECT_EQ(hits[1], 0);
    EXPECT_NEAR(hits[2] / 40000.0, 0.75, 0.02);
}
