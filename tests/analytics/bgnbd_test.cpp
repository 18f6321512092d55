#include "crm/analytics/bgnbd.h"

#include "cdnow_data.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <vector>

namespace crm::clv {
namespace {

// The value rounded to 3 significant digits.
double round3(double v) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::abs(v))) - 2.0);
    return std::round(v / magnitude) * magnitude;
}

const BgnbdParams kPublished{0.243, 4.414, 0.793, 2.426}; // FHL 2005, CDNOW, weeks

std::vector<PurchasePattern> cdnowPatterns() {
    return distinctPatterns(test::cdnowCalibrationSummaries());
}

TEST(Bgnbd, SingleCustomerLikelihoodMatchesTheClosedForm) {
    const BgnbdParams p{0.7, 3.0, 1.3, 2.2};
    const auto direct = [&](int x, double tx, double T) {
        const double common = std::tgamma(p.r + x) * std::pow(p.alpha, p.r) / std::tgamma(p.r);
        const double betaRatio = std::beta(p.a, p.b + x) / std::beta(p.a, p.b);
        double l = betaRatio * common / std::pow(p.alpha + T, p.r + x);
        if (x > 0)
            l += std::beta(p.a + 1, p.b + x - 1) / std::beta(p.a, p.b) * common /
                 std::pow(p.alpha + tx, p.r + x);
        return std::log(l);
    };
    EXPECT_NEAR(bgnbdLogLikelihood(p, 0, 0.0, 20.0), direct(0, 0.0, 20.0), 1e-12);
    EXPECT_NEAR(bgnbdLogLikelihood(p, 1, 4.0, 20.0), direct(1, 4.0, 20.0), 1e-12);
    EXPECT_NEAR(bgnbdLogLikelihood(p, 7, 18.5, 20.0), direct(7, 18.5, 20.0), 1e-11);
}

TEST(Bgnbd, HugeFrequencyLikelihoodIsFinite) {
    // A log-density of purchase times: large and positive for 10^5 purchases, but finite.
    for (double recency : {30.0, 39.0})
        EXPECT_TRUE(std::isfinite(bgnbdLogLikelihood(kPublished, 100000, recency, 39.0)));
}

TEST(Bgnbd, CdnowPublishedParametersGivePublishedLogLikelihood) {
    EXPECT_NEAR(bgnbdLogLikelihood(kPublished, cdnowPatterns()), -9582.4, 0.05);
}

TEST(Bgnbd, FitReproducesPublishedCdnowEstimates) {
    const std::vector<PurchasePattern> patterns = cdnowPatterns();
    const auto start = std::chrono::steady_clock::now();
    const BgnbdFit fit = fitBgnbd(patterns, TimeUnit::Week);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    RecordProperty("fit_seconds", std::to_string(seconds));
    ASSERT_TRUE(fit.status.converged) << fit.status.message;
    EXPECT_EQ(fit.customers, 2357);
    EXPECT_EQ(fit.repeaters, 946);
    EXPECT_EQ(fit.unit, TimeUnit::Week);
    EXPECT_DOUBLE_EQ(round3(fit.params.r), round3(kPublished.r));
    EXPECT_DOUBLE_EQ(round3(fit.params.alpha), round3(kPublished.alpha));
    EXPECT_DOUBLE_EQ(round3(fit.params.a), round3(kPublished.a));
    EXPECT_DOUBLE_EQ(round3(fit.params.b), round3(kPublished.b));
    EXPECT_NEAR(fit.logLikelihood, -9582.4, 0.05);
    std::printf("CDNOW BG/NBD: r=%.4f alpha=%.4f a=%.4f b=%.4f LL=%.3f (%d evaluations, %.3f s)\n",
                fit.params.r, fit.params.alpha, fit.params.a, fit.params.b, fit.logLikelihood,
                fit.status.evaluations, seconds);
}

