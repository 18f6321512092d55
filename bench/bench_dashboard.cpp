// The managers' dashboard (issue 6) on a large file: reading every
// customer's facts as of a date (what opening the dashboard or changing its
// date costs), and the panels for a filter from those facts (what changing
// owner, region, industry or kind costs). Only reads the file.
// Limits: all panels < 3 s after opening, < 1 s after a filter change.
//   bench_dashboard --db bench/data/bench-1m.crm --as-of 2026-06-30 --repeats 5 [--mapped no] [--only app]
#include "bench_args.h"

#include "crm/store/customer_query.h"
#include "crm/store/dashboard_query.h"
#include "crm/store/database.h"
#include "crm/store/mapped_reads.h"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <functional>
#include <vector>

namespace {

using crm::bench::Args;

double median(std::vector<double> seconds) {
    std::sort(seconds.begin(), seconds.end());
    return seconds[seconds.size() / 2];
}

// CPU seconds (user + system) of the process so far: on a shared machine
// the steadier figure.
double cpuSeconds() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Pages the process touched for the first time so far (minor faults): the
// memory a run allocates fresh, which the kernel zeroes page by page; a count
// the machine's noise does not change.
double freshPages() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_minflt);
}

// Median, min and max wall seconds (the min: what the work takes when the
// shared machine lets it run), median CPU seconds and median fresh pages (in
// MB) of `repeats` runs of `run`, each after an untimed `setup`.
void timeIt(const char* what, int repeats, const std::function<void()>& run,
            const std::function<void()>& setup = {}) {
    std::vector<double> wall, cpu, pages;
    for (int i = 0; i < repeats; ++i) {
        if (setup)
            setup();
        const std::int64_t start = crm::bench::nowNanoseconds();
        const double cpuStart = cpuSeconds(), pagesStart = freshPages();
        run();
        wall.push_back(crm::bench::secondsSince(start));
        cpu.push_back(cpuSeconds() - cpuStart);
        pages.push_back(freshPages() - pagesStart);
    }
    std::printf("%-40s wall median %6.3f s, min %6.3f s, max %6.3f s; cpu median %6.3f s; fresh %5.0f MB (%d runs)\n",
                what, median(wall), *std::min_element(wall.begin(), wall.end()),
                *std::max_element(wall.begin(), wall.end()), median(cpu),
                median(pages) * 4096.0 / 1e6, repeats);
}

crm::dashboard::Filter ownerFilter(const crm::Database& db) {
    crm::dashboard::Filter filter;
    const auto owners = crm::CustomerQuery(db).distinctValues(crm::CustomerField::Owner);
    if (!owners.empty())
        filter.owner = owners.front();
    return filter;
}

crm::dashboard::Filter regionAndKind(const crm::Database& db) {
    crm::dashboard::Filter filter;
    const auto regions = crm::CustomerQuery(db).distinctValues(crm::CustomerField::Region);
    if (!regions.empty())
        filter.region = regions.front();
    filter.kind = crm::CustomerKind::Organisation;
    return filter;
}

void run(const Args& args) {
    const auto asOf = crm::parseIsoDate(args.text("as-of"));
    if (!asOf)
        throw std::invalid_argument("--as-of: YYYY-MM-DD");
    const int repeats = static_cast<int>(args.number("repeats"));
    crm::MappedReads::setAllowed(args.text("mapped") == "yes"); // the desktop app says no
    std::printf("memory-mapped reads: %s\n", crm::MappedReads::allowed() ? "yes" : "no");
    const crm::Database db = crm::Database::open(args.text("db"));
    const crm::dashboard::Period period{*asOf, crm::periodStartFor(*asOf, static_cast<int>(args.number("months")))};
    std::optional<crm::dashboard::Facts> facts;
    if (args.text("only") != "app") { // --only app: the app's path alone (for profiles)
        timeIt("open, quick: all but at-risk and CLV", repeats, [&] {
            facts = crm::loadDashboardFacts(db, period, {}, crm::FactsDepth::Quick);
        });
        crm::dashboard::Facts quick;
        timeIt("open, completing quick facts", repeats, [&] { crm::completeDashboardFacts(db, quick); },
               [&] { quick = *facts; });
        timeIt("open: loadDashboardFacts (full)", repeats, [&] { facts = crm::loadDashboardFacts(db, period); });
    }
    // As the app reads them: the quick facts first (the time to them is
    // printed below), their panels summarised meanwhile, then all facts.
    std::vector<double> toQuick;
    timeIt("open: quick first, then all (the app)", repeats, [&] {
        const std::int64_t start = crm::bench::nowNanoseconds();
        facts = crm::loadDashboardFacts(db, period, {}, [&](const crm::dashboard::Facts& quickFacts) {
            toQuick.push_back(crm::bench::secondsSince(start));
            const crm::dashboard::DashboardData early = crm::dashboard::summarize(quickFacts, {});
            (void)early;
        });
    });
    if (!toQuick.empty())
        std::printf("  of which to the quick facts: median %.3f s\n", median(toQuick));
    std::printf("  %zu customers, %lld scored, %zu at risk, %zu stage changes in the period\n",
                facts->customers.size(), static_cast<long long>(facts->scored), facts->atRisk.size(),
                facts->moves.size());
    crm::dashboard::DashboardData data;
    const auto summarize = [&](const crm::dashboard::Filter& filter) {
        data = crm::dashboard::summarize(*facts, filter);
        crm::fillNames(db, data.atRisk);
    };
    timeIt("filter: everyone (summarize + names)", repeats, [&] { summarize({}); });
    timeIt("filter: one owner", repeats, [&] { summarize(ownerFilter(db)); });
    std::printf("  %lld customers of %s\n", static_cast<long long>(data.customers), data.filter.owner.c_str());
    timeIt("filter: one region, organisations", repeats, [&] { summarize(regionAndKind(db)); });
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    std::printf("peak resident memory %.0f MB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
}

} // namespace

int main(int argc, char** argv) {
    try {
        run(Args(argc, argv, {{"db", "bench/data/bench-1m.crm"}, {"as-of", "2026-06-30"},
                              {"months", "12"}, {"repeats", "5"}, {"mapped", "yes"}, {"only", "all"}}));
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_dashboard: %s\n", e.what());
        return 1;
    }
}
