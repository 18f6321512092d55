#include "crm/analytics/potential_value.h"

#include <algorithm>
#include <cmath>

namespace crm::clv {

double discountedWallet(Money annualCategorySpend, const ClvOptions& options) {
    const double monthly = static_cast<double>(annualCategorySpend) / 12.0;
    double wallet = 0.0;
    for (int month = 1; month <= options.horizonMonths; ++month)
        wallet += monthly / std::pow(1.0 + options.monthlyDiscountRate, month);
    return wallet;
}

double potentialValue(Money annualCategorySpend, double lifetimeValue,
                      const ClvOptions& options) {
    return std::max(0.0, discountedWallet(annualCategorySpend, options) - lifetimeValue);
}

} // namespace crm::clv
