#pragma once
// Special functions of the CLV models: Boost.Math's log-gamma and digamma in
// plain double precision, and numerically safe log/logistic helpers.
#include <cmath>

namespace crm::clv {

double lnGamma(double v);
double digammaOf(double v);

// log(1 + e^d) without overflow.
inline double softplus(double d) {
    return d > 0 ? d + std::log1p(std::exp(-d)) : std::log1p(std::exp(d));
}

// 1 / (1 + e^-d) without overflow.
inline double logistic(double d) {
    if (d >= 0)
        return 1.0 / (1.0 + std::exp(-d));
    const double e = std::exp(d);
    return e / (1.0 + e);
}

} // namespace crm::clv
