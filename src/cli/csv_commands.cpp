#include "commands.h"

namespace crm::cli {

void addCsvCommands(CLI::App& /*app*/, Context& /*context*/) {}

} // namespace crm::cli
