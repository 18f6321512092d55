#pragma once
// Running a program and killing it with SIGKILL at a chosen moment, and
// what the kill tests check afterwards.
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace crm::test {

// The build tree's tmp dir for this test process.
std::filesystem::path tmpDir();
void removeDatabase(const std::filesystem::path& path);
void copyDatabase(const std::filesystem::path& from, const std::filesystem::path& to);

// Starts `argv` (stdout and stderr to /dev/null), sends SIGKILL after
// `delay` unless it ended before; true when it was killed.
bool runAndKill(const std::vector<std::string>& argv, std::chrono::microseconds delay);
// Runs `argv` to its end; the wall time it took.
std::chrono::microseconds timeRun(const std::vector<std::string>& argv);

// "ok" or what PRAGMA integrity_check says.
std::string integrity(const std::filesystem::path& file);
// Kill runs per scenario: $CRM_KILL_RUNS, else `fallback`.
int killRuns(int fallback);

} // namespace crm::test
