#include "crm/store/aggregates.h"

#include "crm/errors.h"
#include "crm/store/database.h"
#include "crm/store/sql_util.h"
#include "crm/store/statement_cache.h"

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

using sql::CachedStatement;

CustomerAggregates compute(const Database& db, std::int64_t customerId) {
    CachedStatement st(db.statements(), R"sql(
        SELECT min(CASE WHEN amount >= 0 THEN day END),
               max(CASE WHEN amount >= 0 THEN day END),
               count(CASE WHEN amount >= 0 THEN 1 END),
               ifnull(sum(amount), 0),
               ifnull(sum(CASE WHEN cost IS NOT NULL THEN amount END), 0),
               ifnull(sum(cost), 0),
               (SELECT max(day) FROM interaction WHERE customer_id = ?1)
        FROM txn WHERE customer_id = ?1)sql");
    st->bind(1, customerId);
    st->executeStep();
    return fromColumns(*st, 0);
}

void refresh(const Database& db, std::int64_t customerId) {
    const CustomerAggregates a = compute(db, customerId);
    CachedStatement st(db.statements(), R"sql(
        UPDATE customer SET first_purchase = ?, last_purchase = ?, purchase_count = ?,
               net_amount = ?, costed_amount = ?, cost = ?, last_interaction = ?
        WHERE id = ?)sql");
    sql::bindOptionalDate(*st, 1, a.firstPurchase);
    sql::bindOptionalDate(*st, 2, a.lastPurchase);
    st->bind(3, a.purchaseCount);
    st->bind(4, a.netAmount);
    st->bind(5, a.costedAmount);
    st->bind(6, a.cost);
    sql::bindOptionalDate(*st, 7, a.lastInteraction);
    st->bind(8, customerId);
    st->exec();
}

void noteInteraction(const Database& db, std::int64_t customerId, std::int64_t day) {
    CachedStatement st(db.statements(),
                       "UPDATE customer SET last_interaction = ?1 WHERE id = ?2 AND "
                       "(last_interaction IS NULL OR last_interaction < ?1)");
    st->bind(1, day);
    st->bind(2, customerId);
    st->exec();
}

void refreshLastInteraction(const Database& db, std::int64_t customerId) {
    CachedStatement st(db.statements(),
                       "UPDATE customer SET last_interaction = "
                       "(SELECT max(day) FROM interaction WHERE customer_id = ?1) WHERE id = ?1");
    st->bind(1, customerId);
    st->exec();
}

CustomerAggregates read(const Database& db, std::int64_t customerId) {
    CachedStatement st(db.statements(), R"sql(
        SELECT first_purchase, last_purchase, purchase_count, net_amount, costed_amount, cost,
               last_interaction
        FROM customer WHERE id = ?)sql");
    st->bind(1, customerId);
    if (!st->executeStep())
        throw NotFoundError("no customer with id " + std::to_string(customerId));
    return fromColumns(*st, 0);
}

} // namespace crm::aggregates
