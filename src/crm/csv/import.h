#pragma once
// Imports customers, transactions, contacts or interactions from a CSV file
// into the store: every row validated and every problem reported as
// "file:line: field: what is wrong"; the whole import is one unit of work,
// so a rejected file (all or nothing), a dry run or a cancelled import
// leaves the database as it was.
#include "crm/csv/csv_reader.h"
#include "crm/csv/import_mapping.h"
#include "crm/date.h"
#include "crm/errors.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crm {
class Database;
}

namespace crm::csv {

enum class ImportKind { Customers, Transactions, Contacts, Interactions };
// What happens to a row whose key is already stored (customer code; contact
// name of the customer; interaction of the same customer, date, time, type
// and subject). Transactions whose (customer, reference) is stored are always
// skipped: importing a file twice changes nothing.
enum class OnDuplicate { Error, Skip, Update };

std::optional<ImportKind> parseImportKind(std::string_view text);
std::optional<OnDuplicate> parseOnDuplicate(std::string_view text);

struct ImportProgressInfo {
    std::uint64_t rowsRead = 0;
    std::uint64_t bytesRead = 0;
    std::uint64_t fileSize = 0;
};
// Called every few thousand rows; return false to cancel.
using ImportProgress = std::function<bool(const ImportProgressInfo&)>;

struct ImportOptions {
    CsvReadOptions read;
    std::optional<std::filesystem::path> mapFile; // see import_mapping.h
    std::optional<ColumnMap> columnMap;           // instead of mapFile: built in code (the wizard)
    OnDuplicate onDuplicate = OnDuplicate::Error;
    bool skipInvalid = false;                     // import the valid rows
    std::optional<std::filesystem::path> rejects; // invalid rows + reason (skipInvalid)
    bool dryRun = false;
    Date today; // creation date when a file has none; contacts' primary-since date
    ImportProgress progress;
    std::function<void(const std::string&)> onProblem; // each "file:line: field: ..."
    // The same problems as (line of the record, field, message), for a table.
    std::function<void(std::uint64_t line, const FieldError&)> onRowProblem;
    // Rows per store batch call; 0: the kind's measured best (customers 250,
    // transactions 2,000). Small for customers on purpose: inside the
    // import's unit each batch is a savepoint whose in-memory statement
    // journal every insert walks (bench/README.md, "CSV import").
    std::size_t batchRows = 0;
    // Transactions written before the rest goes in as a TransactionBulkLoad
    // (store/transaction_bulk_load.h); 0: half the customers, at least 100,000.
    std::uint64_t bulkLoadAfter = 0;
};

struct ImportSummary {
    std::uint64_t rowsRead = 0; // data rows (blank rows not counted)
    std::uint64_t imported = 0; // new records
    std::uint64_t updated = 0;  // --on-duplicate update
    std::uint64_t skipped = 0;  // already stored (duplicates)
    std::uint64_t rejected = 0; // invalid rows
    std::uint64_t problems = 0; // reported problems (a row may have several)
    bool committed = false;     // false: dry run, rejected file or cancelled
    bool cancelled = false;
    char delimiter = ',';
    std::string encoding; // "utf-8" ...
    std::vector<std::string> ignoredColumns;
};

// Throws CsvError when the file cannot be read as a table (missing, empty,
// binary, malformed quoting, a required column missing) and ValidationError
// for a bad mapping file; the database is then unchanged.
ImportSummary importCsv(const Database& db, ImportKind kind, const std::filesystem::path& file,
                        const ImportOptions& options);

} // namespace crm::csv
