#include "crm/analytics/gamma_gamma.h"

#include "crm/analytics/special_functions.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

namespace crm::clv {

namespace {

struct Gradient {
    double p = 0, q = 0, gamma = 0;
};

// Observations with spends multiplied by `spendScale` (the fit works near 10
// so that gamma starts near 1), grouped by x for the gamma functions.
class GammaGammaLikelihood {
public:
    GammaGammaLikelihood(std::span<const SpendObservation> observations, double spendScale);
    double evaluate(const GammaGammaParams& v, Gradient* gradient) const;

private:
    struct Group {
        int frequency = 0;
        double weight = 0.0;     // sum of counts
        double logSpendSum = 0.0; // sum of count * ln m
        std::size_t begin = 0, end = 0;
    };
    double evaluateGroup(const GammaGammaParams& v, const Group& group, Gradient* gradient) const;

    std::vector<SpendObservation> m_observations; // sorted by x, spends scaled
    std::vector<Group> m_groups;
};

GammaGammaLikelihood::GammaGammaLikelihood(std::span<const SpendObservation> observations,
                                           double spendScale)
    : m_observations(observations.begin(), observations.end()) {
    std::stable_sort(m_observations.begin(), m_observations.end(),
                     [](const SpendObservation& l, const SpendObservation& r) {
                         return l.frequency < r.frequency;
                     });
    for (std::size_t i = 0; i < m_observations.size(); ++i) {
        SpendObservation& o = m_observations[i];
        o.meanSpend *= spendScale;
        if (m_groups.empty() || m_groups.back().frequency != o.frequency)
            m_groups.push_back({o.frequency, 0.0, 0.0, i, i});
        const auto n = static_cast<double>(o.count);
        m_groups.back().weight += n;
        m_groups.back().logSpendSum += n * std::log(o.meanSpend);
        m_groups.back().end = i + 1;
    }
}

double GammaGammaLikelihood::evaluate(const GammaGammaParams& v, Gradient* gradient) const {
    double total = 0.0;
    for (const Group& group : m_groups)
        total += evaluateGroup(v, group, gradient);
    return total;
}

// Per customer (FH 2013, of the mean of x repeat purchases):
//   lnG(px+q) - lnG(px) - lnG(q) + q ln(gamma) + (px-1) ln m + px ln x - (px+q) ln(x m + gamma).
double GammaGammaLikelihood::evaluateGroup(const GammaGammaParams& v, const Group& group,
                                           Gradient* gradient) const {
    const double x = group.frequency;
    const double px = v.p * x;
    const double w = group.weight;
    double total = w * (lnGamma(px + v.q) - lnGamma(px) - lnGamma(v.q) + v.q * std::log(v.gamma) +
                        px * std::log(x)) +
                   (px - 1.0) * group.logSpendSum;
    double sumLogTotal = 0.0;    // sum of n ln(x m + gamma)
    double sumInverseTotal = 0.0; // sum of n / (x m + gamma)
    for (std::size_t i = group.begin; i < group.end; ++i) {
        const SpendObservation& o = m_observations[i];
        const double n = static_cast<double>(o.count);
        const double spendTotal = x * o.meanSpend + v.gamma;
        sumLogTotal += n * std::log(spendTotal);
        sumInverseTotal += n / spendTotal;
    }
    total -= (px + v.q) * sumLogTotal;
    if (gradient) {
        const double psiAll = digammaOf(px + v.q);
        gradient->p += x * (w * (psiAll - digammaOf(px) + std::log(x)) + group.logSpendSum -
                            sumLogTotal);
        gradient->q += w * (psiAll - digammaOf(v.q) + std::log(v.gamma)) - sumLogTotal;
        gradient->gamma += w * v.q / v.gamma - (px + v.q) * sumInverseTotal;
    }
    return total;
}

std::string validate(std::span<const SpendObservation> observations) {
    for (const SpendObservation& o : observations) {
        if (o.frequency < 1 || !(o.meanSpend > 0) || !std::isfinite(o.meanSpend) || o.count <= 0)
            return "invalid spend observation: need x >= 1, mean spend > 0, count > 0";
    }
    return {};
}

GammaGammaParams fromLog(std::span<const double> theta) {
    return {std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2])};
}

