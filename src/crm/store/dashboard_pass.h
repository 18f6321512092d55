#pragma once
// The pass over the transactions behind the dashboard (dashboard_purchases.cpp)
// and what is derived from it (dashboard_risk.cpp): each customer's totals
// to the date and its purchase days. Internal to the store.
#include "crm/analytics/rfm_cutpoints.h"
#include "crm/money.h"
#include "crm/store/clv_model_store.h"
#include "crm/store/dashboard_scan.h"

#include <atomic>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace crm::dashboard_scan {

inline constexpr std::int64_t kNoDay = std::numeric_limits<std::int64_t>::min();

// One customer's transactions to the date.
struct Totals {
    Money net = 0, costedRevenue = 0, cost = 0, recent = 0, baseline = 0;
    std::int64_t first = std::numeric_limits<std::int64_t>::max();
    std::int64_t last = kNoDay, lastBefore = kNoDay;
    std::uint32_t purchases = 0;
    bool any = false;

    void add(const Totals& other);
};

// The days of the at-risk windows (at_risk_query.cpp).
struct Window {
    std::int64_t asOf = 0, before = 0, recentAfter = 0, baselineAfter = 0;
    int recentDays = 90, baselineDays = 360;
};

struct Pass {
    Window window;
    std::vector<Totals> totals; // by customer index
    // Customer i's purchases are days[offset[i], offset[i] + totals[i].purchases),
    // in day order once the pass is done; amounts alongside (only with a model).
    std::vector<std::size_t> offset;
    std::vector<std::int64_t> days;
    std::vector<Money> amounts;
    std::optional<StoredClvModel> model;
    bool needCosts = true;        // false: the totals are known, only the risk is wanted
    bool everyTransaction = false; // the date is on or after every transaction: no date test per row
    // When a second thread may join the read: null, from the start; else
    // once it turns true (the other reads of the dashboard held the other
    // core until then).
    const std::atomic<bool>* secondCoreFree = nullptr;
    std::int64_t secondReaderRows = 0; // how many rows the second thread read
};

// The transactions to the date into `pass`: the calling thread reads the
// table's chunks upwards, and a second thread with its own connection, once
// pass.secondCoreFree allows, reads them downwards until the two meet.
void scanTransactions(Scan& scan, Pass& pass);

// The window, slots and model for the scan's date, then scanTransactions;
// reads `scan.facts` only for the period and the number of customers.
Pass scannedPass(Scan& scan, bool totalsKnown, const std::atomic<bool>* secondCoreFree = nullptr);

// Each customer's totals from a finished pass into the facts.
void copyTotals(Scan& scan, const Pass& pass);
// What the at-risk ranking needs from a finished pass: each customer's
// warning signs and value at stake, the model's values, the segments on the
// period's first day; and, when the stages were known in time, the ranking
// itself. Reads the facts' totals (not their stages or scores, which may be
// being written meanwhile, unless `stagesKnown` says they are done).
struct PreparedRisk {
    std::vector<dashboard::RiskFacts> candidates; // every customer with a purchase;
                                                  // once ranked, those at risk by score
    std::vector<dashboard::ValueFacts> values;    // by customer index, when there is a model
    std::vector<std::uint8_t> segmentsAtStart;    // by customer index
    Date rBeforeDate;
    std::optional<Date> modelAsOf;
    bool ranked = false; // the stages were read: candidates scored and ranked
};
struct RiskInputs {
    // R boundaries among everyone on the date (recencyCutsNow), when known already.
    std::optional<rfm::DimensionCuts> cutsNow;
    // Turns true (release) once the facts' stages are written and no longer change.
    const std::atomic<bool>* stagesKnown = nullptr;
};
rfm::DimensionCuts recencyCutsNow(const dashboard::Facts& facts);
PreparedRisk prepareRisk(const dashboard::Facts& facts, const Pass& pass, bool twoThreads,
                         const RiskInputs& inputs = {});
// The ranking from the prepared risk once the stages are in the facts.
void finishRisk(Scan& scan, PreparedRisk prepared);
// Both: the at-risk ranking and the model's values from a finished pass
// (the facts' totals, stages and RFM scores already filled).
void assessRisk(Scan& scan, const Pass& pass);

} // namespace crm::dashboard_scan
