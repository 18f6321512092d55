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

// The fields of each kind, in the order its importer numbers them.
std::span<const FieldSpec> customerFieldSpecs();
std::span<const FieldSpec> transactionFieldSpecs();
std::span<const FieldSpec> contactFieldSpecs();
std::span<const FieldSpec> interactionFieldSpecs();

// Throws ValidationError when the mapping file names a field the kind lacks.
void throwIfUnknownFields(const ColumnMap& map, std::span<const FieldSpec> fields);

// "customer: no customer with code 'X'" style lookups share this wording.
std::string inQuotes(std::string_view text);

} // namespace crm::csv