TEST(Bgnbd, FitIsALocalMaximum) {
    const std::vector<PurchasePattern> patterns = cdnowPatterns();
    const BgnbdFit fit = fitBgnbd(patterns, TimeUnit::Week);
    ASSERT_TRUE(fit.status.converged);
    for (int i = 0; i < 4; ++i) {
        for (double factor : {0.995, 1.005}) {
            BgnbdParams moved = fit.params;
            double* values[] = {&moved.r, &moved.alpha, &moved.a, &moved.b};
            *values[i] *= factor;
            EXPECT_LT(bgnbdLogLikelihood(moved, patterns), fit.logLikelihood) << i;
        }
    }
}

TEST(Bgnbd, SameFitInDaysAsInWeeks) {
    std::vector<PurchasePattern> days = cdnowPatterns();
    for (PurchasePattern& p : days) {
        p.recency *= 7.0;
        p.age *= 7.0;
    }
    const BgnbdFit fit = fitBgnbd(days, TimeUnit::Day);
    ASSERT_TRUE(fit.status.converged) << fit.status.message;
    EXPECT_EQ(fit.unit, TimeUnit::Day);
    EXPECT_NEAR(fit.params.alpha / 7.0, kPublished.alpha, 0.005);
    EXPECT_NEAR(fit.params.r, kPublished.r, 0.0005);
}

TEST(Bgnbd, NoRepeatersIsTooFewData) {
    const std::vector<PurchasePattern> patterns{{0, 0.0, 10.0, 500}, {0, 0.0, 20.0, 300}};
    const BgnbdFit fit = fitBgnbd(patterns, TimeUnit::Week);
    EXPECT_FALSE(fit.status.converged);
    EXPECT_NE(fit.status.message.find("too few data"), std::string::npos) << fit.status.message;
    EXPECT_EQ(fit.customers, 800);
    EXPECT_EQ(fit.repeaters, 0);
    EXPECT_EQ(fit.status.evaluations, 0);
}

TEST(Bgnbd, TooFewCustomersIsTooFewData) {
    const std::vector<PurchasePattern> patterns{{2, 5.0, 10.0, 2}, {0, 0.0, 20.0, 3}};
    const BgnbdFit fit = fitBgnbd(patterns, TimeUnit::Day);
    EXPECT_FALSE(fit.status.converged);
    EXPECT_NE(fit.status.message.find("too few data"), std::string::npos);
}

TEST(Bgnbd, InvalidPatternIsRejected) {
    std::vector<PurchasePattern> patterns = cdnowPatterns();
    patterns.push_back({3, 12.0, 10.0, 1}); // recency after the as-of date
    const BgnbdFit fit = fitBgnbd(patterns, TimeUnit::Week);
    EXPECT_FALSE(fit.status.converged);
    EXPECT_NE(fit.status.message.find("invalid pattern"), std::string::npos);
}

TEST(Bgnbd, NobodyDropsOutIsNotIdentified) {
    // Everyone buys steadily up to the as-of date: the dropout process has
    // nothing to go on, so b runs away and the fit must say so.
    std::vector<PurchasePattern> patterns;
    for (int x = 1; x <= 30; ++x)
        patterns.push_back({x, 30.0, 30.0, 20});
    const BgnbdFit fit = fitBgnbd(patterns, TimeUnit::Week);
    EXPECT_FALSE(fit.status.converged);
    EXPECT_NE(fit.status.message.find("do not identify"), std::string::npos)
        << fit.status.message;
}

TEST(Bgnbd, CancelStopsTheFit) {
    FitOptions options;
    int polls = 0;
    options.cancelRequested = [&] { return ++polls > 5; };
    const BgnbdFit fit = fitBgnbd(cdnowPatterns(), TimeUnit::Week, options);
    EXPECT_FALSE(fit.status.converged);
    EXPECT_EQ(fit.status.message, "cancelled");
    EXPECT_LT(fit.status.evaluations, 20);
}

} // namespace
} // namespace crm::clv
