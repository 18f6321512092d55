#include "commands.h"

namespace crm::cli {

void addRfmCommands(CLI::App& /*app*/, Context& /*context*/) {}

} // namespace crm::cli
