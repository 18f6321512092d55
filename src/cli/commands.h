#pragma once
// Each command group adds its subcommands to the `crm` app. Options live in
// structs owned by the callbacks; the callbacks run after parsing succeeded.
namespace CLI {
class App;
}

namespace crm::cli {

class Context;

void addDatabaseCommands(CLI::App& app, Context& context); // init, stats, summary
void addDemoCommand(CLI::App& app, Context& context);      // demo
void addCustomerCommands(CLI::App& app, Context& context); // customer add|edit|delete
void addCustomerViewCommands(CLI::App& customer, Context& context); // customer show|list
void addRecordCommands(CLI::App& app, Context& context);   // contact, tx, interaction, stage
void addFollowUpCommands(CLI::App& app, Context& context); // followup add|list|done
void addRfmCommands(CLI::App& app, Context& context);       // rfm, rfm-history, rfm-migration
void addLifecycleCommands(CLI::App& app, Context& context); // stages, stage-history, stage-flow
void addValueCommands(CLI::App& app, Context& context);     // clv fit|predict, pareto
void addCsvCommands(CLI::App& app, Context& context);       // export, import
void addSegmentCommands(CLI::App& app, Context& context);   // clusters, at-risk

} // namespace crm::cli
