#pragma once
// A fresh database with helpers to add customers and transactions and to read
// back the stored lifecycle: shared by the lifecycle store tests.
#include "../store/temp_db.h"

#include "crm/stage.h"
#include "crm/money.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

namespace crm::test {

class LifecycleStoreTest : public ::testing::Test {
protected:
    Database& db() { return m_temp.db(); }
    std::int64_t addCustomer(const std::string& code, const Date& createdOn = Date(2020, 1, 1));
    std::int64_t addTx(std::int64_t customerId, const Date& on, Money amount);
    // Monthly purchases of `amount` from `first`, `count` of them.
    void addMonthly(std::int64_t customerId, const Date& first, int count, Money amount);
    Stage stageOf(std::int64_t customerId);
    std::vector<StageChange> history(std::int64_t customerId);
    // Every stage_change row but its id: (customer, from, to, day, reason, manual).
    using Row = std::tuple<std::int64_t, std::string, std::string, std::int64_t, std::string, int>;
    std::vector<Row> allRows();

    TempDb m_temp{"lifecycle"};
};

} // namespace crm::test
