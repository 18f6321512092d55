#include "commands.h"
#include "csv_commands.h"

namespace crm::cli {

void addCsvCommands(CLI::App& app, Context& context) {
    addImportCommand(app, context);
    addExportCommand(app, context);
}

} // namespace crm::cli
