#pragma once
// What every export shares: writer options, the chosen columns, progress
// with cancellation, and the result. Exports write through CsvWriter, so a
// failed or cancelled export leaves an existing target file untouched.
#include "crm/csv/csv_writer.h"
#include "crm/errors.h"

#include <array>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace crm::csv {

// Rows written so far and the total expected (an upper bound when a filter
// is applied while writing, such as the RFM segment). Return false to cancel.
using ExportProgress = std::function<bool(std::int64_t done, std::int64_t total)>;

struct ExportOptions {
    WriterOptions writer;
    std::vector<std::string> columns; // names in output order; empty: the defaults
    ExportProgress progress;          // called after every page; may be empty
    int pageSize = 2000;              // rows read from the store at a time
};

struct ExportResult {
    std::int64_t rows = 0;          // data rows written (the header not counted)
    bool cancelled = false;         // nothing was written under the target name
    std::vector<std::string> notes; // things the user should know (a column left empty...)
};

// One column of an export: its header and how a row fills it.
template <typename Row>
struct ExportColumn {
    std::string_view name;
    void (*write)(CsvWriter& writer, const Row& row);
};

// Names of `all`, comma-separated, for error messages.
std::string columnList(std::span<const std::string_view> names);

// The columns named in `requested` (or `defaults` when it is empty), in that
// order. Throws ValidationError("columns: unknown column 'x'; valid: ...").
std::vector<std::size_t> selectColumnIndexes(std::span<const std::string_view> names,
                                             std::span<const std::string> requested,
                                             std::span<const std::string_view> defaults);

template <typename Row>
std::vector<const ExportColumn<Row>*> selectColumns(std::span<const ExportColumn<Row>> all,
                                                    std::span<const std::string> requested,
                                                    std::span<const std::string_view> defaults) {
    std::vector<std::string_view> names;
    for (const auto& column : all)
        names.push_back(column.name);
    std::vector<const ExportColumn<Row>*> chosen;
    for (std::size_t index : selectColumnIndexes(names, requested, defaults))
        chosen.push_back(&all[index]);
    return chosen;
}

template <typename Row>
void writeHeader(CsvWriter& writer, std::span<const ExportColumn<Row>* const> columns) {
    for (const auto* column : columns)
        writer.text(column->name);
    writer.endRow();
}

template <typename Row>
void writeRow(CsvWriter& writer, std::span<const ExportColumn<Row>* const> columns,
              const Row& row) {
    for (const auto* column : columns)
        column->write(writer, row);
    writer.endRow();
}

// Reports progress; false when the caller asked to cancel.
bool reportProgress(const ExportOptions& options, std::int64_t done, std::int64_t total);

// Cell helpers shared by the exporters.
void writeInteger(CsvWriter& writer, std::int64_t value);
void writeMoney(CsvWriter& writer, std::int64_t minorUnits, int decimals);
void writeDayNumber(CsvWriter& writer, std::int64_t julianDay); // ISO date

// The header names of an exporter's columns, in order.
template <typename Column, std::size_t N>
std::array<std::string_view, N> columnNames(const std::array<Column, N>& columns) {
    std::array<std::string_view, N> names{};
    for (std::size_t i = 0; i < N; ++i)
        names[i] = columns[i].name;
    return names;
}

} // namespace crm::csv
