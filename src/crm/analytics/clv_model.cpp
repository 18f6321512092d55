#include "crm/analytics/clv_model.h"

#include <cmath>

namespace crm::clv {

ClvModel fitClvModel(std::span<const CustomerSummary> customers, TimeUnit unit,
                     const FitOptions& options) {
    ClvModel model;
    model.unit = unit;
    const std::vector<PurchasePattern> patterns = distinctPatterns(customers);
    model.purchases = fitBgnbd(patterns, unit, options);
    model.customers = model.purchases.customers;
    model.repeaters = model.purchases.repeaters;
    model.spend = fitGammaGamma(spendObservations(customers), options);
    return model;
}

double discountedExpectedRevenue(const BgnbdParams& params, TimeUnit unit,
                                 const CustomerSummary& customer, double expectedSpend,
                                 const ClvOptions& options) {
    const double monthLength = options.daysPerMonth / daysPerUnit(unit);
    double value = 0.0;
    double previous = 0.0; // E[Y] up to the end of the previous month
    for (int month = 1; month <= options.horizonMonths; ++month) {
        const double cumulative = expectedPurchases(params, customer.frequency, customer.recency,
                                                    customer.age, month * monthLength);
        value += (cumulative - previous) * expectedSpend /
                 std::pow(1.0 + options.monthlyDiscountRate, month);
        previous = cumulative;
    }
    return value;
}

CustomerValue predictCustomerValue(const ClvModel& model, const CustomerSummary& customer,
                                   const ClvOptions& options) {
    const BgnbdParams& purchases = model.purchases.params;
    CustomerValue value;
    value.probabilityAlive =
        probabilityAlive(purchases, customer.frequency, customer.recency, customer.age);
    value.expectedPurchases =
        expectedPurchases(purchases, customer.frequency, customer.recency, customer.age,
                          options.horizonMonths * options.daysPerMonth / daysPerUnit(model.unit));
    value.expectedSpend =
        expectedAverageSpend(model.spend.params, customer.frequency, customer.meanRepeatSpend);
    value.lifetimeValue = discountedExpectedRevenue(purchases, model.unit, customer,
                                                    value.expectedSpend, options);
    return value;
}

} // namespace crm::clv
