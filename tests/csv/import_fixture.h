#pragma once
// Helpers of the import tests: temporary CSV files and an import that
// collects the problems it reports.
#include "../store/temp_db.h"
#include "crm/csv/import.h"

#include <filesystem>
#include <string>
#include <vector>

namespace crm::test {

std::filesystem::path csvData(const std::string& name);
// Writes `content` to a file under the test tmp dir and returns its path.
std::filesystem::path writeTemp(const std::string& name, const std::string& content);
std::string readText(const std::filesystem::path& path);

struct ImportRun {
    csv::ImportSummary summary;
    std::vector<std::string> problems;
};

csv::ImportOptions defaultImportOptions();
ImportRun runImport(const Database& db, csv::ImportKind kind, const std::filesystem::path& file,
                    csv::ImportOptions options = defaultImportOptions());

// Adds customers C-001 (organisation) and C-002 (person).
void addTwoCustomers(const Database& db);

} // namespace crm::test
