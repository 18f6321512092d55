#pragma once
// The `crm` command-line tool: builds the CLI11 app, runs the chosen command
// and turns every failure into one line "crm: <reason>" and an exit code.
#include <ostream>

namespace crm::cli {

// Exit codes, also listed in `crm --help`.
inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 1; // bad command line, invalid value, unknown code, refusal
inline constexpr int kExitStore = 2; // the database file cannot be used, or an internal error

int run(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace crm::cli
