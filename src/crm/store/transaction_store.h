#pragma once
// Purchases and refunds. Every change keeps the customer's aggregates in the
// same transaction.
#include "crm/transaction.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace crm {

class Database;

class TransactionStore {
public:
    explicit TransactionStore(const Database& db) : m_db(db) {}

    // Throws ValidationError, NotFoundError (no such customer), ConflictError
    // (the customer already has a transaction with this reference).
    std::int64_t add(const Transaction& transaction);
    void update(const Transaction& transaction);
    void remove(std::int64_t id);

    struct BatchResult {
        std::int64_t inserted = 0;
        std::int64_t duplicates = 0; // same (customer, reference) already stored
    };
    // Inserts many in one transaction, skipping those whose (customer,
    // reference) is already stored; aggregates updated once per customer.
    BatchResult addBatch(std::span<const Transaction> transactions);

    std::optional<Transaction> find(std::int64_t id) const;
    // Oldest first.
    std::vector<Transaction> listFor(std::int64_t customerId) const;

private:
    friend class TransactionBulkLoad;

    // The days a batch spans, refunds included.
    struct DaySpan {
        std::optional<std::int64_t> earliest;
        std::optional<std::int64_t> latest;
    };
    // addBatch's writes without its validation and its savepoint: `rows`
    // passed validate() and the caller's unit of work is open and is rolled
    // back if this throws (rows of the batch may be written). Widens `days`.
    BatchResult insertValidated(std::span<const Transaction> rows, DaySpan& days);

    const Database& m_db;
};

} // namespace crm
