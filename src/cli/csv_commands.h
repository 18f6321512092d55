#pragma once
// The CSV commands, added to `crm` by addCsvCommands (csv_commands.cpp).
namespace CLI {
class App;
}

namespace crm::cli {

class Context;

void addImportCommand(CLI::App& app, Context& context); // import KIND FILE
void addExportCommand(CLI::App& app, Context& context); // export KIND --out FILE

} // namespace crm::cli
