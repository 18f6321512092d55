#pragma once
// The Gamma-Gamma spend model (Fader & Hardie 2013, "The Gamma-Gamma Model of
// Monetary Value"; Colombo & Jiang 1999): each purchase's value is
// Gamma(p, nu), nu ~ Gamma(q, gamma) across customers, independent of the
// purchase process. Fitted on customers with repeat purchases.
#include "crm/analytics/clv_summary.h"
#include "crm/analytics/mle_fit.h"

#include <cstdint>
#include <span>
#include <vector>

namespace crm::clv {

struct GammaGammaParams {
    double p = 1.0;
    double q = 1.0;
    double gamma = 1.0; // in minor units of money
};

// One customer's (or `count` identical customers') repeat purchases.
struct SpendObservation {
    int frequency = 0;     // x >= 1
    double meanSpend = 0;  // mean value of the x repeat purchases, minor units, > 0
    std::int64_t count = 1;
};

struct GammaGammaFit {
    GammaGammaParams params;
    double logLikelihood = 0.0; // of the mean spends in minor units
    FitStatus status;
    std::int64_t repeaters = 0; // customers the fit used (x >= 1, spend > 0)
};

inline constexpr std::int64_t kGammaGammaMinRepeaters = 10;

// The customers the model is fitted on: x >= 1 and a positive mean repeat spend.
std::vector<SpendObservation> spendObservations(std::span<const CustomerSummary> customers);

double gammaGammaLogLikelihood(const GammaGammaParams& params,
                               std::span<const SpendObservation> observations);

GammaGammaFit fitGammaGamma(std::span<const SpendObservation> observations,
                            const FitOptions& options = {});

// E[M | x, mean spend] = (gamma + x m) p / (p x + q - 1) (FH 2013):
// a weighted mean of the population mean p gamma / (q - 1) and the customer's
// own mean. For x = 0 it is the population mean. NaN when p x + q <= 1 (the
// expectation does not exist).
double expectedAverageSpend(const GammaGammaParams& params, int frequency, double meanSpend);

} // namespace crm::clv
