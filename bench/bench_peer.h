#pragma once
// The peer of each benchmark: the sqlite3 shell running comparable SQL on the
// same file, timed by its own `.timer`.
#include <string>

namespace crm::bench {

// Runs `sql` `repeats` times in one sqlite3 shell session (output discarded)
// and returns the median "Run Time: real" in milliseconds; -1 when the shell
// cannot be run.
double peerMedianMs(const std::string& shell, const std::string& databasePath,
                    const std::string& sql, int repeats);

} // namespace crm::bench
