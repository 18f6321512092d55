// Times `crm::demo::generate`: how long N demo customers take to write
// (the target is 100,000 in under 10 s), and where the time goes.
#include "bench_args.h"

#include "crm/demo/demo_generator.h"
#include "crm/store/database.h"

#include <cstdio>
#include <exception>

namespace {

void printSummary(const crm::demo::Summary& s, double seconds) {
    std::printf("customers %lld (organisations %lld, persons %lld), contacts %lld, "
                "transactions %lld (refunds %lld), interactions %lld (complaints %lld), "
                "follow-ups %lld (overdue %lld), stage changes %lld\n",
                static_cast<long long>(s.customers), static_cast<long long>(s.organisations),
                static_cast<long long>(s.persons), static_cast<long long>(s.contacts),
                static_cast<long long>(s.transactions), static_cast<long long>(s.refunds),
                static_cast<long long>(s.interactions), static_cast<long long>(s.complaints),
                static_cast<long long>(s.followUps), static_cast<long long>(s.overdueFollowUps),
                static_cast<long long>(s.stageChanges));
    const auto& p = s.seconds;
    std::printf("seconds: total %.2f | planning %.2f, customers %.2f, contacts %.2f, "
                "interactions %.2f, follow-ups %.2f, stages %.2f, transactions %.2f, "
                "commits %.2f, lifecycle replay %.2f\n",
                seconds, p.planning, p.customers, p.contacts, p.interactions, p.followUps,
                p.stages, p.transactions, p.commit, p.lifecycle);
    const auto perCall = [](double phase, std::int64_t calls) {
        return calls > 0 ? phase / static_cast<double>(calls) * 1e6 : 0.0;
    };
    std::printf("microseconds per row: CustomerStore::addBatch %.0f, ContactStore::add %.0f, "
                "InteractionStore::add %.0f, FollowUpStore::add %.0f, StageStore::setManual %.0f, "
                "TransactionStore::addBatch %.1f\n",
                perCall(p.customers, s.customers), perCall(p.contacts, s.contacts),
                perCall(p.interactions, s.interactions), perCall(p.followUps, s.followUps),
                perCall(p.stages, s.stageChanges), perCall(p.transactions, s.transactions));
}

} // namespace

int main(int argc, char** argv) {
    try {
        const crm::bench::Args args(argc, argv, {{"customers", "100000"}, {"seed", "1"},
                                                 {"db", "bench/data/demo-bench.crm"}});
        const std::filesystem::path path = args.text("db");
        std::filesystem::create_directories(path.parent_path().empty() ? "." : path.parent_path());
        crm::bench::removeDatabase(path);
        crm::Database db = crm::Database::create(path);
        crm::demo::Options options;
        options.customers = args.number("customers");
        options.seed = static_cast<std::uint64_t>(args.number("seed"));
        const std::int64_t start = crm::bench::nowNanoseconds();
        const crm::demo::Summary summary = crm::demo::generate(db, options);
        const double seconds = crm::bench::secondsSince(start);
        printSummary(summary, seconds);
        std::printf("demo_generate %lld customers: %.2f s\n",
                    static_cast<long long>(options.customers), seconds);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_demo: %s\n", e.what());
        return 1;
    }
}
