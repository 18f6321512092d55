#include "crm/analytics/special_functions.h"

#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/gamma.hpp>

namespace crm::clv {

namespace {
// Boost promotes double to long double by default, which makes lgamma ~15x
// slower for no accuracy the likelihoods need.
using DoublePolicy =
    boost::math::policies::policy<boost::math::policies::promote_double<false>>;
} // namespace

double lnGamma(double v) { return boost::math::lgamma(v, DoublePolicy()); }

double digammaOf(double v) { return boost::math::digamma(v, DoublePolicy()); }

} // namespace crm::clv
