// Bulk insert through the domain API: N demo customers through
// CustomerStore::addBatch, then M transactions through
// TransactionStore::addBatch (one database transaction per batch, aggregates
// maintained). Prints rows/s; the floor is 300,000 transactions/s.
// Leaves the file for bench_query.
#include "bench_args.h"

#include "crm/demo/demo_generator.h"
#include "crm/demo/demo_random.h"
#include "crm/store/customer_store.h"
#include "crm/store/database.h"
#include "crm/store/transaction_store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>
#include <cstdio>
#include <exception>

namespace {

using crm::bench::Args;
using crm::demo::DemoRandom;

const crm::Date kAsOf(2026, 6, 30);

double insertCustomers(const crm::Database& db, const Args& args, std::vector<std::int64_t>& ids) {
    const std::int64_t total = args.number("customers");
    const std::int64_t batch = args.number("customer-batch");
    const auto seed = static_cast<std::uint64_t>(args.number("seed"));
    crm::CustomerStore store(db);
    double seconds = 0;
    for (std::int64_t first = 0; first < total; first += batch) {
        std::vector<crm::Customer> customers;
        for (std::int64_t i = first; i < std::min(total, first + batch); ++i)
            customers.push_back(crm::demo::demoCustomer(seed, i, kAsOf));
        const std::int64_t start = crm::bench::nowNanoseconds();
        const auto added = store.addBatch(customers);
        seconds += crm::bench::secondsSince(start);
        ids.insert(ids.end(), added.begin(), added.end());
        if ((first / batch) % 20 == 19)
            std::fprintf(stderr, "  customers: %lld\n", static_cast<long long>(ids.size()));
    }
    return seconds;
}

// Transaction `k`: with --order customer, transactions come grouped by
// customer (an export per account); with --order date, each row is for a
// random customer (a ledger in date order).
crm::Transaction transactionAt(std::int64_t k, std::int64_t perCustomer, bool byCustomer,
                               const std::vector<std::int64_t>& ids, std::uint64_t seed) {
    static constexpr std::array<const char*, 6> kProducts{
        "Standard licence", "Annual maintenance", "Consumables pack", "标准版软件许可", "耗材套装",
        "Training day"};
    DemoRandom rng = DemoRandom::forItem(seed, 99, static_cast<std::uint64_t>(k));
    const auto customers = static_cast<std::int64_t>(ids.size());
    crm::Transaction t;
    t.customerId = ids[static_cast<std::size_t>(byCustomer ? (k / perCustomer) % customers
                                                            : rng.between(0, customers - 1))];
    t.date = kAsOf - boost::gregorian::days(rng.between(0, 3 * 365 - 1));
    t.amount = rng.chance(0.03) ? -rng.between(1, 500) * 100 : rng.between(1, 5000) * 100;
    if (t.amount > 0 && rng.chance(0.8))
        t.cost = t.amount * rng.between(40, 80) / 100;
    t.product = kProducts[rng.below(kProducts.size())];
    if (rng.chance(0.95))
        t.reference = "B" + std::to_string(k);
    return t;
}

std::vector<std::int64_t> customerIds(const crm::Database& db) {
    SQLite::Statement st(db.sql(), "SELECT id FROM customer ORDER BY id");
    std::vector<std::int64_t> ids;
    while (st.executeStep())
        ids.push_back(st.getColumn(0).getInt64());
    return ids;
}

// The database with its customers: copied from --customers-file when that
// exists (so the transaction phase can be re-run alone), otherwise made
// through CustomerStore::addBatch and, with --customers-file, saved there.
crm::Database withCustomers(const Args& args, std::vector<std::int64_t>& ids) {
    const std::filesystem::path path = args.text("db");
    const std::filesystem::path saved = args.text("customers-file");
    crm::bench::removeDatabase(path);
    if (!saved.empty() && std::filesystem::exists(saved)) {
        std::filesystem::copy_file(saved, path);
        crm::Database db = crm::Database::open(path);
        ids = customerIds(db);
        std::printf("insert_customers: %zu customers copied from %s\n", ids.size(), saved.c_str());
        return db;
    }
    crm::Database db = crm::Database::create(path);
    const double seconds = insertCustomers(db, args, ids);
    std::printf("insert_customers %zu rows: %.1f s, %.0f rows/s (CustomerStore::addBatch)\n",
                ids.size(), seconds, static_cast<double>(ids.size()) / seconds);
    if (!saved.empty())
        db.backupTo(saved);
    return db;
}

struct InsertResult {
    double seconds = 0;
    std::int64_t inserted = 0;
};

InsertResult insertTransactions(const crm::Database& db, const Args& args,
                                const std::vector<std::int64_t>& ids) {
    const std::int64_t total = args.number("transactions");
    const std::int64_t batch = args.number("batch");
    const std::int64_t perCustomer = std::max<std::int64_t>(1, total / static_cast<std::int64_t>(ids.size()));
    const bool byCustomer = args.text("order") == "customer";
    const auto seed = static_cast<std::uint64_t>(args.number("seed"));
    crm::TransactionStore store(db);
    if (const std::int64_t mb = args.number("cache-mb"); mb != 64) // experiments: another page cache size (the store sets 64 MB)
        db.sql().exec("PRAGMA cache_size = -" + std::to_string(mb * 1024));
    if (const std::int64_t pages = args.number("autocheckpoint"); pages != 1000) // experiments: WAL pages between checkpoints
        db.sql().exec("PRAGMA wal_autocheckpoint = " + std::to_string(pages));
    InsertResult result;
    std::vector<crm::Transaction> rows;
    for (std::int64_t first = 0; first < total; first += batch) {
        rows.clear();
        for (std::int64_t k = first; k < std::min(total, first + batch); ++k)
            rows.push_back(transactionAt(k, perCustomer, byCustomer, ids, seed));
        const std::int64_t start = crm::bench::nowNanoseconds();
        result.inserted += store.addBatch(rows).inserted;
        result.seconds += crm::bench::secondsSince(start);
        if ((first / batch) % 200 == 199)
            std::fprintf(stderr, "  transactions: %lld, %.0f rows/s so far\n",
                         static_cast<long long>(result.inserted),
                         static_cast<double>(result.inserted) / result.seconds);
    }
    return result;
}

} // namespace

int main(int argc, char** argv) {
    try {
        const Args args(argc, argv, {{"customers", "1000000"}, {"transactions", "10000000"},
                                     {"batch", "50000"}, {"customer-batch", "5000"},
                                     {"order", "customer"}, {"seed", "1"},
                                     {"db", "bench/data/bench-1m.crm"}, {"customers-file", ""}, {"cache-mb", "64"}, {"autocheckpoint", "1000"}});
        const std::filesystem::path path = args.text("db");
        std::filesystem::create_directories(path.parent_path().empty() ? "." : path.parent_path());
        std::vector<std::int64_t> ids;
        const crm::Database db = withCustomers(args, ids);
        const InsertResult tx = insertTransactions(db, args, ids);
        std::printf("insert_transactions %lld rows (order %s, batch %lld): %.1f s, %.0f rows/s "
                    "(TransactionStore::addBatch; floor 300000)\n",
                    static_cast<long long>(tx.inserted), args.text("order").c_str(),
                    static_cast<long long>(args.number("batch")), tx.seconds,
                    static_cast<double>(tx.inserted) / tx.seconds);
        return tx.inserted == args.number("transactions") ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_insert: %s\n", e.what());
        return 1;
    }
}
