#include "crm/store/clv_valuation.h"

#include "crm/analytics/potential_value.h"
#include "crm/store/clv_history.h"
#include "crm/store/clv_model_store.h"
#include "crm/store/database.h"
#include "crm/store/sql_util.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <cmath>
#include <future>

namespace crm {

namespace {

// Customers with the same (x, mean spend) as one weighted observation: prices
// repeat, so a million repeaters are typically tens of thousands of
// observations, and the Gamma-Gamma likelihood costs that much less.
std::vector<clv::SpendObservation> groupedSpendObservations(
    std::span<const clv::CustomerSummary> customers) {
    std::vector<clv::SpendObservation> all = clv::spendObservations(customers);
    const auto key = [](const clv::SpendObservation& o) {
        return std::pair(o.frequency, o.meanSpend);
    };
    std::sort(all.begin(), all.end(), [&](const auto& l, const auto& r) { return key(l) < key(r); });
    std::vector<clv::SpendObservation> grouped;
    for (const clv::SpendObservation& o : all) {
        if (!grouped.empty() && key(grouped.back()) == key(o))
            grouped.back().count += o.count;
        else
            grouped.push_back(o);
    }
    return grouped;
}

} // namespace

clv::ClvModel fitClvModelGrouped(std::span<const clv::CustomerSummary> customers,
                                 clv::TimeUnit unit, const clv::FitOptions& options) {
    clv::ClvModel model;
    model.unit = unit;
    // The two fits are independent: the spend model runs on a second core.
    auto spend = std::async(std::launch::async, [&] {
        return clv::fitGammaGamma(groupedSpendObservations(customers), options);
    });
    model.purchases = clv::fitBgnbd(clv::distinctPatterns(customers), unit, options);
    model.customers = model.purchases.customers;
    model.repeaters = model.purchases.repeaters;
    model.spend = spend.get();
    return model;
}

namespace {

std::string failureMessage(const clv::ClvModel& model) {
    std::string message = "the lifetime-value model could not be fitted";
    if (!model.purchases.status.converged)
        message += "; BG/NBD: " + model.purchases.status.message;
    if (!model.spend.status.converged)
        message += "; Gamma-Gamma: " + model.spend.status.message;
    return message + " (nothing stored)";
}

ClvFitResult fitAndStore(const Database& db, const std::vector<ClvHistory>& histories,
                         Date asOf, clv::TimeUnit unit, const clv::FitOptions& options) {
    ClvFitResult result;
    result.model = fitClvModelGrouped(summariesOf(histories), unit, options);
    if (!result.model.usable())
        throw ClvFitError(failureMessage(result.model));
    result.modelId = ClvModelStore(db).save(result.model, asOf);
    return result;
}

std::int64_t repeatersIn(const std::vector<ClvHistory>& histories) {
    return std::count_if(histories.begin(), histories.end(),
                         [](const ClvHistory& h) { return h.summary.frequency > 0; });
}

// The stored fit still describes the data when it saw as many customers and repeaters.
bool stillFits(const clv::ClvModel& model, const std::vector<ClvHistory>& histories) {
    return model.customers == static_cast<std::int64_t>(histories.size()) &&
           model.repeaters == repeatersIn(histories);
}

struct CustomerFacts {
    std::int64_t id = 0;
    std::string code;
    std::optional<Money> annualCategorySpend;
};

std::vector<CustomerFacts> customerFacts(const Database& db) {
    std::vector<CustomerFacts> facts;
    SQLite::Statement st(db.sql(),
                         "SELECT id, code, annual_category_spend FROM customer ORDER BY id");
    while (st.executeStep())
        facts.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(),
                         sql::optionalInt(st.getColumn(2))});
    return facts;
}

CustomerPrediction predictOne(const clv::ClvModel& model, const ClvHistory& history,
                              const CustomerFacts& facts, const clv::ClvOptions& options) {
    CustomerPrediction row;
    row.code = facts.code;
    row.value = clv::predictCustomerValue(model, history.summary, options);
    row.historicalValue = history.netRevenue;
    row.historicalMargin = history.margin();
    if (facts.annualCategorySpend && std::isfinite(row.value.lifetimeValue))
        row.potentialValue =
            clv::potentialValue(*facts.annualCategorySpend, row.value.lifetimeValue, options);
    return row;
}

// Histories and customers are both ordered by id: a merge, no lookups.
std::vector<CustomerPrediction> predictAll(const Database& db, const clv::ClvModel& model,
                                           const std::vector<ClvHistory>& histories,
                                           const clv::ClvOptions& options) {
    const std::vector<CustomerFacts> facts = customerFacts(db);
    std::vector<CustomerPrediction> rows;
    rows.reserve(histories.size());
    auto fact = facts.begin();
    for (const ClvHistory& history : histories) {
        while (fact != facts.end() && fact->id < history.customerId)
            ++fact;
        if (fact != facts.end() && fact->id == history.customerId)
            rows.push_back(predictOne(model, history, *fact, options));
    }
    std::sort(rows.begin(), rows.end(), [](const CustomerPrediction& a,
                                           const CustomerPrediction& b) { return a.code < b.code; });
    return rows;
}

} // namespace

ClvFitResult fitAndStoreClvModel(const Database& db, Date asOf, clv::TimeUnit unit,
                                 const clv::FitOptions& options) {
    return fitAndStore(db, loadClvHistories(db, asOf, unit), asOf, unit, options);
}

ClvPrediction predictClv(const Database& db, const ClvPredictionRequest& request) {
    ClvPrediction prediction;
    const auto stored = ClvModelStore(db).latest(request.asOf, request.unit);
    const clv::TimeUnit unit = stored ? stored->model.unit : request.unit.value_or(clv::TimeUnit::Week);
    const std::vector<ClvHistory> histories = loadClvHistories(db, request.asOf, unit);
    if (stored && stillFits(stored->model, histories)) {
        prediction.model = stored->model;
        prediction.modelId = stored->id;
    } else {
        ClvFitResult fit = fitAndStore(db, histories, request.asOf, unit, {});
        prediction.model = std::move(fit.model);
        prediction.modelId = fit.modelId;
        prediction.fittedNow = true;
        prediction.storedWasStale = stored.has_value();
    }
    prediction.customers = predictAll(db, prediction.model, histories, request.options);
    return prediction;
}

} // namespace crm
