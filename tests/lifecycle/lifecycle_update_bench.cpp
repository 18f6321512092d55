// Timing of the stored lifecycle timeline on a copy of a big file: one full
// replay as of a date, then many single TransactionStore::add calls (each
// refreshes its customer's timeline) and bare refreshLifecycle calls; prints
// the median and 95th percentile. Run by bench/lifecycle.sh; not a test.
#include "crm/store/database.h"
#include "crm/store/lifecycle_timeline.h"
#include "crm/store/transaction_store.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double millisSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void printQuantiles(const char* what, std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    std::printf("%s: %zu calls, median %.3f ms, p95 %.3f ms, max %.3f ms\n", what, ms.size(),
                ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back());
}

std::int64_t maxCustomerId(const crm::Database& db) {
    return db.sql().execAndGet("SELECT max(id) FROM customer").getInt64();
}

void timeAdds(const crm::Database& db, const crm::Date& day, int calls) {
    std::mt19937_64 random(42);
    std::uniform_int_distribution<std::int64_t> customer(1, maxCustomerId(db));
    crm::TransactionStore store(db);
    std::vector<double> adds, refreshes;
    for (int i = 0; i < calls; ++i) {
        crm::Transaction t;
        t.customerId = customer(random);
        t.date = day;
        t.amount = 100'00 + i;
        const auto start = Clock::now();
        store.add(t);
        adds.push_back(millisSince(start));
        const auto again = Clock::now();
        crm::refreshLifecycle(db, t.customerId);
        refreshes.push_back(millisSince(again));
    }
    printQuantiles("TransactionStore::add (with the refresh)", adds);
    printQuantiles("refreshLifecycle alone", refreshes);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s FILE AS-OF [ADD-CALLS] [--no-replay]\n", argv[0]);
        return 2;
    }
    const crm::Database db = crm::Database::open(argv[1]);
    const auto asOf = crm::parseIsoDate(argv[2]);
    if (!asOf)
        return 2;
    const int calls = argc > 3 ? std::atoi(argv[3]) : 200;
    if (argc <= 4 || std::string(argv[4]) != "--no-replay") {
        const auto start = Clock::now();
        const auto result = crm::replayLifecycles(db, *asOf);
        std::printf("full replay as of %s: %lld customers, %lld derived changes, %.2f s\n",
                    argv[2], static_cast<long long>(result.customers),
                    static_cast<long long>(result.derivedChanges), millisSince(start) / 1000.0);
    }
    timeAdds(db, *asOf, calls);
    return 0;
}
