#include "crm/analytics/bgnbd.h"

#include "crm/analytics/special_functions.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace crm::clv {

namespace {

struct Gradient {
    double r = 0, alpha = 0, a = 0, b = 0;
};

// Patterns grouped by frequency, so the gamma functions are evaluated once per
// distinct x rather than once per pattern.
struct FrequencyGroup {
    int frequency = 0;
    double weight = 0.0;
    std::size_t begin = 0, end = 0;
};

// A pattern as indices into the table of distinct times.
struct PatternTimes {
    std::uint32_t age = 0, recency = 0;
    double count = 0.0;
};

// ln(alpha + t) and 1/(alpha + t) for every distinct time t, once per evaluation:
// customers' histories share few distinct lengths (whole days), so this
// replaces two logarithms per pattern by two table look-ups.
struct TimeTerms {
    std::vector<double> log, inverse;
};

// The weighted BG/NBD log-likelihood with times multiplied by `timeScale`
// (a scale near the data's own keeps alpha near 1 for the optimiser).
class BgnbdLikelihood {
public:
    BgnbdLikelihood(std::span<const PurchasePattern> patterns, double timeScale);
    double evaluate(const BgnbdParams& p, Gradient* gradient) const;

private:
    std::uint32_t timeIndex(double time) const;
    double evaluateGroup(const BgnbdParams& p, const FrequencyGroup& group, const TimeTerms& terms,
                         Gradient* gradient) const;

    std::vector<double> m_times; // distinct scaled times, ascending
    std::vector<PatternTimes> m_patterns;
    std::vector<FrequencyGroup> m_groups;
};

BgnbdLikelihood::BgnbdLikelihood(std::span<const PurchasePattern> patterns, double timeScale) {
    std::vector<PurchasePattern> sorted(patterns.begin(), patterns.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const PurchasePattern& l, const PurchasePattern& r) {
                         return l.frequency < r.frequency;
                     });
    for (const PurchasePattern& p : sorted) {
        m_times.push_back(p.age * timeScale);
        m_times.push_back(p.recency * timeScale);
    }
    std::sort(m_times.begin(), m_times.end());
    m_times.erase(std::unique(m_times.begin(), m_times.end()), m_times.end());
    m_patterns.reserve(sorted.size());
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const PurchasePattern& p = sorted[i];
        m_patterns.push_back({timeIndex(p.age * timeScale), timeIndex(p.recency * timeScale),
                              static_cast<double>(p.count)});
        if (m_groups.empty() || m_groups.back().frequency != p.frequency)
            m_groups.push_back({p.frequency, 0.0, i, i});
        m_groups.back().weight += static_cast<double>(p.count);
        m_groups.back().end = i + 1;
    }
}

std::uint32_t BgnbdLikelihood::timeIndex(double time) const {
    const auto it = std::lower_bound(m_times.begin(), m_times.end(), time);
    return static_cast<std::uint32_t>(it - m_times.begin());
}

double BgnbdLikelihood::evaluate(const BgnbdParams& p, Gradient* gradient) const {
    TimeTerms terms;
    terms.log.resize(m_times.size());
    terms.inverse.resize(gradient ? m_times.size() : 0);
    for (std::size_t i = 0; i < m_times.size(); ++i) {
        terms.log[i] = std::log(p.alpha + m_times[i]);
        if (gradient)
            terms.inverse[i] = 1.0 / (p.alpha + m_times[i]);
    }
    double total = 0.0;
    for (const FrequencyGroup& group : m_groups)
        total += evaluateGroup(p, group, terms, gradient);
    return total;
}

// Per customer: log L = c(x) + log(exp(A3) + [x > 0] exp(A4)) with
//   c(x) = lnG(r+x) - lnG(r) + r ln(alpha) + ln B(a, b+x) - ln B(a, b),
//   A3 = -(r+x) ln(alpha+T),  A4 = ln a - ln(b+x-1) - (r+x) ln(alpha+t_x)
// (FHL 2005), summed in logs so that huge x cannot overflow.
double BgnbdLikelihood::evaluateGroup(const BgnbdParams& p, const FrequencyGroup& group,
                                      const TimeTerms& terms, Gradient* gradient) const {
    const double x = group.frequency;
    const double rx = p.r + x;
    const double w = group.weight;
    double total = w * (lnGamma(rx) - lnGamma(p.r) + p.r * std::log(p.alpha) +
                        lnGamma(p.a + p.b) + lnGamma(p.b + x) - lnGamma(p.b) -
                        lnGamma(p.a + p.b + x));
    const double logDropTerm = x > 0 ? std::log(p.a) - std::log(p.b + x - 1.0) : 0.0;
    double sumLog = 0.0, sumInverse = 0.0, sumShare = 0.0; // gradient parts
    for (std::size_t i = group.begin; i < group.end; ++i) {
        const PatternTimes& pattern = m_patterns[i];
        const double n = pattern.count;
        const double a3 = -rx * terms.log[pattern.age];
        double share = 0.0; // weight of the "dropped out after t_x" term
        if (group.frequency > 0) {
            const double d = logDropTerm - rx * terms.log[pattern.recency] - a3;
            const SoftplusLogistic s = softplusLogistic(d);
            total += n * (a3 + s.softplus);
            share = s.logistic;
        } else {
            total += n * a3;
        }
        if (gradient) {
            sumLog += n * ((1.0 - share) * terms.log[pattern.age] +
                           share * terms.log[pattern.recency]);
            sumInverse += n * ((1.0 - share) * terms.inverse[pattern.age] +
                               share * terms.inverse[pattern.recency]);
            sumShare += n * share;
        }
    }
    if (gradient) {
        const double abx = digammaOf(p.a + p.b) - digammaOf(p.a + p.b + x);
        gradient->r += w * (digammaOf(rx) - digammaOf(p.r) + std::log(p.alpha)) - sumLog;
        gradient->alpha += w * p.r / p.alpha - rx * sumInverse;
        gradient->a += w * abx + sumShare / p.a;
        gradient->b += w * (abx + digammaOf(p.b + x) - digammaOf(p.b));
        if (group.frequency > 0)
            gradient->b -= sumShare / (p.b + x - 1.0);
    }
    return total;
}

