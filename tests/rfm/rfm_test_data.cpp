#include "rfm_test_data.h"

#include "crm/store/customer_store.h"
#include "crm/store/transaction_store.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <random>

namespace crm::test {

namespace {

Money randomAmount(std::mt19937& rng) {
    std::uniform_int_distribution<int> kind(0, 9), cents(1, 400);
    const int k = kind(rng);
    if (k == 0)
        return -cents(rng) * 100; // refund
    if (k == 1)
        return 0; // free order
    return cents(rng) * 100;
}

} // namespace

RfmTestData::RfmTestData(const std::string& name, int customers, unsigned seed) : m_temp(name) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> count(0, 12), day(0, 4 * 365 - 1);
    const Date start(2023, 1, 1);
    std::vector<Transaction> batch; // one import, dates in no order
    for (int i = 0; i < customers; ++i) {
        Customer c;
        c.code = "K" + std::to_string(100000 + i * 7 % customers); // codes not in id order
        c.name = "Customer " + c.code;
        c.createdOn = start;
        const auto id = CustomerStore(db()).add(c);
        m_transactions[id];
        for (int n = count(rng); n > 0; --n) {
            Transaction t;
            t.customerId = id;
            t.date = start + boost::gregorian::days(day(rng));
            t.amount = randomAmount(rng);
            m_transactions[id].push_back({t.date, t.amount});
            batch.push_back(t);
        }
    }
    TransactionStore(db()).addBatch(batch);
}

std::int64_t RfmTestData::addTransaction(std::int64_t customerId, Date date, Money amount) {
    Transaction t;
    t.customerId = customerId;
    t.date = date;
    t.amount = amount;
    m_transactions[customerId].push_back({date, amount});
    return TransactionStore(db()).add(t);
}

std::optional<rfm::Behaviour> bruteForceBehaviour(const std::vector<rfm::DatedAmount>& txns,
                                                  std::int64_t customerId, Date asOf,
                                                  std::optional<int> window) {
    std::optional<Date> latest;
    rfm::Behaviour b{customerId, 0, 0, 0};
    for (const auto& t : txns) {
        const bool inRange =
            t.date <= asOf && (!window || t.date > asOf - boost::gregorian::days(*window));
        if (!inRange)
            continue;
        b.monetary += t.amount;
        if (t.amount >= 0) {
            ++b.frequency;
            latest = latest ? std::max(*latest, t.date) : t.date;
        }
    }
    if (!latest)
        return std::nullopt;
    b.recencyDays = (asOf - *latest).days();
    return b;
}

} // namespace crm::test
