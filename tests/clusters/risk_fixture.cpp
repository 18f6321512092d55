#include "risk_fixture.h"

#include "crm/store/customer_store.h"
#include "crm/store/lifecycle_timeline.h"
#include "crm/store/transaction_store.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <string>
#include <vector>

namespace crm::test {

namespace {

std::int64_t customer(const Database& db, const std::string& code, const std::string& owner) {
    Customer c;
    c.code = code;
    c.name = "Customer " + code;
    c.owner = owner;
    c.createdOn = Date(2024, 1, 1);
    return CustomerStore(db).add(c);
}

// A purchase of `amount` every `step` days from `first` to `last`.
void every(std::vector<Transaction>& txns, std::int64_t id, Date first, Date last, int step,
           Money amount) {
    for (Date d = first; d <= last; d += boost::gregorian::days(step))
        txns.push_back({0, id, d, amount, std::nullopt, "", ""});
}

} // namespace

void buildRiskDatabase(const Database& db) {
    std::vector<Transaction> txns;
    every(txns, customer(db, "DECL", "Ann"), Date(2024, 6, 1), Date(2026, 4, 16), 7, 100'000);
    every(txns, customer(db, "STAB", "Bob"), Date(2024, 6, 3), Date(2026, 6, 29), 7, 120'000);
    every(txns, customer(db, "LAPS", "ann"), Date(2024, 1, 1), Date(2025, 12, 1), 30, 2'000);
    for (int i = 1; i <= 12; ++i) {
        const std::string code = (i < 10 ? "F0" : "F") + std::to_string(i);
        const Date last = kRiskAsOf - boost::gregorian::days(15 * i);
        every(txns, customer(db, code, "Cy"), last - boost::gregorian::days(60), last, 20, 5'000);
    }
    TransactionStore(db).addBatch(txns);
    replayLifecycles(db, kRiskAsOf);
}

} // namespace crm::test
