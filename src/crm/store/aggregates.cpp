#include "crm/store/aggregates.h"

#include "crm/errors.h"
#include "crm/store/sql_util.h"

#include <SQLiteCpp/Database.h>

namespace crm::aggregates {

CustomerAggregates fromColumns(SQLite::Statement& st, int first) {
    CustomerAggregates a;
    a.firstPurchase = sql::optionalDate(st.getColumn(first));
    a.lastPurchase = sql::optionalDate(st.getColumn(first + 1));
    a.purchaseCount = st.getColumn(first + 2).getInt64();
    a.netAmount = st.getColumn(first + 3).getInt64();
    a.costedAmount = st.getColumn(first + 4).getInt64();
    a.cost = st.getColumn(first + 5).getInt64();
    a.lastInteraction = sql::optionalDate(st.getColumn(first + 6));
    return a;
}

CustomerAggregates compute(SQLite::Database& sql, std::int64_t customerId) {
    SQLite::Statement st(sql, R"sql(
        SELECT min(CASE WHEN amount >= 0 THEN day END),
               max(CASE WHEN amount >= 0 THEN day END),
               count(CASE WHEN amount >= 0 THEN 1 END),
               ifnull(sum(amount), 0),
               ifnull(sum(CASE WHEN cost IS NOT NULL THEN amount END), 0),
               ifnull(sum(cost), 0),
               (SELECT max(day) FROM interaction WHERE customer_id = ?1)
        FROM txn WHERE customer_id = ?1)sql");
    st.bind(1, static_cast<std::int64_t>(customerId));
    st.executeStep();
    return fromColumns(st, 0);
}

void refresh(SQLite::Database& sql, std::int64_t customerId) {
    const CustomerAggregates a = compute(sql, customerId);
    SQLite::Statement st(sql, R"sql(
        UPDATE customer SET first_purchase = ?, last_purchase = ?, purchase_count = ?,
               net_amount = ?, costed_amount = ?, cost = ?, last_interaction = ?
        WHERE id = ?)sql");
    sql::bindOptionalDate(st, 1, a.firstPurchase);
    sql::bindOptionalDate(st, 2, a.lastPurchase);
    st.bind(3, static_cast<std::int64_t>(a.purchaseCount));
    st.bind(4, static_cast<std::int64_t>(a.netAmount));
    st.bind(5, static_cast<std::int64_t>(a.costedAmount));
    st.bind(6, static_cast<std::int64_t>(a.cost));
    sql::bindOptionalDate(st, 7, a.lastInteraction);
    st.bind(8, static_cast<std::int64_t>(customerId));
    st.exec();
}

CustomerAggregates read(SQLite::Database& sql, std::int64_t customerId) {
    SQLite::Statement st(sql, R"sql(
        SELECT first_purchase, last_purchase, purchase_count, net_amount, costed_amount, cost,
               last_interaction
        FROM customer WHERE id = ?)sql");
    st.bind(1, static_cast<std::int64_t>(customerId));
    if (!st.executeStep())
        throw NotFoundError("no customer with id " + std::to_string(customerId));
    return fromColumns(st, 0);
}

} // namespace crm::aggregates
