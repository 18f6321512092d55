#include "crm/csv/import_rows.h"

#include "crm/csv/csv_error.h"
#include "crm/csv/import_values.h"

#include <algorithm>

namespace crm::csv {

namespace {

bool isBlank(const CsvRecord& record) {
    return std::all_of(record.fields.begin(), record.fields.end(),
                       [](const std::string& f) { return trimmed(f).empty(); });
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : "; ") + item;
    return out;
}

} // namespace

ImportRows::ImportRows(const std::filesystem::path& file, const CsvReadOptions& read,
                       std::span<const FieldSpec> fields, const ColumnMap* user)
    : m_reader(file, read) {
    CsvRecord first;
    while (m_reader.next(first) && isBlank(first)) {
    }
    if (first.fields.empty() || isBlank(first))
        throw CsvError(file, 0, "is empty: expected a header line naming the columns");
    m_header = std::move(first.fields);
    m_mapping = mapHeader(fields, m_header, user);
    if (!m_mapping.problems.empty())
        throw CsvError(file, first.line, "header: " + joined(m_mapping.problems));
}

bool ImportRows::next() {
    while (m_reader.next(m_record))
        if (!isBlank(m_record))
            return true;
    return false;
}

const std::string* ImportRows::cell(int field) const {
    const int column = m_mapping.columnOf[static_cast<std::size_t>(field)];
    if (column < 0 || static_cast<std::size_t>(column) >= m_record.fields.size())
        return nullptr;
    return &m_record.fields[static_cast<std::size_t>(column)];
}

std::string ImportRows::value(int field) const {
    const std::string* c = cell(field);
    return c ? unguarded(std::string(trimmed(*c))) : std::string();
}

std::string ImportRows::text(int field) const {
    const std::string* c = cell(field);
    return c ? unguarded(*c) : std::string();
}

std::vector<FieldError> ImportRows::shapeErrors() const {
    const std::size_t n = m_record.fields.size();
    if (n == m_header.size())
        return {};
    return {{"row", "has " + std::to_string(n) + " field" + (n == 1 ? "" : "s") +
                        ", the header has " + std::to_string(m_header.size())}};
}

} // namespace crm::csv
