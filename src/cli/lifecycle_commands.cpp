#include "commands.h"

namespace crm::cli {

void addLifecycleCommands(CLI::App& /*app*/, Context& /*context*/) {}

} // namespace crm::cli
