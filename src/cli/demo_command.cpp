// crm demo: fills an empty database with deterministic demo data.
#include "commands.h"
#include "context.h"
#include "output.h"

#include "crm/demo/demo_generator.h"
#include "crm/store/stats.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <functional>
#include <iostream>
#include <iomanip>
#include <sstream>

#include <unistd.h>
#include <memory>

namespace crm::cli {

namespace {

struct DemoOptions {
    std::int64_t customers = 0;
    std::uint64_t seed = 1;
    std::string asOf;
    std::string currency = "CNY";
};

// A new file, or an existing CRM database without customers: demo data is
// never mixed into someone's real customers.
Database openEmptyDatabase(const Context& context, const Currency& currency) {
    Database db = Database::open(context.databasePath(), OpenMode::CreateIfMissing, currency);
    const auto customers = countEverything(db).customers;
    if (customers > 0)
        throw CommandError("'" + db.path().string() + "' already has " + countText(customers) +
                           " customers; crm demo fills only a new or empty database "
                           "(name a new file with --db)");
    return db;
}

void printSummary(std::ostream& out, const demo::Summary& s) {
    Table table({{""}, {"", Table::Align::Right}, {""}});
    table.addRow({"customers", countText(s.customers),
                  "(" + countText(s.organisations) + " organisations, " + countText(s.persons) +
                      " persons)"});
    table.addRow({"contacts", countText(s.contacts), ""});
    table.addRow({"transactions", countText(s.transactions), "(" + countText(s.refunds) + " refunds)"});
    table.addRow({"interactions", countText(s.interactions),
                  "(" + countText(s.complaints) + " complaints)"});
    table.addRow({"follow-ups", countText(s.followUps), "(" + countText(s.overdueFollowUps) + " overdue)"});
    table.addRow({"stage changes", countText(s.stageChanges + s.derivedStageChanges),
                  "(" + countText(s.stageChanges) + " set by hand)"});
    table.print(out, 2, false);
}

// On a terminal, a line on stderr that counts up while the data is written;
// nothing when stderr is a file or pipe, so scripts see errors only.
std::function<bool(std::int64_t, std::int64_t)> terminalProgress() {
    if (!::isatty(STDERR_FILENO))
        return {};
    return [](std::int64_t done, std::int64_t total) {
        std::cerr << "\r  " << countText(done) << " / " << countText(total) << " customers"
                  << (done == total ? "\r\033[K" : "") << std::flush;
        return true;
    };
}

void runDemo(const Context& context, const DemoOptions& o) {
    const Currency currency = currencyFromCode(o.currency);
    demo::Options options;
    options.customers = o.customers;
    options.seed = o.seed;
    options.asOf = dateOrToday(context, "as-of", o.asOf);
    options.progress = terminalProgress();
    const Database db = openEmptyDatabase(context, currency);
    const auto start = std::chrono::steady_clock::now();
    const demo::Summary summary = demo::generate(db, options);
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    std::ostringstream elapsed;
    elapsed << std::fixed << std::setprecision(1) << seconds.count();
    context.out() << "Demo data in " << db.path().string() << " (seed " << o.seed << ", as of "
                  << toIso(options.asOf) << ", " << elapsed.str() << " s):\n";
    printSummary(context.out(), summary);
}

} // namespace

void addDemoCommand(CLI::App& app, Context& context) {
    auto o = std::make_shared<DemoOptions>();
    auto* cmd = app.add_subcommand(
        "demo", "Fill a new or empty database with realistic demo data: organisations and "
                "persons, contacts, three years of transactions, interactions, follow-ups. "
                "Refuses a database that already has customers");
    cmd->add_option("--customers", o->customers, "Number of customers to create")
        ->required()
        ->check(CLI::Range(std::int64_t{1}, std::int64_t{10'000'000}));
    cmd->add_option("--seed", o->seed, "Random seed: the same seed and --as-of give the same data")
        ->capture_default_str();
    cmd->add_option("--as-of", o->asOf, "Last day of the history, YYYY-MM-DD (default today)");
    cmd->add_option("--currency", o->currency, "Currency of a newly created database")
        ->capture_default_str();
    cmd->callback([&context, o] { runDemo(context, *o); });
}

} // namespace crm::cli
