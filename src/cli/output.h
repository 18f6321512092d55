#pragma once
// Plain-text output of the `crm` tool: aligned tables that count wide
// (Chinese) characters as two columns, CSV and JSON escaping, money with its
// currency.
#include "crm/money.h"

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace crm::cli {

// Terminal columns `text` takes: East Asian wide characters count two.
std::size_t displayWidth(std::string_view text);
// Cuts `text` to at most `width` columns, ending with "…" when cut.
std::string truncateToWidth(std::string_view text, std::size_t width);

// Rows of cells printed in aligned columns, two spaces apart.
class Table {
public:
    enum class Align { Left, Right };
    struct Column {
        std::string title;
        Align align = Align::Left;
        std::size_t maxWidth = 40; // longer cells are cut
    };

    explicit Table(std::vector<Column> columns) : m_columns(std::move(columns)) {}
    void addRow(std::vector<std::string> cells);
    bool empty() const { return m_rows.empty(); }
    // `indent` spaces before each line; the title row only when `withHeader`.
    void print(std::ostream& out, std::size_t indent = 0, bool withHeader = true) const;

private:
    std::vector<std::size_t> widths(bool withHeader) const;
    void printRow(std::ostream& out, const std::vector<std::string>& cells,
                  const std::vector<std::size_t>& widths, std::size_t indent) const;

    std::vector<Column> m_columns;
    std::vector<std::vector<std::string>> m_rows;
};

// One CSV field (RFC 4180): quoted when it holds , " CR LF or edge spaces.
std::string csvField(std::string_view text);
void writeCsvRow(std::ostream& out, const std::vector<std::string>& fields);
// A JSON string literal, quotes included.
std::string jsonString(std::string_view text);

// "1,234.50 CNY": for people.
std::string moneyText(Money amount, const Currency& currency);
// "1,234": grouped integer counts.
std::string countText(std::int64_t count);

} // namespace crm::cli
