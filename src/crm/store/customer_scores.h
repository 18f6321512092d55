#pragma once
// One customer's RFM and lifetime value without re-scoring or re-fitting
// everyone: RFM from the kept score boundaries of a date (rfm_snapshot.h)
// and the customer's own transactions; value from the newest stored
// lifetime-value model. Computing missing boundaries is the one long step
// (a pass over everyone), so it can be stopped part-way.
#include "crm/analytics/clv_model.h"
#include "crm/analytics/rfm_cutpoints.h"
#include "crm/analytics/rfm_history.h"
#include "crm/customer.h"
#include "crm/store/clv_model_store.h"
#include "crm/transaction.h"

#include <atomic>
#include <optional>
#include <span>
#include <vector>

namespace crm {

class Database;

// The dates of the customer's RFM in the detail: the `months` month ends up
// to `asOf`, then `asOf` itself unless it is the last of them. Oldest first.
std::vector<Date> rfmScoreDates(Date asOf, int months);

// The customer's transactions as RFM reads them.
std::vector<rfm::DatedAmount> datedAmounts(std::span<const Transaction> transactions);

// Scores everyone at `asOf` (no window) and, when `keep`, stores the
// boundaries. Returns nullopt when `stop` was set before it finished: the
// scan is interrupted within milliseconds. Use a connection of your own
// (the interrupt applies to the whole connection).
std::optional<rfm::Cutpoints> computeCutpoints(const Database& db, Date asOf, bool keep,
                                               const std::atomic<bool>& stop);

// Net revenue and margin realised up to a date (历史价值).
struct HistoricalValue {
    Money netRevenue = 0;
    std::optional<Money> margin; // where costs are recorded
};
HistoricalValue historicalValue(std::span<const Transaction> transactions, Date asOf);

// The newest converged lifetime-value model fitted on or before `asOf`.
std::optional<StoredClvModel> latestClvModelUpTo(const Database& db, Date asOf);

struct CustomerValuation {
    // Empty when the customer has no purchase by the date (nothing to predict from).
    std::optional<clv::CustomerValue> value;
    // Where the annual category spend is recorded and the CLV exists.
    std::optional<double> potentialValue;
};

// P(alive), expected purchases, CLV (current value) and potential value of
// the customer as of `asOf` under `model`.
CustomerValuation valueCustomer(const clv::ClvModel& model, const Customer& customer,
                                std::span<const Transaction> transactions, Date asOf,
                                const clv::ClvOptions& options = {});

} // namespace crm
