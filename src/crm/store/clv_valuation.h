#pragma once
// Lifetime value from the store: fit the BG/NBD and Gamma-Gamma models on
// every customer's purchases as of a date and keep the fit, and value each
// customer (P(alive), expected purchases and spend, historical value, CLV,
// potential value) with a stored or fresh fit. Definitions: docs/analytics-clv.md.
#include "crm/analytics/clv_model.h"
#include "crm/date.h"
#include "crm/errors.h"
#include "crm/money.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace crm {

class Database;

// The models did not converge or the data are too few: nothing was stored.
class ClvFitError : public Error {
public:
    using Error::Error;
};

// clv::fitClvModel with customers of equal (x, mean repeat spend) given to
// the Gamma-Gamma fit as one weighted observation: the same likelihood, a
// fraction of the work on large data. The two models are fitted on two
// threads, so options.cancelRequested must be safe to call from both.
clv::ClvModel fitClvModelGrouped(std::span<const clv::CustomerSummary> customers,
                                 clv::TimeUnit unit, const clv::FitOptions& options = {});

struct ClvFitResult {
    clv::ClvModel model;
    std::int64_t modelId = 0; // its row in clv_model
};

// Fits on the purchases dated on or before `asOf` and stores the model.
// Throws ClvFitError (storing nothing) unless both models converged.
ClvFitResult fitAndStoreClvModel(const Database& db, Date asOf, clv::TimeUnit unit,
                                 const clv::FitOptions& options = {});

struct ClvPredictionRequest {
    Date asOf;
    clv::ClvOptions options;
    std::optional<clv::TimeUnit> unit; // of the model to use or fit; week when fitting
};

struct CustomerPrediction {
    std::string code;
    // Money fields in minor units; expected spend and CLV are NaN where the
    // Gamma-Gamma expectation does not exist (p x + q <= 1).
    clv::CustomerValue value;
    Money historicalValue = 0;             // net revenue to the as-of date
    std::optional<Money> historicalMargin; // where costs are recorded
    // Where annual category spend is recorded and the CLV exists.
    std::optional<double> potentialValue;
};

struct ClvPrediction {
    clv::ClvModel model;
    std::int64_t modelId = 0;
    bool fittedNow = false;     // no usable stored model as of the date: fitted and stored
    bool storedWasStale = false; // there was one, but fitted on other data (counts differ)
    std::vector<CustomerPrediction> customers; // with a purchase by the date, by code
};

// Uses the newest stored model fitted as of the date whose customer and
// repeater counts still match the data; otherwise fits (and stores) one.
// Throws ClvFitError when that fit fails.
ClvPrediction predictClv(const Database& db, const ClvPredictionRequest& request);

} // namespace crm
