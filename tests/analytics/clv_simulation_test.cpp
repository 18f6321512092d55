// Recovery tests: data simulated from the BG/NBD and Gamma-Gamma models with
// known parameters must give those parameters back. The random draws are built
// here on std::mt19937_64 (whose output the standard fixes) rather than with
// std:: distributions (whose algorithms are implementation-defined), so the
// data are the same on every platform.
#include "crm/analytics/bgnbd.h"
#include "crm/analytics/clv_model.h"
#include "crm/analytics/gamma_gamma.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace crm::clv {
namespace {

class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}

    double uniform() { // in (0, 1)
        return (static_cast<double>(m_engine() >> 11) + 0.5) * 0x1.0p-53;
    }
    double exponential() { return -std::log(uniform()); }
    double normal() { // Box-Muller
        return std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * std::numbers::pi * uniform());
    }
    double gamma(double shape) { // Marsaglia & Tsang (2000), scale 1
        if (shape < 1.0)
            return gamma(shape + 1.0) * std::pow(uniform(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            const double z = normal();
            const double v = std::pow(1.0 + c * z, 3);
            if (v > 0 && std::log(uniform()) < 0.5 * z * z + d - d * v + d * std::log(v))
                return d * v;
        }
    }
    double beta(double a, double b) {
        const double x = gamma(a);
        return x / (x + gamma(b));
    }

private:
    std::mt19937_64 m_engine;
};

struct SpendTruth {
    double p, q, gamma;
};

// One customer observed for `age` time units after the first purchase; the
// purchase process of FHL 2005, spends of Colombo & Jiang / FH 2013.
CustomerSummary simulateCustomer(Random& random, const BgnbdParams& truth,
                                 const SpendTruth& spend, double age, bool wholeDays) {
    const double lambda = random.gamma(truth.r) / truth.alpha;
    const double dropout = random.beta(truth.a, truth.b);
    const double nu = random.gamma(spend.q) / spend.gamma;
    CustomerSummary c;
    c.age = age;
    double t = 0.0, spendSum = 0.0;
    for (;;) {
        t += random.exponential() / lambda;
        if (t > age)
            break;
        ++c.frequency;
        c.recency = wholeDays ? std::floor(t) : t;
        spendSum += random.gamma(spend.p) / nu;
        if (random.uniform() < dropout)
            break;
    }
    c.meanRepeatSpend = c.frequency > 0 ? spendSum / c.frequency : 0.0;
    return c;
}

std::vector<CustomerSummary> simulateCohort(std::uint64_t seed, int customers,
                                            const BgnbdParams& truth, const SpendTruth& spend,
                                            double window, double entryPeriod, bool wholeDays) {
    Random random(seed);
    std::vector<CustomerSummary> cohort;
    cohort.reserve(static_cast<std::size_t>(customers));
    for (int i = 0; i < customers; ++i) {
        double age = window - entryPeriod * random.uniform();
        if (wholeDays)
            age = std::floor(age);
        cohort.push_back(simulateCustomer(random, truth, spend, age, wholeDays));
    }
    return cohort;
}

void expectRelativelyNear(double estimate, double truth, double tolerance, const char* name) {
    EXPECT_NEAR(estimate / truth, 1.0, tolerance) << name << " " << estimate << " vs " << truth;
}

TEST(ClvSimulation, RecoversBgnbdAndGammaGammaParameters) {
    const BgnbdParams truth{0.5, 5.0, 0.8, 2.5};
    const SpendTruth spend{6.0, 4.0, 1500.0};
    const auto cohort = simulateCohort(20240601, 40000, truth, spend, 52.0, 12.0, false);
    const ClvModel model = fitClvModel(cohort, TimeUnit::Week);
    ASSERT_TRUE(model.purchases.status.converged) << model.purchases.status.message;
    ASSERT_TRUE(model.spend.status.converged) << model.spend.status.message;
    EXPECT_EQ(model.customers, 40000);
    const BgnbdParams& fit = model.purchases.params;
    // Tolerances are about 3 standard errors at this sample size.
    expectRelativelyNear(fit.r, truth.r, 0.06, "r");
    expectRelativelyNear(fit.alpha, truth.alpha, 0.08, "alpha");
    expectRelativelyNear(fit.a, truth.a, 0.15, "a");
    expectRelativelyNear(fit.b, truth.b, 0.20, "b");
    const GammaGammaParams& gg = model.spend.params;
    expectRelativelyNear(gg.p, spend.p, 0.10, "p");
    expectRelativelyNear(gg.q, spend.q, 0.10, "q");
    expectRelativelyNear(gg.gamma, spend.gamma, 0.15, "gamma");
    std::printf("simulated: r=%.4f alpha=%.4f a=%.4f b=%.4f  p=%.4f q=%.4f gamma=%.2f\n", fit.r,
                fit.alpha, fit.a, fit.b, gg.p, gg.q, gg.gamma);
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(ClvSimulation, MillionCustomersFitFast) {
    // Days, two years of history, customers entering over the first year.
    const BgnbdParams truth{0.5, 30.0, 0.8, 2.5};
    const SpendTruth spend{6.0, 4.0, 1500.0};
    const auto cohort = simulateCohort(77, 1000000, truth, spend, 730.0, 365.0, true);
    const auto start = std::chrono::steady_clock::now();
    const std::vector<PurchasePattern> patterns = distinctPatterns(cohort);
    const double grouping = secondsSince(start);
    const BgnbdFit purchases = fitBgnbd(patterns, TimeUnit::Day);
    const double purchaseFit = secondsSince(start) - grouping;
    const GammaGammaFit spendFit = fitGammaGamma(spendObservations(cohort));
    const double total = secondsSince(start);
    ASSERT_TRUE(purchases.status.converged) << purchases.status.message;
    ASSERT_TRUE(spendFit.status.converged) << spendFit.status.message;
    EXPECT_EQ(purchases.customers, 1000000);
    expectRelativelyNear(purchases.params.r, truth.r, 0.03, "r");
    expectRelativelyNear(purchases.params.alpha, truth.alpha, 0.05, "alpha");
    expectRelativelyNear(purchases.params.a, truth.a, 0.05, "a");
    expectRelativelyNear(purchases.params.b, truth.b, 0.08, "b");
    std::printf("1M customers, %zu distinct patterns, %lld repeaters: grouping %.2f s, "
                "BG/NBD %.2f s (%d evaluations), Gamma-Gamma %.2f s (%d evaluations), total %.2f s\n",
                patterns.size(), static_cast<long long>(spendFit.repeaters), grouping, purchaseFit,
                purchases.status.evaluations, total - grouping - purchaseFit,
                spendFit.status.evaluations, total);
#ifdef NDEBUG
    EXPECT_LT(total, 10.0);
#endif
}

} // namespace
} // namespace crm::clv
