#include "commands.h"

namespace crm::cli {

void addValueCommands(CLI::App& /*app*/, Context& /*context*/) {}

} // namespace crm::cli
