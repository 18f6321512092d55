#pragma once
// Internal to the importer: the data rows of a file with the columns mapped
// to fields, and the interface each kind of record implements.
#include "crm/csv/csv_reader.h"
#include "crm/csv/import.h"
#include "crm/csv/import_mapping.h"
#include "crm/errors.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace crm::csv {

class ImportRows {
public:
    // Reads the header line; throws CsvError for an empty file or a header
    // that lacks a required column.
    ImportRows(const std::filesystem::path& file, const CsvReadOptions& read,
               std::span<const FieldSpec> fields, const ColumnMap* user);

    // The next non-blank row; false at the end.
    bool next();
    const CsvRecord& record() const { return m_record; }
    const std::vector<std::string>& header() const { return m_header; }
    const HeaderMapping& mapping() const { return m_mapping; }
    CsvReader& reader() { return m_reader; }

    // The field's cell with spaces trimmed and the formula guard undone, or
    // "" when the file has no column for it.
    std::string value(int field) const;
    // The cell as written, guard undone (free text keeps its spaces).
    std::string text(int field) const;
    bool has(int field) const { return m_mapping.columnOf[static_cast<std::size_t>(field)] >= 0; }
    // "row: has 3 fields, the header has 5" when the row is ragged.
    std::vector<FieldError> shapeErrors() const;

private:
    const std::string* cell(int field) const;

    CsvReader m_reader;
    std::vector<std::string> m_header;
    HeaderMapping m_mapping;
    CsvRecord m_record;
};

struct ImportCounts {
    std::uint64_t imported = 0;
    std::uint64_t updated = 0;
    std::uint64_t skipped = 0;
};

// One kind of record: validates a row and stages or writes it.
class RowImporter {
public:
    virtual ~RowImporter() = default;
    virtual std::span<const FieldSpec> fields() const = 0;
    // Errors of the row, naming fields; when none, the row is taken (staged
    // for the next batch, or written) and counted.
    virtual std::vector<FieldError> take(const ImportRows& row, ImportCounts& counts) = 0;
    // Writes what is staged.
    virtual void flush(ImportCounts& counts) = 0;
};

} // namespace crm::csv
