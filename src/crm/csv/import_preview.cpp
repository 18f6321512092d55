#include "crm/csv/import_preview.h"

#include "crm/csv/csv_error.h"
#include "crm/csv/import_importers.h"
#include "crm/csv/import_values.h"

#include <algorithm>

namespace crm::csv {

namespace {

bool isBlank(const CsvRecord& record) {
    return std::all_of(record.fields.begin(), record.fields.end(),
                       [](const std::string& f) { return trimmed(f).empty(); });
}

// The next non-blank record; false at the end.
bool nextRow(CsvReader& reader, CsvRecord& record) {
    while (reader.next(record))
        if (!isBlank(record))
            return true;
    return false;
}

} // namespace

ImportPreview previewCsv(const std::filesystem::path& file, const CsvReadOptions& read,
                         std::size_t maxRows) {
    CsvReader reader(file, read);
    CsvRecord record;
    if (!nextRow(reader, record))
        throw CsvError(file, 0, "is empty: expected a header line naming the columns");
    ImportPreview preview;
    preview.header = std::move(record.fields);
    while (preview.rows.size() < maxRows && nextRow(reader, record))
        preview.rows.push_back(std::move(record));
    preview.moreRows = nextRow(reader, record);
    preview.delimiter = reader.delimiter();
    preview.encoding = reader.encoding();
    preview.hadBom = reader.hadBom();
    preview.fileSize = reader.fileSize();
    return preview;
}

std::span<const FieldSpec> importFields(ImportKind kind) {
    switch (kind) {
    case ImportKind::Customers: return customerFieldSpecs();
    case ImportKind::Transactions: return transactionFieldSpecs();
    case ImportKind::Contacts: return contactFieldSpecs();
    case ImportKind::Interactions: return interactionFieldSpecs();
    }
    return customerFieldSpecs();
}

std::vector<int> suggestedFields(ImportKind kind, const std::vector<std::string>& header) {
    const HeaderMapping mapping = mapHeader(importFields(kind), header, nullptr);
    std::vector<int> fieldOfColumn(header.size(), -1);
    for (std::size_t field = 0; field < mapping.columnOf.size(); ++field)
        if (const int column = mapping.columnOf[field]; column >= 0)
            fieldOfColumn[static_cast<std::size_t>(column)] = static_cast<int>(field);
    return fieldOfColumn;
}

ColumnMap columnMapFor(ImportKind kind, const std::vector<std::string>& header,
                       const std::vector<int>& fieldOfColumn) {
    const auto fields = importFields(kind);
    ColumnMap map;
    for (std::size_t column = 0; column < header.size(); ++column) {
        const int field = column < fieldOfColumn.size() ? fieldOfColumn[column] : -1;
        if (field >= 0 && static_cast<std::size_t>(field) < fields.size())
            map.add(header[column], fields[static_cast<std::size_t>(field)].key);
        else
            map.ignore(header[column]);
    }
    return map;
}

} // namespace crm::csv