BgnbdParams fromLog(std::span<const double> theta) {
    return {std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]), std::exp(theta[3])};
}

std::vector<double> logOf(const BgnbdParams& p) {
    return {std::log(p.r), std::log(p.alpha), std::log(p.a), std::log(p.b)};
}

std::string validatePatterns(std::span<const PurchasePattern> patterns) {
    for (const PurchasePattern& p : patterns) {
        const bool valid = p.frequency >= 0 && p.count > 0 && p.recency >= 0 &&
                           p.age >= p.recency && (p.frequency > 0 || p.recency == 0) &&
                           std::isfinite(p.age);
        if (!valid)
            return "invalid pattern: need x >= 0, 0 <= t_x <= T, t_x = 0 when x = 0, count > 0";
    }
    return {};
}

// The likelihood as a function of log-parameters, for the optimiser.
LogLikelihood objective(const BgnbdLikelihood& likelihood) {
    return [&likelihood](std::span<const double> theta, std::span<double> grad) {
        const BgnbdParams p = fromLog(theta);
        Gradient g;
        const double value = likelihood.evaluate(p, grad.empty() ? nullptr : &g);
        if (!grad.empty()) { // chain rule: d/d(log v) = v d/dv
            grad[0] = g.r * p.r;
            grad[1] = g.alpha * p.alpha;
            grad[2] = g.a * p.a;
            grad[3] = g.b * p.b;
        }
        return value;
    };
}

std::string tooFewData(const BgnbdFit& fit) {
    if (fit.customers >= kBgnbdMinCustomers && fit.repeaters >= kBgnbdMinRepeaters)
        return {};
    return "too few data: " + std::to_string(fit.customers) + " customers, " +
           std::to_string(fit.repeaters) + " with repeat purchases (need " +
           std::to_string(kBgnbdMinCustomers) + " and " + std::to_string(kBgnbdMinRepeaters) +
           ")";
}

} // namespace

double bgnbdLogLikelihood(const BgnbdParams& params, std::span<const PurchasePattern> patterns) {
    return BgnbdLikelihood(patterns, 1.0).evaluate(params, nullptr);
}

double bgnbdLogLikelihood(const BgnbdParams& params, int frequency, double recency,
                          double age) {
    const PurchasePattern pattern{frequency, recency, age, 1};
    return bgnbdLogLikelihood(params, std::span<const PurchasePattern>(&pattern, 1));
}

BgnbdFit fitBgnbd(std::span<const PurchasePattern> patterns, TimeUnit unit,
                  const FitOptions& options) {
    BgnbdFit fit;
    fit.unit = unit;
    double ageSum = 0.0;
    for (const PurchasePattern& p : patterns) {
        fit.customers += p.count;
        fit.repeaters += p.frequency > 0 ? p.count : 0;
        ageSum += static_cast<double>(p.count) * p.age;
    }
    fit.status.message = validatePatterns(patterns);
    if (fit.status.message.empty())
        fit.status.message = tooFewData(fit);
    if (!fit.status.message.empty())
        return fit;
    const double meanAge = ageSum / static_cast<double>(fit.customers);
    const double scale = meanAge > 0 ? 10.0 / meanAge : 1.0;
    const BgnbdLikelihood likelihood(patterns, scale);
    // Starting points (r, alpha, a, b) in scaled time: neutral, CDNOW-like, regular buyers.
    const std::array<std::vector<double>, 3> starts{
        logOf({1.0, 1.0, 1.0, 1.0}), logOf({0.3, 2.0, 0.7, 2.5}), logOf({3.0, 20.0, 2.0, 8.0})};
    const std::array<const char*, 4> names{"r", "alpha", "a", "b"};
    const MleOutcome outcome = maximizeLogLikelihood(
        objective(likelihood), starts, names, 1e-6 * static_cast<double>(fit.customers), options);
    fit.status = outcome.status;
    fit.params = fromLog(outcome.theta);
    fit.params.alpha /= scale;
    fit.logLikelihood = bgnbdLogLikelihood(fit.params, patterns);
    return fit;
}

} // namespace crm::clv
