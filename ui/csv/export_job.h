#pragma once
// An export as the export dialog runs it on a worker thread: the customers
// of the list as filtered (or all transactions, contacts or interactions)
// through the domain's exporters, on the worker's own connection. The file
// appears under its name only when complete.
#include "crm/csv/export_common.h"
#include "crm/date.h"
#include "crm/store/customer_query.h"

#include <QString>

#include <string_view>
#include <vector>

namespace crm::ui {

class CsvTask;

enum class ExportKind { Customers, Transactions, Contacts, Interactions };

struct ExportRequest {
    ExportKind kind = ExportKind::Customers;
    CustomerFilter filter; // customers only
    Date asOf;             // of the RFM and CLV columns
    csv::ExportOptions options;
    QString target;
    QString databasePath;
};

struct ExportOutcome {
    csv::ExportResult result;
    QString error; // nothing was written under the target name
};

// The domain's columns of a kind, in its order, and the ones it writes by default.
std::vector<std::string_view> exportColumns(ExportKind kind);
std::vector<std::string_view> defaultExportColumns(ExportKind kind);

// Runs on the worker thread; reports progress in rows.
ExportOutcome runExport(const ExportRequest& request, CsvTask& task);

} // namespace crm::ui
