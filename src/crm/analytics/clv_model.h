#pragma once
// Customer lifetime value from the BG/NBD purchase model and the Gamma-Gamma
// spend model: fit both on customer summaries, then value each customer over
// a horizon of months with a monthly discount rate. Formulas: docs/analytics-clv.md.
#include "crm/analytics/bgnbd.h"
#include "crm/analytics/clv_summary.h"
#include "crm/analytics/gamma_gamma.h"
#include "crm/analytics/mle_fit.h"

#include <cstdint>
#include <span>

namespace crm::clv {

struct ClvOptions {
    int horizonMonths = 12;
    double monthlyDiscountRate = 0.01;
    double daysPerMonth = 365.25 / 12.0; // a month is 1/12 of a Julian year
};

// Both models as fitted on one set of customer summaries.
struct ClvModel {
    BgnbdFit purchases;
    GammaGammaFit spend;
    TimeUnit unit = TimeUnit::Week;
    std::int64_t customers = 0; // customers with at least one purchase
    std::int64_t repeaters = 0; // of which with repeat purchases (x >= 1)

    bool usable() const { return purchases.status.converged && spend.status.converged; }
};

// Fits BG/NBD on the distinct (x, t_x, T) patterns and Gamma-Gamma on the
// repeaters with a positive mean spend. `customers` must be summarised in `unit`.
ClvModel fitClvModel(std::span<const CustomerSummary> customers, TimeUnit unit,
                     const FitOptions& options = {});

struct CustomerValue {
    double probabilityAlive = 0.0;
    double expectedPurchases = 0.0; // in the horizon
    double expectedSpend = 0.0;     // per purchase, minor units
    double lifetimeValue = 0.0;     // discounted expected revenue in the horizon, minor units
};

// CLV = sum_{m=1..H} (E[Y(m tau)] - E[Y((m-1) tau)]) * spend / (1 + d)^m,
// where E[Y(t)] is the BG/NBD conditional expectation of purchases in (T, T+t],
// tau is one month in the model's time unit, d the monthly discount rate and
// spend the expected spend per purchase. Revenue of month m is discounted
// from the end of that month.
double discountedExpectedRevenue(const BgnbdParams& params, TimeUnit unit,
                                 const CustomerSummary& customer, double expectedSpend,
                                 const ClvOptions& options = {});

// P(alive), expected purchases and spend, and CLV of one customer summarised
// in the model's time unit.
CustomerValue predictCustomerValue(const ClvModel& model, const CustomerSummary& customer,
                                   const ClvOptions& options = {});

} // namespace crm::clv