std::vector<double> logOf(const GammaGammaParams& v) {
    return {std::log(v.p), std::log(v.q), std::log(v.gamma)};
}

// The likelihood as a function of log-parameters, for the optimiser.
LogLikelihood objective(const GammaGammaLikelihood& likelihood) {
    return [&likelihood](std::span<const double> theta, std::span<double> grad) {
        const GammaGammaParams v = fromLog(theta);
        Gradient g;
        const double value = likelihood.evaluate(v, grad.empty() ? nullptr : &g);
        if (!grad.empty()) { // chain rule: d/d(log v) = v d/dv
            grad[0] = g.p * v.p;
            grad[1] = g.q * v.q;
            grad[2] = g.gamma * v.gamma;
        }
        return value;
    };
}

} // namespace

std::vector<SpendObservation> spendObservations(std::span<const CustomerSummary> customers) {
    std::vector<SpendObservation> observations;
    for (const CustomerSummary& c : customers) {
        if (c.frequency >= 1 && c.meanRepeatSpend > 0)
            observations.push_back({c.frequency, c.meanRepeatSpend, 1});
    }
    return observations;
}

double gammaGammaLogLikelihood(const GammaGammaParams& params,
                               std::span<const SpendObservation> observations) {
    return GammaGammaLikelihood(observations, 1.0).evaluate(params, nullptr);
}

GammaGammaFit fitGammaGamma(std::span<const SpendObservation> observations,
                            const FitOptions& options) {
    GammaGammaFit fit;
    double spendSum = 0.0;
    for (const SpendObservation& o : observations) {
        fit.repeaters += o.count;
        spendSum += static_cast<double>(o.count) * o.meanSpend;
    }
    fit.status.message = validate(observations);
    if (!fit.status.message.empty())
        return fit;
    if (fit.repeaters < kGammaGammaMinRepeaters) {
        fit.status.message = "too few data: " + std::to_string(fit.repeaters) +
                             " customers with repeat purchases (need " +
                             std::to_string(kGammaGammaMinRepeaters) + ")";
        return fit;
    }
    const double scale = 10.0 / (spendSum / static_cast<double>(fit.repeaters));
    const GammaGammaLikelihood likelihood(observations, scale);
    // Starting points (p, q, gamma) with spends scaled to a mean of 10.
    const std::array<std::vector<double>, 3> starts{
        logOf({1.0, 1.0, 1.0}), logOf({5.0, 4.0, 5.0}), logOf({20.0, 10.0, 20.0})};
    const std::array<const char*, 3> names{"p", "q", "gamma"};
    const MleOutcome outcome = maximizeLogLikelihood(
        objective(likelihood), starts, names, 1e-6 * static_cast<double>(fit.repeaters),
        options);
    fit.status = outcome.status;
    fit.params = fromLog(outcome.theta);
    fit.params.gamma /= scale;
    fit.logLikelihood = gammaGammaLogLikelihood(fit.params, observations);
    if (fit.status.converged && fit.params.q <= 1.0)
        fit.status.message = "q <= 1: the expected spend of a customer without repeat "
                             "purchases is not finite";
    return fit;
}

double expectedAverageSpend(const GammaGammaParams& v, int frequency, double meanSpend) {
    const double x = frequency;
    const double denominator = v.p * x + v.q - 1.0;
    if (!(denominator > 0) || frequency < 0)
        return std::numeric_limits<double>::quiet_NaN();
    return (v.gamma + x * meanSpend) * v.p / denominator;
}

} // namespace crm::clv
