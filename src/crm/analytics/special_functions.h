#pragma once
// Special functions of the CLV models: Boost.Math's log-gamma and digamma in
// plain double precision, and numerically safe log/logistic helpers.
#include <cmath>

namespace crm::clv {

double lnGamma(double v);
double digammaOf(double v);

// 1 / (1 + e^-d) without overflow.
inline double logistic(double d) {
    if (d >= 0)
        return 1.0 / (1.0 + std::exp(-d));
    const double e = std::exp(d);
    return e / (1.0 + e);
}

struct SoftplusLogistic {
    double softplus = 0.0; // log(1 + e^d)
    double logistic = 0.0; // 1 / (1 + e^-d)
};

// Both at the cost of one exponential.
inline SoftplusLogistic softplusLogistic(double d) {
    const double e = std::exp(-std::abs(d));
    return {(d > 0 ? d : 0.0) + std::log1p(e), d >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e)};
}

} // namespace crm::clv
