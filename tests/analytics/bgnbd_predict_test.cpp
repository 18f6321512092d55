#include "crm/analytics/bgnbd.h"

#include <boost/math/special_functions/gamma.hpp>
// Boost.Math needs gamma.hpp before hypergeometric_pFq.hpp.
#include <boost/math/special_functions/hypergeometric_pFq.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <tuple>

namespace crm::clv {
namespace {

const BgnbdParams kCdnow{0.243, 4.414, 0.793, 2.426};

// The FHL 2005 conditional expectation exactly as printed, with Boost.Math's generic 2F1: a
// reference where it is well conditioned (a away from 1, small x).
double textbookExpectation(const BgnbdParams& p, int x, double tx, double T, double t) {
    const double c = p.a + p.b + x - 1.0;
    const double z = t / (p.alpha + T + t);
    const double f = boost::math::hypergeometric_pFq({p.r + x, p.b + x}, {c}, z);
    const double bracket = 1.0 - std::pow((p.alpha + T) / (p.alpha + T + t), p.r + x) * f;
    double denominator = 1.0;
    if (x > 0)
        denominator += p.a / (p.b + x - 1.0) * std::pow((p.alpha + T) / (p.alpha + tx), p.r + x);
    return c / (p.a - 1.0) * bracket / denominator;
}

TEST(BgnbdPredict, ProbabilityAliveMatchesTheClosedForm) {
    EXPECT_DOUBLE_EQ(probabilityAlive(kCdnow, 0, 0.0, 30.0), 1.0);
    const double direct =
        1.0 / (1.0 + kCdnow.a / (kCdnow.b + 2 - 1) *
                         std::pow((kCdnow.alpha + 38.86) / (kCdnow.alpha + 30.43), kCdnow.r + 2));
    EXPECT_NEAR(probabilityAlive(kCdnow, 2, 30.43, 38.86), direct, 1e-14);
    // Buying on the as-of date: alive with certainty only in the limit; here b+x-1 = a.
    EXPECT_NEAR(probabilityAlive({1.0, 1.0, 2.0, 2.0}, 1, 5.0, 5.0), 0.5, 1e-15);
}

TEST(BgnbdPredict, HugeFrequencyGivesAFiniteProbability) {
    for (int x : {1000, 100000, 100000000}) {
        const double silent = probabilityAlive(kCdnow, x, 30.0, 39.0);
        const double recent = probabilityAlive(kCdnow, x, 39.0, 39.0);
        EXPECT_TRUE(std::isfinite(silent)) << x;
        EXPECT_GE(silent, 0.0);
        EXPECT_LE(silent, 1.0);
        EXPECT_NEAR(silent, 0.0, 1e-12) << x; // a heavy buyer silent for 9 weeks is gone
        EXPECT_GT(recent, 0.999) << x;
        const double expected = expectedPurchases(kCdnow, x, 39.0, 39.0, 52.0);
        EXPECT_TRUE(std::isfinite(expected)) << x;
        EXPECT_GT(expected, 0.0) << x;
    }
}

TEST(BgnbdPredict, InvalidInputIsNan) {
    EXPECT_TRUE(std::isnan(probabilityAlive(kCdnow, 2, 40.0, 39.0)));
    EXPECT_TRUE(std::isnan(expectedPurchases(kCdnow, 2, 3.0, 39.0, -1.0)));
    EXPECT_TRUE(std::isnan(expectedPurchases({0.0, 1.0, 1.0, 1.0}, 0, 0.0, 39.0, 1.0)));
    EXPECT_DOUBLE_EQ(expectedPurchases(kCdnow, 2, 3.0, 39.0, 0.0), 0.0);
}

TEST(BgnbdPredict, AgreesWithTheTextbookFormulaWhereItIsWellConditioned) {
    const BgnbdParams other{1.5, 12.0, 2.5, 4.0};
    for (const BgnbdParams& p : {kCdnow, other}) {
        for (auto [x, tx, T] : {std::tuple{0, 0.0, 38.86}, std::tuple{2, 30.43, 38.86},
                                std::tuple{5, 10.0, 35.0}, std::tuple{0, 0.0, 0.0}}) {
            for (double t : {0.5, 5.0, 39.0, 52.0}) {
                const double reference = textbookExpectation(p, x, tx, T, t);
                EXPECT_NEAR(expectedPurchases(p, x, tx, T, t), reference, 1e-10 * (1 + reference))
                    << x << " " << tx << " " << T << " " << t;
            }
        }
    }
}

// Hard cases: a < 1, a = 1 (where the printed formula is 0/0), x = 400, and
// horizons from 0.001 to 40 times alpha+T (2F1 argument from ~0 to ~0.98).
// References computed with mpmath 1.3.0 at 40 digits by quadrature of the
// definition, E = P(alive) * E[(1 - (1 + p u)^-(r+x)) / p], p ~ Beta(a, b+x),
// u = t/(alpha+T); for a != 1 they agree with the printed formula via mpmath's hyp2f1 to 1e-35.
struct HardCase {
    double a;
    int x;
    double recency, age, horizon, expected;
};
constexpr HardCase kHardCases[] = {
        {0.3, 0, 0, 10, 0.01, 0.00049996297235780229},
        {0.3, 0, 0, 10, 3, 0.14689572099897801},
        {0.3, 0, 0, 10, 11, 0.51425342078239236},
        {0.3, 0, 0, 10, 400, 11.039149499405614},
        {0.3, 3, 8, 10, 0.01, 0.0026512255748243961},
        {0.3, 3, 8, 10, 3, 0.7733197249749854},
        {0.3, 3, 8, 10, 11, 2.6682790086616513},
        {0.3, 3, 8, 10, 400, 52.597582379521418},
        {0.3, 400, 9.9, 10, 0.01, 0.32681361275104521},
        {0.3, 400, 9.9, 10, 3, 94.736562264681294},
        {0.3, 400, 9.9, 10, 11, 323.28076152572372},
        {0.3, 400, 9.9, 10, 400, 6103.4432033602264},
        {0.793, 0, 0, 10, 0.01, 0.00049991724029724155},
        {0.793, 0, 0, 10, 3, 0.14316629563952139},
        {0.793, 0, 0, 10, 11, 0.47377701957806131},
        {0.793, 0, 0, 10, 400, 5.4165405912284861},
        {0.793, 3, 8, 10, 0.01, 0.0022259070197543401},
        {0.793, 3, 8, 10, 3, 0.623781864567065},
        {0.793, 3, 8, 10, 11, 1.9766218428995996},
        {0.793, 3, 8, 10, 400, 17.125091298358754},
        {0.793, 400, 9.9, 10, 0.01, 0.31589431129138283},
        {0.793, 400, 9.9, 10, 3, 86.628606818849058},
        {0.793, 400, 9.9, 10, 11, 264.30880363189977},
        {0.793, 400, 9.9, 10, 400, 1981.7414245217915},
        {1.0, 0, 0, 10, 0.01, 0.0004999019929555009},
        {1.0, 0, 0, 10, 3, 0.14195033685792114},
        {1.0, 0, 0, 10, 11, 0.46119732845682399},
        {1.0, 0, 0, 10, 400, 4.3545518984714846},
        {1.0, 3, 8, 10, 0.01, 0.0020854224826856353},
        {1.0, 3, 8, 10, 3, 0.57577963173656314},
        {1.0, 3, 8, 10, 11, 1.7686178222697829},
        {1.0, 3, 8, 10, 400, 11.642070300357113},
        {1.0, 400, 9.9, 10, 0.01, 0.31152282758869112},
        {1.0, 400, 9.9, 10, 3, 83.490426225959808},
        {1.0, 400, 9.9, 10, 11, 243.59656405898177},
        {1.0, 400, 9.9, 10, 400, 1326.7506489551006},
        {3.0, 0, 0, 10, 0.01, 0.0004998148983630129},
        {3.0, 0, 0, 10, 3, 0.13529523231384524},
        {3.0, 0, 0, 10, 11, 0.39814540567376875},
        {3.0, 0, 0, 10, 400, 1.7255218176816919},
        {3.0, 3, 8, 10, 0.01, 0.0012953565573447729},
        {3.0, 3, 8, 10, 3, 0.32225180249613362},
        {3.0, 3, 8, 10, 11, 0.80537816540815931},
        {3.0, 3, 8, 10, 400, 1.5896836104039588},
        {3.0, 400, 9.9, 10, 0.01, 0.27475479620156791},
        {3.0, 400, 9.9, 10, 3, 59.581937464684945},
        {3.0, 400, 9.9, 10, 11, 120.8549084867223},
        {3.0, 400, 9.9, 10, 400, 166.47875715631938},
};

TEST(BgnbdPredict, AgreesWithHighPrecisionReferencesInHardCases) {
    for (const HardCase& c : kHardCases) {
        const BgnbdParams p{0.6, 2.0, c.a, 2.4};
        EXPECT_NEAR(expectedPurchases(p, c.x, c.recency, c.age, c.horizon), c.expected,
                    1e-12 * c.expected)
            << "a=" << c.a << " x=" << c.x << " t=" << c.horizon;
    }
}

TEST(BgnbdPredict, ExtremeHorizonsStayAccurate) {
    // Horizons 10^4 to 10^5 times alpha+T: the 2F1 argument is within 1e-5 of 1,
    // beyond what the series can sum, so the expectation is integrated instead.
    // References as above (mpmath, 40 digits).
    constexpr HardCase extreme[] = {
        {0.793, 3, 8, 10, 1.2e5, 96.6888898452357},
        {0.793, 400, 9.9, 10, 1.2e6, 18079.630229532166},
        {3.0, 0, 0, 10, 1.2e6, 2.1957852744056426},
        {0.3, 3, 8, 10, 1.2e5, 3080.8170414918017},
        {1.0, 3, 8, 10, 1.2e5, 32.874818189163582},
    };
    for (const HardCase& c : extreme) {
        const BgnbdParams p{0.6, 2.0, c.a, 2.4};
        EXPECT_NEAR(expectedPurchases(p, c.x, c.recency, c.age, c.horizon), c.expected,
                    1e-10 * c.expected)
            << "a=" << c.a << " x=" << c.x << " t=" << c.horizon;
    }
}

TEST(BgnbdPredict, ContinuousThroughAEqualsOne) {
    const auto at = [](double a) { return expectedPurchases({0.5, 3.0, a, 2.0}, 4, 20.0, 26.0, 52.0); };
    EXPECT_NEAR(at(1.0), at(1.0 + 1e-9), 1e-8);
    EXPECT_NEAR(at(1.0), at(1.0 - 1e-9), 1e-8);
    EXPECT_TRUE(std::isfinite(at(1.0)));
}

TEST(BgnbdPredict, VeryLongHorizonApproachesLifetimePurchases) {
    // With a > 1 a live customer makes on average (a+b+x-1)/(a-1) more purchases.
    const BgnbdParams p{0.8, 2.0, 2.0, 3.0};
    const double alive = probabilityAlive(p, 2, 5.0, 6.0);
    const double lifetime = alive * (p.a + p.b + 2 - 1.0) / (p.a - 1.0);
    const double longRun = expectedPurchases(p, 2, 5.0, 6.0, 1e7); // 2F1 argument 1 - 1e-6
    EXPECT_NEAR(longRun, lifetime, 1e-3 * lifetime);
    EXPECT_LT(longRun, lifetime);
}

TEST(BgnbdPredict, ExpectationGrowsWithTheHorizon) {
    double previous = 0.0;
    for (int month = 1; month <= 24; ++month) {
        const double e = expectedPurchases(kCdnow, 2, 30.43, 38.86, month * 30.4375 / 7.0);
        EXPECT_GT(e, previous);
        previous = e;
    }
}

} // namespace
} // namespace crm::clv
