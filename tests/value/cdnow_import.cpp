#include "cdnow_import.h"

#include "../analytics/cdnow_data.h"

#include "crm/store/customer_store.h"
#include "crm/store/transaction_store.h"

#include <cstdio>
#include <vector>

namespace crm::test {

std::string cdnowCode(std::size_t index) {
    char code[32];
    std::snprintf(code, sizeof code, "CD-%04zu", index + 1);
    return code;
}

std::int64_t importCdnow(const Database& db) {
    const auto histories = clv::test::loadCdnow(clv::test::cdnowPath());
    std::vector<Customer> customers(histories.size());
    for (std::size_t i = 0; i < customers.size(); ++i) {
        customers[i].code = cdnowCode(i);
        customers[i].name = "CDNOW customer " + std::to_string(i + 1);
        customers[i].createdOn = Date(1997, 1, 1);
    }
    const std::vector<std::int64_t> ids = CustomerStore(db).addBatch(customers);
    std::vector<Transaction> transactions;
    for (std::size_t i = 0; i < histories.size(); ++i) {
        for (const clv::Purchase& purchase : histories[i]) {
            Transaction t;
            t.customerId = ids[i];
            t.date = purchase.date;
            t.amount = purchase.amount;
            transactions.push_back(t);
        }
    }
    return TransactionStore(db).addBatch(transactions).inserted;
}

} // namespace crm::test
