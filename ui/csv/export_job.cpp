#include "csv/export_job.h"

#include "crm/csv/export_customers.h"
#include "crm/csv/export_records.h"
#include "crm/store/database.h"
#include "csv/csv_task.h"

namespace crm::ui {

namespace {

template <typename Names>
std::vector<std::string_view> listOf(const Names& names) {
    return {names.begin(), names.end()};
}

csv::ExportResult exportKind(const Database& db, const ExportRequest& request,
                             const csv::ExportOptions& options, const std::filesystem::path& target) {
    switch (request.kind) {
    case ExportKind::Customers:
        return csv::exportCustomers(db, {request.filter, std::nullopt, request.asOf}, options, target);
    case ExportKind::Transactions: return csv::exportTransactions(db, {}, options, target);
    case ExportKind::Contacts: return csv::exportContacts(db, {}, options, target);
    case ExportKind::Interactions: return csv::exportInteractions(db, {}, options, target);
    }
    return {};
}

} // namespace

std::vector<std::string_view> exportColumns(ExportKind kind) {
    switch (kind) {
    case ExportKind::Customers: return listOf(csv::customerColumnNames());
    case ExportKind::Transactions: return listOf(csv::transactionColumnNames());
    case ExportKind::Contacts: return listOf(csv::contactColumnNames());
    case ExportKind::Interactions: return listOf(csv::interactionColumnNames());
    }
    return {};
}

std::vector<std::string_view> defaultExportColumns(ExportKind kind) {
    // Every column of the record exports is a default (export_records.h).
    return kind == ExportKind::Customers ? listOf(csv::defaultCustomerColumns()) : exportColumns(kind);
}

ExportOutcome runExport(const ExportRequest& request, CsvTask& task) {
    ExportOutcome outcome;
    try {
        const Database db = Database::open(request.databasePath.toStdString());
        csv::ExportOptions options = request.options;
        options.progress = [&task](std::int64_t done, std::int64_t total) {
            return task.report(done, total, done);
        };
        outcome.result = exportKind(db, request, options, request.target.toStdString());
    } catch (const std::exception& e) {
        outcome.error = QString::fromStdString(e.what());
    }
    return outcome;
}

} // namespace crm::ui
