#include "crm/csv/export_common.h"

#include "crm/date.h"
#include "crm/money.h"

#include <algorithm>
#include <charconv>

namespace crm::csv {

std::string columnList(std::span<const std::string_view> names) {
    std::string text;
    for (const auto name : names) {
        if (!text.empty())
            text += ", ";
        text += name;
    }
    return text;
}

std::vector<std::size_t> selectColumnIndexes(std::span<const std::string_view> names,
                                             std::span<const std::string> requested,
                                             std::span<const std::string_view> defaults) {
    std::vector<std::string_view> wanted(defaults.begin(), defaults.end());
    if (!requested.empty())
        wanted.assign(requested.begin(), requested.end());
    std::vector<std::size_t> indexes;
    for (const auto name : wanted) {
        const auto found = std::find(names.begin(), names.end(), name);
        if (found == names.end())
            throw ValidationError({{"columns", "unknown column '" + std::string(name) +
                                                   "'; valid: " + columnList(names)}});
        const auto index = static_cast<std::size_t>(found - names.begin());
        if (std::find(indexes.begin(), indexes.end(), index) != indexes.end())
            throw ValidationError({{"columns", "column '" + std::string(name) + "' given twice"}});
        indexes.push_back(index);
    }
    return indexes;
}

bool reportProgress(const ExportOptions& options, std::int64_t done, std::int64_t total) {
    return !options.progress || options.progress(done, total);
}

void writeInteger(CsvWriter& writer, std::int64_t value) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    writer.number(std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)));
}

void writeMoney(CsvWriter& writer, std::int64_t minorUnits, int decimals) {
    writer.number(formatMoney(minorUnits, decimals));
}

void writeDayNumber(CsvWriter& writer, std::int64_t julianDay) {
    writer.number(toIso(fromDayNumber(julianDay)));
}

} // namespace crm::csv
