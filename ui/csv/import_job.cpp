#include "csv/import_job.h"

#include "crm/csv/import_preview.h"
#include "crm/store/database.h"
#include "csv/csv_task.h"

namespace crm::ui {

namespace {

std::filesystem::path fsPath(const QString& path) { return std::filesystem::path(path.toStdString()); }

csv::ImportOptions importOptions(const ImportPlan& plan, const ImportRunRequest& request,
                                 ImportOutcome& outcome, CsvTask& task) {
    csv::ImportOptions options;
    options.read = plan.read;
    options.columnMap = csv::columnMapFor(plan.kind, plan.header, plan.fieldOfColumn);
    options.onDuplicate = plan.onDuplicate;
    options.skipInvalid = plan.skipInvalid;
    options.rejects = plan.skipInvalid ? request.rejects : std::nullopt;
    options.dryRun = request.dryRun;
    options.today = request.today;
    options.progress = [&task](const csv::ImportProgressInfo& p) {
        return task.report(static_cast<qint64>(p.bytesRead), static_cast<qint64>(p.fileSize),
                           static_cast<qint64>(p.rowsRead));
    };
    options.onRowProblem = [&outcome](std::uint64_t line, const FieldError& e) {
        if (outcome.problems.size() < kMaxProblemsKept)
            outcome.problems.push_back({line, e.field, e.message});
    };
    return options;
}

} // namespace

ImportOutcome runImport(const ImportPlan& plan, const ImportRunRequest& request, CsvTask& task) {
    ImportOutcome outcome;
    try {
        const Database db = Database::open(fsPath(request.databasePath));
        const auto options = importOptions(plan, request, outcome, task);
        outcome.summary = csv::importCsv(db, plan.kind, fsPath(plan.file), options);
    } catch (const std::exception& e) {
        outcome.error = QString::fromStdString(e.what());
        outcome.summary.committed = false;
    }
    return outcome;
}

} // namespace crm::ui
