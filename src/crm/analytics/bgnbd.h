#pragma once
// The BG/NBD purchase model (Fader, Hardie & Lee 2005, "Counting Your
// Customers the Easy Way"): while alive a customer buys as a Poisson process
// with rate lambda ~ Gamma(r, alpha); after each purchase it drops out with
// probability p ~ Beta(a, b). Pure functions: likelihood, fit, predictions.
#include "crm/analytics/clv_summary.h"
#include "crm/analytics/mle_fit.h"

#include <cstdint>
#include <span>

namespace crm::clv {

struct BgnbdParams {
    double r = 1.0;
    double alpha = 1.0; // in the fit's time unit
    double a = 1.0;
    double b = 1.0;
};

struct BgnbdFit {
    BgnbdParams params;
    double logLikelihood = 0.0; // in the fit's time unit (includes the sum of x log(unit))
    FitStatus status;
    TimeUnit unit = TimeUnit::Week;
    std::int64_t customers = 0;
    std::int64_t repeaters = 0; // customers with x >= 1
};

// Fewer customers or repeaters than this and fitBgnbd refuses ("too few data").
inline constexpr std::int64_t kBgnbdMinCustomers = 10;
inline constexpr std::int64_t kBgnbdMinRepeaters = 2;

// Log-likelihood of one customer (x, t_x, T), and of weighted patterns.
double bgnbdLogLikelihood(const BgnbdParams& params, int frequency, double recency,
                          double age);
double bgnbdLogLikelihood(const BgnbdParams& params, std::span<const PurchasePattern> patterns);

// Maximum-likelihood fit on weighted patterns whose times are in `unit`.
BgnbdFit fitBgnbd(std::span<const PurchasePattern> patterns, TimeUnit unit,
                  const FitOptions& options = {});

// P(alive at T | x, t_x, T). Always in [0, 1], also for huge x.
double probabilityAlive(const BgnbdParams& params, int frequency, double recency, double age);

// E[purchases in (T, T + horizon] | x, t_x, T]: the conditional expectation of
// FHL 2005. Finite for any a > 0 (a = 1 included); NaN only for
// invalid input (negative times, non-positive parameters).
double expectedPurchases(const BgnbdParams& params, int frequency, double recency, double age,
                         double horizon);

} // namespace crm::clv
