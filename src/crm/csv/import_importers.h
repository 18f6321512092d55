#pragma once
// Internal to the importer: one RowImporter per kind of record.
#include "crm/csv/import.h"
#include "crm/csv/import_rows.h"

#include <memory>

namespace crm::csv {

std::unique_ptr<RowImporter> makeCustomerImporter(const Database& db, const ImportOptions& options);
std::unique_ptr<RowImporter> makeTransactionImporter(const Database& db,
                                                     const ImportOptions& options);
std::unique_ptr<RowImporter> makeContactImporter(const Database& db, const ImportOptions& options);
std::unique_ptr<RowImporter> makeInteractionImporter(const Database& db,
                                                     const ImportOptions& options);

std::unique_ptr<RowImporter> makeImporter(ImportKind kind, const Database& db,
                                          const ImportOptions& options);

// Throws ValidationError when the mapping file names a field the kind lacks.
void throwIfUnknownFields(const ColumnMap& map, std::span<const FieldSpec> fields);

// "customer: no customer with code 'X'" style lookups share this wording.
std::string inQuotes(std::string_view text);

} // namespace crm::csv
