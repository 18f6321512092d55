// P(alive) and the conditional expectation of the BG/NBD model.
//
// FHL 2005, the conditional expectation:
//   E[Y(t) | x, t_x, T] = P(alive) * (a+b+x-1)/(a-1)
//                         * [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z)],
//   z = t / (alpha+T+t).
// Taken literally it divides by a-1 (0/0 at a = 1, cancellation near it) and
// its 2F1 has c-a-b = a-1-r-x, so for large x the series diverges as z -> 1.
// We evaluate K = [1 - (...)^(r+x) 2F1(...)] / (a-1) through two exact
// transformations of 2F1 (Abramowitz & Stegun 15.3.4 and 15.3.3), with u = t/(alpha+T):
//   Pfaff (u <= 1/2):  (1-z)^(r+x) 2F1(r+x, b+x; c; z) = 2F1(r+x, a-1; c; -u), so
//     K = sum_{n>=1} (-1)^(n+1) (r+x)_n (a)_(n-1) / ((c)_n n!) u^n;
//   Euler (u > 1/2):   (1-z)^(r+x) 2F1(r+x, b+x; c; z) = (1-z)^(a-1) 2F1(a+b-1-r, a-1; c; z), so
//     K = [1 - (1-z)^(a-1)] / (a-1) - (1-z)^(a-1) sum_{n>=1} (a+b-1-r)_n (a)_(n-1) / ((c)_n n!) z^n.
// In both the factor (a-1) is divided out analytically, and the series'
// parameters stay small whatever x is (c = a+b+x-1 only speeds convergence).
// Should a series not converge (z within ~1e-4 of 1, i.e. a horizon thousands
// of times alpha+T), the expectation is integrated numerically from its
// definition: E = P(alive) * E_p[(1 - (1 + p u)^-(r+x)) / p], p ~ Beta(a, b+x).
#include "crm/analytics/bgnbd.h"

#include "crm/analytics/special_functions.h"

#include <boost/math/quadrature/tanh_sinh.hpp>

#include <cmath>
#include <limits>
#include <optional>

namespace crm::clv {

namespace {

constexpr int kMaxSeriesTerms = 200000;

// sum_{n>=1} term_n with term_1 = first, term_{n+1} = term_n * (p+n)(q+n)/((c+n)(n+1)) * w.
std::optional<double> hypergeometricTail(double first, double p, double q, double c, double w) {
    double term = first;
    double sum = first;
    for (int n = 1; n < kMaxSeriesTerms; ++n) {
        const double ratio = (p + n) * (q + n) / ((c + n) * (n + 1.0)) * w;
        term *= ratio;
        sum += term;
        if (std::abs(ratio) < 1.0 && std::abs(term) <= 1e-17 * std::abs(sum))
            return sum;
        if (term == 0.0)
            return sum;
    }
    return std::nullopt;
}

// [1 - (1-z)^B] / B with ln(1-z) = logOneMinusZ, continuous at B = 0.
double oneMinusPowerOverB(double b, double logOneMinusZ) {
    return b == 0.0 ? -logOneMinusZ : -std::expm1(b * logOneMinusZ) / b;
}

std::optional<double> scaledBracket(const BgnbdParams& p, double x, double u) {
    const double c = p.a + p.b + x - 1.0;
    if (u <= 0.5)
        return hypergeometricTail((p.r + x) * u / c, p.r + x, p.a - 1.0, c, -u);
    const double z = u / (1.0 + u);
    const double logOneMinusZ = -std::log1p(u);
    const double a2 = p.a + p.b - 1.0 - p.r;
    const std::optional<double> tail = hypergeometricTail(a2 * z / c, a2, p.a - 1.0, c, z);
    if (!tail)
        return std::nullopt;
    return oneMinusPowerOverB(p.a - 1.0, logOneMinusZ) -
           std::exp((p.a - 1.0) * logOneMinusZ) * *tail;
}

// E_p[(1 - (1 + p u)^-(r+x)) / p] for p ~ Beta(a, b+x), by tanh-sinh quadrature.
double expectedAliveByQuadrature(const BgnbdParams& p, double x, double u) {
    const double bx = p.b + x;
    const double logBeta = lnGamma(p.a) + lnGamma(bx) - lnGamma(p.a + bx);
    const auto integrand = [&](double q) {
        const double gain = -std::expm1(-(p.r + x) * std::log1p(q * u)) / q;
        return gain * std::exp((p.a - 1.0) * std::log(q) + (bx - 1.0) * std::log1p(-q) - logBeta);
    };
    boost::math::quadrature::tanh_sinh<double> integrator;
    return integrator.integrate(integrand, 0.0, 1.0);
}

bool validInput(const BgnbdParams& p, int x, double recency, double age) {
    return p.r > 0 && p.alpha > 0 && p.a > 0 && p.b > 0 && x >= 0 && recency >= 0 &&
           age >= recency;
}

} // namespace

// P(alive) = 1 / (1 + [x > 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)), in logs.
double probabilityAlive(const BgnbdParams& p, int frequency, double recency, double age) {
    if (!validInput(p, frequency, recency, age))
        return std::numeric_limits<double>::quiet_NaN();
    if (frequency == 0)
        return 1.0;
    const double x = frequency;
    const double logOdds = std::log(p.a) - std::log(p.b + x - 1.0) +
                           (p.r + x) * std::log1p((age - recency) / (p.alpha + recency));
    return logistic(-logOdds);
}

double expectedPurchases(const BgnbdParams& p, int frequency, double recency, double age,
                         double horizon) {
    if (!validInput(p, frequency, recency, age) || !(horizon >= 0))
        return std::numeric_limits<double>::quiet_NaN();
    if (horizon == 0)
        return 0.0;
    const double x = frequency;
    const double u = horizon / (p.alpha + age);
    const double alive = probabilityAlive(p, frequency, recency, age);
    if (const std::optional<double> k = scaledBracket(p, x, u))
        return alive * (p.a + p.b + x - 1.0) * *k;
    return alive * expectedAliveByQuadrature(p, x, u);
}

} // namespace crm::clv
