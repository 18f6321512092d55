#pragma once
// Potential value (潜在价值): what more a customer could bring if we won all of
// its spending in our category (share of wallet), beyond what the lifetime
// value model already expects. Formula: docs/analytics-clv.md, section 6.
#include "crm/analytics/clv_model.h"
#include "crm/money.h"

namespace crm::clv {

// The customer's estimated category spend over the horizon, spread evenly
// over the months and discounted like the CLV:
// sum_{m=1..H} (annual / 12) / (1 + d)^m, in minor units.
double discountedWallet(Money annualCategorySpend, const ClvOptions& options = {});

// max(0, discountedWallet - lifetimeValue): the part of the customer's
// category spend in the horizon that the model does not expect to come to us.
double potentialValue(Money annualCategorySpend, double lifetimeValue,
                      const ClvOptions& options = {});

} // namespace crm::clv
