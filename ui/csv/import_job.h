#pragma once
// The wizard's plan for one import, and the run of it on a worker thread: a
// dry run or the import itself through the domain's importer (one unit of
// work: all rows or none, unless only the valid ones were asked for), on its
// own database connection, with the problems kept for a table.
#include "crm/csv/import.h"
#include "crm/date.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace crm::ui {

class CsvTask;

struct ImportPlan {
    QString file;
    csv::ImportKind kind = csv::ImportKind::Customers;
    csv::CsvReadOptions read;        // the delimiter and encoding chosen (nullopt: detected)
    std::vector<std::string> header; // of the file as last previewed
    std::vector<std::string> sample; // its first data row, as examples of the columns
    std::vector<int> fieldOfColumn;  // per column: index into importFields(kind), -1 ignored
    csv::OnDuplicate onDuplicate = csv::OnDuplicate::Skip;
    bool skipInvalid = false; // import the valid rows only
};

struct ImportProblem {
    std::uint64_t line = 0;
    std::string field;
    std::string message;
};

struct ImportOutcome {
    csv::ImportSummary summary;
    std::vector<ImportProblem> problems; // the first kMaxProblemsKept of summary.problems
    QString error; // the file or database could not be used; nothing was imported
};

inline constexpr std::size_t kMaxProblemsKept = 10000;

struct ImportRunRequest {
    QString databasePath;
    Date today;
    bool dryRun = true;
    std::optional<std::filesystem::path> rejects; // where the invalid rows go (skipInvalid)
};

// Runs on the worker thread; reports progress in bytes of the file.
ImportOutcome runImport(const ImportPlan& plan, const ImportRunRequest& request, CsvTask& task);

} // namespace crm::ui
