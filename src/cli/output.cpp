#include "output.h"

#include <algorithm>
#include <cstdio>

namespace crm::cli {

namespace {

// Decodes one UTF-8 sequence at `i` (advancing it); invalid bytes read as
// one narrow character so that odd input never breaks a table.
char32_t nextCodePoint(std::string_view text, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t extra = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc0 ? 1 : 0;
    bool complete = extra > 0 && i + extra < text.size();
    for (std::size_t k = 1; complete && k <= extra; ++k)
        complete = (static_cast<unsigned char>(text[i + k]) & 0xc0u) == 0x80u;
    if (!complete) {
        ++i;
        return lead < 0x80 ? lead : U'?';
    }
    char32_t cp = lead & (0x3fu >> extra);
    for (std::size_t k = 1; k <= extra; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3fu);
    i += extra + 1;
    return cp;
}

bool isWide(char32_t cp) {
    return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) ||
           (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
           (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
           (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
           (cp >= 0x20000 && cp <= 0x3fffd);
}

std::size_t codePointWidth(char32_t cp) {
    if (cp < 0x20 || cp == 0x7f)
        return 0;
    return isWide(cp) ? 2 : 1;
}

// Newlines and tabs would break a table row: shown as spaces.
std::string oneLine(std::string_view text) {
    std::string line(text);
    std::replace_if(line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    return line;
}

} // namespace

std::size_t displayWidth(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();)
        width += codePointWidth(nextCodePoint(text, i));
    return width;
}

std::string truncateToWidth(std::string_view text, std::size_t width) {
    if (displayWidth(text) <= width)
        return std::string(text);
    std::size_t used = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t next = i;
        const std::size_t w = codePointWidth(nextCodePoint(text, next));
        if (used + w + 1 > width)
            break;
        used += w;
        i = next;
    }
    return std::string(text.substr(0, i)) + "…";
}

void Table::addRow(std::vector<std::string> cells) {
    cells.resize(m_columns.size());
    for (std::size_t c = 0; c < cells.size(); ++c)
        cells[c] = truncateToWidth(oneLine(cells[c]), m_columns[c].maxWidth);
    m_rows.push_back(std::move(cells));
}

std::vector<std::size_t> Table::widths(bool withHeader) const {
    std::vector<std::size_t> result(m_columns.size(), 0);
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        if (withHeader)
            result[c] = displayWidth(m_columns[c].title);
        for (const auto& row : m_rows)
            result[c] = std::max(result[c], displayWidth(row[c]));
    }
    return result;
}

void Table::printRow(std::ostream& out, const std::vector<std::string>& cells,
                     const std::vector<std::size_t>& columnWidths, std::size_t indent) const {
    std::string line(indent, ' ');
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const std::string padding(columnWidths[c] - displayWidth(cells[c]), ' ');
        const bool last = c + 1 == cells.size();
        if (c > 0)
            line += "  ";
        if (m_columns[c].align == Align::Right)
            line += padding + cells[c];
        else
            line += last ? cells[c] : cells[c] + padding;
    }
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
    out << line << '\n';
}

void Table::print(std::ostream& out, std::size_t indent, bool withHeader) const {
    const auto columnWidths = widths(withHeader);
    if (withHeader) {
        std::vector<std::string> titles;
        for (const auto& column : m_columns)
            titles.push_back(column.title);
        printRow(out, titles, columnWidths, indent);
    }
    for (const auto& row : m_rows)
        printRow(out, row, columnWidths, indent);
}

std::string csvField(std::string_view text) {
    const bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote)
        return std::string(text);
    std::string field = "\"";
    for (char c : text)
        field += c == '"' ? std::string("\"\"") : std::string(1, c);
    return field + "\"";
}

void writeCsvRow(std::ostream& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i)
        out << (i > 0 ? "," : "") << csvField(fields[i]);
    out << "\r\n";
}

std::string jsonString(std::string_view text) {
    std::string json = "\"";
    for (char c : text) {
        switch (c) {
        case '"': json += "\\\""; break;
        case '\\': json += "\\\\"; break;
        case '\n': json += "\\n"; break;
        case '\r': json += "\\r"; break;
        case '\t': json += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                json += escaped;
            } else {
                json += c;
            }
        }
    }
    return json + "\"";
}

std::string moneyText(Money amount, const Currency& currency) {
    return formatMoneyGrouped(amount, currency.decimals) + " " + currency.code;
}

std::string countText(std::int64_t count) { return formatMoneyGrouped(count, 0); }

} // namespace crm::cli
