#pragma once
// A small database of random customers and transactions (purchases, free
// orders, refunds, customers without purchases) and the same transactions in
// memory, for brute-force comparisons.
#include "../store/temp_db.h"

#include "crm/analytics/rfm.h"
#include "crm/analytics/rfm_history.h"

#include <map>
#include <optional>
#include <vector>

namespace crm::test {

class RfmTestData {
public:
    RfmTestData(const std::string& name, int customers, unsigned seed);
    Database& db() { return m_temp.db(); }
    // Transactions by customer id, every customer included.
    const std::map<std::int64_t, std::vector<rfm::DatedAmount>>& transactions() const {
        return m_transactions;
    }
    std::int64_t addTransaction(std::int64_t customerId, Date date, Money amount);

private:
    TempDb m_temp;
    std::map<std::int64_t, std::vector<rfm::DatedAmount>> m_transactions;
};

// The definition spelled out plainly: purchases (>= 0) and refunds in
// (asOf - window, asOf]; nullopt without a purchase.
std::optional<rfm::Behaviour> bruteForceBehaviour(const std::vector<rfm::DatedAmount>& txns,
                                                  std::int64_t customerId, Date asOf,
                                                  std::optional<int> window);

} // namespace crm::test
