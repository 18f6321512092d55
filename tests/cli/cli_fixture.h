#pragma once
// A fresh directory and database file per test, and a runner for the real
// `crm` binary that captures its exit code, stdout and stderr. The child gets
// HOME inside the test directory and no CRM_DB or XDG_DATA_HOME, so a test
// never touches the user's own database.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace crm::cli::test {

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

class CliTest : public ::testing::Test {
protected:
    void SetUp() override;

    // Runs crm with exactly `args`; `env` adds or replaces variables.
    CliResult runRaw(const std::vector<std::string>& args,
                     const std::map<std::string, std::string>& env = {}) const;
    // Runs crm --db <this test's file> args...
    CliResult crm(const std::vector<std::string>& args) const;
    // Like crm(), and fails the test unless it exits 0 with nothing on stderr.
    std::string ok(const std::vector<std::string>& args) const;
    // Creates the test's database.
    void init() const { ok({"init"}); }
    void addCustomer(const std::string& code, const std::string& name,
                     const std::vector<std::string>& more = {}) const;

    std::filesystem::path m_dir;
    std::filesystem::path m_db;
};

// Fails unless `result` exited with `exitCode` and wrote exactly one line
// "crm: ..." on stderr that contains `fragment`.
void expectError(const CliResult& result, int exitCode, const std::string& fragment);

std::string todayIso();
bool contains(const std::string& text, const std::string& fragment);
std::size_t lineCount(const std::string& text);
// `text` with every run of spaces made one space, so that checks do not
// depend on column widths: "tags:    new" reads "tags: new".
std::string squeezed(const std::string& text);

} // namespace crm::cli::test
