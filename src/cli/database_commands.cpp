// init, stats and summary: the database as a whole. (demo: demo_command.cpp)
#include "commands.h"
#include "context.h"
#include "output.h"

#include "crm/errors.h"
#include "crm/names.h"
#include "crm/store/customer_query.h"
#include "crm/store/stats.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace crm::cli {

namespace {

void runInit(const Context& context, const std::string& currencyCode) {
    const Currency currency = currencyFromCode(currencyCode);
    const auto path = context.databasePath();
    if (std::filesystem::exists(path))
        throw CommandError("'" + path.string() + "' already exists; `crm init` only creates "
                           "a new database");
    const Database db = Database::create(path, currency);
    context.out() << "Created " << db.path().string() << " (currency " << db.currency().code
                  << ")\n";
}

void printStats(const Context& context) {
    const Database db = context.openDatabase();
    const StoreCounts counts = countEverything(db);
    Table table({{"what"}, {"count", Table::Align::Right}});
    table.addRow({"customers", countText(counts.customers)});
    table.addRow({"contacts", countText(counts.contacts)});
    table.addRow({"transactions", countText(counts.transactions)});
    table.addRow({"interactions", countText(counts.interactions)});
    table.addRow({"follow-ups", countText(counts.followUps)});
    table.addRow({"open follow-ups", countText(counts.openFollowUps)});
    table.addRow({"stage changes", countText(counts.stageChanges)});
    table.print(context.out(), 0, false);
}

Table stageTable(const Database& db) {
    const CustomerQuery query(db);
    Table table({{"stage"}, {"阶段"}, {"customers", Table::Align::Right}});
    for (int s = 0; s < kStageCount; ++s) {
        CustomerFilter filter;
        filter.stage = static_cast<Stage>(s);
        table.addRow({std::string(stageLabel(*filter.stage)),
                      std::string(stageLabelZh(*filter.stage)),
                      countText(query.count(filter))});
    }
    return table;
}

void printSummary(const Context& context) {
    const Database db = context.openDatabase();
    const StoreCounts counts = countEverything(db);
    std::ostream& out = context.out();
    out << "CRM database " << db.path().string() << " (currency " << db.currency().code
        << ")\n\n";
    out << countText(counts.customers) << " customers, " << countText(counts.contacts)
        << " contacts, " << countText(counts.transactions) << " transactions, "
        << countText(counts.interactions) << " interactions, " << countText(counts.followUps)
        << " follow-ups (" << countText(counts.openFollowUps) << " open)\n\n";
    out << "Customers by lifecycle stage:\n";
    stageTable(db).print(out, 2, false);
    out << "\nTotal net revenue: " << moneyText(totalNetAmount(db), db.currency()) << '\n';
}

} // namespace

void addDatabaseCommands(CLI::App& app, Context& context) {
    auto currency = std::make_shared<std::string>("CNY");
    auto* init = app.add_subcommand("init", "Create a new, empty CRM database (fails if the "
                                            "file exists)");
    init->add_option("--currency", *currency,
                     "ISO 4217 code of the database's one currency (fixed for its lifetime)")
        ->capture_default_str();
    init->callback([&context, currency] { runInit(context, *currency); });

    addDemoCommand(app, context);

    app.add_subcommand("stats", "Counts of customers, contacts, transactions, interactions "
                                "and follow-ups")
        ->callback([&context] { printStats(context); });
    app.add_subcommand("summary", "A short overview: counts, customers per lifecycle stage, "
                                  "total net revenue")
        ->callback([&context] { printSummary(context); });
}

} // namespace crm::cli
