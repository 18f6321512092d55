#pragma once
// Fills an empty CRM database with deterministic, realistic demo data: the
// same seed gives the same database on every platform. Used by `crm demo`,
// the tests and the benchmarks.
#include "crm/customer.h"
#include "crm/date.h"

#include <cstdint>
#include <functional>

namespace crm {
class Database;
}

namespace crm::demo {

struct Options {
    std::int64_t customers = 1000;
    std::uint64_t seed = 1;
    // The last day of the three years of history; the generator never reads the clock.
    Date asOf{2026, 6, 30};
    // Called between batches with customers written so far; return false to
    // stop. The units already committed stay (whole units of customersPerUnit
    // customers); the one being written is rolled back.
    std::function<bool(std::int64_t done, std::int64_t total)> progress;
    // Customers drawn and written at a time.
    std::int64_t batchSize = 5000;
    // Customers per unit of work (one database transaction): its search
    // entries are written once, at its commit, and its transactions go in as
    // one TransactionBulkLoad. 100,000 customers are one unit.
    std::int64_t customersPerUnit = 250'000;
};

// Wall time spent in each part of the work, to see where it goes.
struct PhaseSeconds {
    double planning = 0;     // drawing the data (on a thread of its own, beside the writing)
    double customers = 0;    // CustomerStore::addBatch
    double contacts = 0;     // ContactStore::add / makePrimary
    double interactions = 0; // InteractionStore::add
    double followUps = 0;    // FollowUpStore::add
    double stages = 0;       // StageStore::setManual
    double transactions = 0; // TransactionStore::addBatch
    double commit = 0; // the units' search entries, index builds and commits
    double records = 0; // the transactions of contacts, interactions, follow-ups, stages
    double lifecycle = 0; // replaying every customer's stages as of the end
};

struct Summary {
    std::int64_t customers = 0;
    std::int64_t organisations = 0;
    std::int64_t persons = 0;
    std::int64_t contacts = 0;
    std::int64_t primaryContactChanges = 0; // later primaries, after the first
    std::int64_t transactions = 0;
    std::int64_t refunds = 0;
    std::int64_t interactions = 0;
    std::int64_t complaints = 0;
    std::int64_t followUps = 0;
    std::int64_t overdueFollowUps = 0; // due before asOf and not done
    std::int64_t stageChanges = 0;        // set by hand (manual)
    std::int64_t derivedStageChanges = 0; // derived by the lifecycle rules
    bool cancelled = false;
    PhaseSeconds seconds;
};

// Throws crm::Error when the database already has customers, and the
// store's errors when a write fails (the unit being written is rolled back).
Summary generate(const Database& db, const Options& options);

// The customer record alone of demo customer `index` (0-based) as generate()
// draws it, less the estimated annual spend (which follows from its buying):
// for benchmarks that need many realistic customers without their history.
Customer demoCustomer(std::uint64_t seed, std::int64_t index, const Date& asOf);

} // namespace crm::demo
