#include "crm/analytics/gamma_gamma.h"

#include "cdnow_data.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace crm::clv {
namespace {

double round3(double v) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::abs(v))) - 2.0);
    return std::round(v / magnitude) * magnitude;
}

TEST(GammaGamma, LikelihoodOfOnePurchaseIsTheGammaGammaDensity) {
    // x = 1: the spend's marginal density is
    // G(p+q)/(G(p)G(q)) gamma^q m^(p-1) / (m+gamma)^(p+q).
    const GammaGammaParams v{3.0, 4.0, 50.0};
    const double m = 37.5;
    const double density = std::exp(std::lgamma(7.0) - std::lgamma(3.0) - std::lgamma(4.0)) *
                           std::pow(50.0, 4.0) * std::pow(m, 2.0) / std::pow(m + 50.0, 7.0);
    const SpendObservation one{1, m, 1};
    EXPECT_NEAR(gammaGammaLogLikelihood(v, std::span(&one, 1)), std::log(density), 1e-12);
    // Weights multiply.
    const SpendObservation three{1, m, 3};
    EXPECT_NEAR(gammaGammaLogLikelihood(v, std::span(&three, 1)), 3 * std::log(density), 1e-11);
}

TEST(GammaGamma, ObservationsAreRepeatersWithPositiveSpend) {
    const std::vector<CustomerSummary> customers{
        {0, 0, 10, 0}, {2, 5, 10, 1500}, {1, 3, 10, 0}, {3, 8, 10, 99}};
    const std::vector<SpendObservation> observations = spendObservations(customers);
    ASSERT_EQ(observations.size(), 2u);
    EXPECT_EQ(observations[0].frequency, 2);
    EXPECT_DOUBLE_EQ(observations[0].meanSpend, 1500.0);
    EXPECT_EQ(observations[1].frequency, 3);
}

TEST(GammaGamma, FitReproducesPublishedCdnowEstimates) {
    const auto observations = spendObservations(test::cdnowCalibrationSummaries());
    const GammaGammaFit fit = fitGammaGamma(observations);
    ASSERT_TRUE(fit.status.converged) << fit.status.message;
    EXPECT_EQ(fit.repeaters, 946);
    EXPECT_DOUBLE_EQ(round3(fit.params.p), 6.25);
    EXPECT_DOUBLE_EQ(round3(fit.params.q), 3.74);
    EXPECT_DOUBLE_EQ(round3(fit.params.gamma / 100.0), 15.4); // cents -> dollars; published 15.44
    EXPECT_NEAR(fit.params.gamma / 100.0, 15.44, 0.01);
    std::printf("CDNOW Gamma-Gamma: p=%.4f q=%.4f gamma=%.4f dollars LL=%.3f (cents)\n",
                fit.params.p, fit.params.q, fit.params.gamma / 100.0, fit.logLikelihood);
}

TEST(GammaGamma, ExpectedSpendBlendsPopulationAndCustomerMeans) {
    const GammaGammaParams v{6.25, 3.74, 1544.0};
    const double population = v.p * v.gamma / (v.q - 1.0);
    EXPECT_NEAR(expectedAverageSpend(v, 0, 0.0), population, 1e-9);
    const double weight = v.p * 4 / (v.p * 4 + v.q - 1.0); // on the customer's own mean
    EXPECT_NEAR(expectedAverageSpend(v, 4, 2000.0),
                (1 - weight) * population + weight * 2000.0, 1e-9);
    // More purchases: more trust in the customer's own mean.
    EXPECT_LT(std::abs(expectedAverageSpend(v, 40, 2000.0) - 2000.0),
              std::abs(expectedAverageSpend(v, 4, 2000.0) - 2000.0));
    // No finite population mean when q <= 1.
    EXPECT_TRUE(std::isnan(expectedAverageSpend({2.0, 0.8, 100.0}, 0, 0.0)));
    EXPECT_TRUE(std::isfinite(expectedAverageSpend({2.0, 0.8, 100.0}, 1, 50.0)));
}

TEST(GammaGamma, TooFewRepeatersIsTooFewData) {
    const std::vector<SpendObservation> few{{1, 10.0, 1}, {2, 20.0, 1}, {3, 15.0, 2}};
    const GammaGammaFit fit = fitGammaGamma(few);
    EXPECT_FALSE(fit.status.converged);
    EXPECT_NE(fit.status.message.find("too few data"), std::string::npos);
    EXPECT_EQ(fit.repeaters, 4);
    EXPECT_FALSE(fitGammaGamma({}).status.converged);
}

TEST(GammaGamma, InvalidObservationIsRejected) {
    std::vector<SpendObservation> observations(20, SpendObservation{2, 1000.0, 1});
    observations[3].meanSpend = 0.0;
    const GammaGammaFit fit = fitGammaGamma(observations);
    EXPECT_FALSE(fit.status.converged);
    EXPECT_NE(fit.status.message.find("invalid"), std::string::npos);
}

TEST(GammaGamma, IdenticalSpendsAreNotIdentified) {
    const std::vector<SpendObservation> same{{1, 1000.0, 30}, {2, 1000.0, 20}, {5, 1000.0, 10}};
    const GammaGammaFit fit = fitGammaGamma(same);
    EXPECT_FALSE(fit.status.converged);
    EXPECT_FALSE(fit.status.message.empty());
}

} // namespace
} // namespace crm::clv
