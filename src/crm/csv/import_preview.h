#pragma once
// What an import wizard shows before anything is imported: the first rows of
// a file read exactly as the importer will read them (encoding, delimiter),
// each kind's fields, and the field the importer would take each column for.
#include "crm/csv/csv_reader.h"
#include "crm/csv/import.h"
#include "crm/csv/import_mapping.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace crm::csv {

struct ImportPreview {
    char delimiter = ',';
    std::optional<TextEncoding> encoding; // nullopt: the rows read are plain ASCII
    bool hadBom = false;
    std::vector<std::string> header;      // the first non-blank record
    std::vector<CsvRecord> rows;          // the next ones, blank records skipped
    bool moreRows = false;                // the file goes on after `rows`
    std::uint64_t fileSize = 0;
};

// Reads the header and up to `maxRows` data rows. Throws CsvError like the
// importer (missing, binary or empty file, malformed quoting).
ImportPreview previewCsv(const std::filesystem::path& file, const CsvReadOptions& read,
                         std::size_t maxRows);

// The fields of a kind of record, in the importer's order.
std::span<const FieldSpec> importFields(ImportKind kind);

// For each column of `header`: the index into importFields(kind) of the
// field the importer would read it as by the built-in aliases, or -1.
std::vector<int> suggestedFields(ImportKind kind, const std::vector<std::string>& header);

// A mapping that states every column: `fieldOfColumn[i]` indexes
// importFields(kind), or -1 for a column to ignore.
ColumnMap columnMapFor(ImportKind kind, const std::vector<std::string>& header,
                       const std::vector<int>& fieldOfColumn);

} // namespace crm::csv
