#pragma once
// A large load of transactions (an import of millions of rows): the upkeep
// that costs most per row is suspended while the rows go in and redone once
// at the end, inside the same unit of work:
// - the two customer indexes the aggregates move (net amount, last
//   purchase) are dropped and built again: one sort instead of a delete and
//   an insert in each for every customer a batch touches;
// - the trigger that drops stale RFM cut points per written row is dropped
//   and its work done once, from the earliest day loaded.
// A load is opened inside the caller's unit of work (WriteTransaction), which
// makes it all or nothing. Other writes may go on in the same unit (the demo
// adds the customers, contacts and interactions beside it); transactions
// added other than through add() meanwhile would miss the cut-point upkeep. It is not a savepoint of its own: SQLite would keep a
// copy of every page the load changes to be able to roll back to it (1.3 GB
// for two million rows). Given up unfinished, it builds the indexes and the
// trigger again itself, so a unit that commits anyway never lacks them.
// bench/README.md, "CSV import of 10M transactions".
#include "crm/store/transaction_store.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace crm {

class Database;

class TransactionBulkLoad {
public:
    // Throws std::logic_error outside a unit of work.
    explicit TransactionBulkLoad(const Database& db);
    TransactionBulkLoad(const TransactionBulkLoad&) = delete;
    TransactionBulkLoad& operator=(const TransactionBulkLoad&) = delete;
    ~TransactionBulkLoad();

    // TransactionStore::addBatch, with the suspended upkeep left for finish(),
    // for rows the caller has passed through validate() (the importer does,
    // on its reading thread) and without a savepoint per batch: when add()
    // throws, part of the batch may be written and the unit of work must be
    // rolled back.
    TransactionStore::BatchResult add(std::span<const Transaction> batch);
    // Builds the indexes and the trigger again and drops the cut points the
    // loaded rows made stale.
    void finish();

private:
    void restore();

    const Database& m_db;
    bool m_finished = false;
    std::vector<std::string> m_suspended; // the SQL that creates them again
    TransactionStore::DaySpan m_days;
};

} // namespace crm
