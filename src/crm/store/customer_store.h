#pragma once
// Customers in the store: add, edit, delete, look up, and their aggregates.
#include "crm/customer.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>
#include <string_view>

namespace crm {

class Database;

class CustomerStore {
public:
    explicit CustomerStore(const Database& db) : m_db(db) {}

    // Validates, then inserts in one transaction; returns the new id.
    // Throws ValidationError, or ConflictError when the code is taken.
    std::int64_t add(const Customer& customer);
    // Adds many in one transaction (all or nothing); returns their ids.
    std::vector<std::int64_t> addBatch(std::span<const Customer> customers);
    // Replaces every field of the customer with this id (stage excepted:
    // stages change through StageStore). Throws NotFoundError, ConflictError.
    void update(const Customer& customer);
    // Deletes the customer with its contacts, transactions, interactions,
    // follow-ups and stage history. Throws NotFoundError.
    void remove(std::int64_t id);

    std::optional<Customer> find(std::int64_t id) const;
    std::optional<Customer> findByCode(std::string_view code) const;
    // Throws NotFoundError naming the code.
    std::int64_t idForCode(std::string_view code) const;

    CustomerAggregates aggregates(std::int64_t id) const;
    // The aggregates recomputed from the transactions and interactions
    // themselves: what aggregates() must always equal.
    CustomerAggregates recomputeAggregates(std::int64_t id) const;

private:
    const Database& m_db;
};

} // namespace crm
