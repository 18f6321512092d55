#include "lifecycle_fixture.h"

#include "crm/store/customer_store.h"
#include "crm/store/stage_store.h"
#include "crm/store/transaction_store.h"

#include <SQLiteCpp/Database.h>
#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace crm::test {

std::int64_t LifecycleStoreTest::addCustomer(const std::string& code, const Date& createdOn) {
    Customer c;
    c.code = code;
    c.name = "Customer " + code;
    c.createdOn = createdOn;
    return CustomerStore(db()).add(c);
}

std::int64_t LifecycleStoreTest::addTx(std::int64_t customerId, const Date& on, Money amount) {
    Transaction t;
    t.customerId = customerId;
    t.date = on;
    t.amount = amount;
    return TransactionStore(db()).add(t);
}

void LifecycleStoreTest::addMonthly(std::int64_t customerId, const Date& first, int count,
                                    Money amount) {
    for (int i = 0; i < count; ++i)
        addTx(customerId, first + boost::gregorian::months(i), amount);
}

Stage LifecycleStoreTest::stageOf(std::int64_t customerId) {
    return CustomerStore(db()).find(customerId)->stage;
}

std::vector<StageChange> LifecycleStoreTest::history(std::int64_t customerId) {
    return StageStore(db()).history(customerId);
}

std::vector<LifecycleStoreTest::Row> LifecycleStoreTest::allRows() {
    SQLite::Statement st(db().sql(), "SELECT customer_id, ifnull(from_stage, ''), to_stage, day, "
                                     "reason, manual FROM stage_change "
                                     "ORDER BY customer_id, day, manual, to_stage, reason");
    std::vector<Row> rows;
    while (st.executeStep())
        rows.emplace_back(st.getColumn(0).getInt64(), st.getColumn(1).getString(),
                          st.getColumn(2).getString(), st.getColumn(3).getInt64(),
                          st.getColumn(4).getString(), st.getColumn(5).getInt());
    return rows;
}

} // namespace crm::test
