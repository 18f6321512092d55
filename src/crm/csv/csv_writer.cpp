#include "crm/csv/csv_writer.h"

#include <array>

namespace crm::csv {

namespace {

constexpr std::size_t kFlushBytes = 1 << 18;

// Bytes that force quoting, per delimiter: the delimiter, '"', CR, LF.
std::array<bool, 256> quoteTable(char delimiter) {
    std::array<bool, 256> table{};
    for (char c : {delimiter, '"', '\r', '\n'})
        table[static_cast<unsigned char>(c)] = true;
    return table;
}

bool needsQuotes(std::string_view value, char delimiter) {
    static const auto comma = quoteTable(',');
    static const auto semicolon = quoteTable(';');
    static const auto tab = quoteTable('\t');
    const auto& table = delimiter == ',' ? comma : delimiter == ';' ? semicolon : tab;
    for (char c : value)
        if (table[static_cast<unsigned char>(c)])
            return true;
    return false;
}

} // namespace

char delimiterChar(Delimiter delimiter) {
    switch (delimiter) {
    case Delimiter::Comma: return ',';
    case Delimiter::Semicolon: return ';';
    case Delimiter::Tab: return '\t';
    }
    return ',';
}

std::optional<Delimiter> parseExportDelimiter(std::string_view text) {
    if (text == "comma" || text == ",") return Delimiter::Comma;
    if (text == "semicolon" || text == ";") return Delimiter::Semicolon;
    if (text == "tab" || text == "\t") return Delimiter::Tab;
    return std::nullopt;
}

std::optional<LineEnding> parseLineEnding(std::string_view text) {
    if (text == "crlf") return LineEnding::Crlf;
    if (text == "lf") return LineEnding::Lf;
    return std::nullopt;
}

std::optional<OutputEncoding> parseOutputEncoding(std::string_view text) {
    if (text == "utf-8" || text == "utf8") return OutputEncoding::Utf8;
    if (text == "utf-8-bom" || text == "utf8-bom") return OutputEncoding::Utf8Bom;
    if (text == "gb18030") return OutputEncoding::Gb18030;
    return std::nullopt;
}

bool needsFormulaGuard(std::string_view text) {
    return !text.empty() && kFormulaTriggers.find(text.front()) != std::string_view::npos;
}

CsvWriter::CsvWriter(const std::filesystem::path& target, const WriterOptions& options)
    : m_options(options), m_delimiter(delimiterChar(options.delimiter)), m_file(target) {
    if (options.encoding == OutputEncoding::Gb18030)
        m_converter.emplace(TextEncoding::Utf8, TextEncoding::Gb18030);
    if (options.encoding == OutputEncoding::Utf8Bom)
        m_file.write(kUtf8Bom);
    m_buffer.reserve(kFlushBytes + 4096);
}

CsvWriter::~CsvWriter() = default;

void CsvWriter::separate() {
    if (m_rowStarted)
        m_buffer.push_back(m_delimiter);
    m_rowStarted = true;
}

void CsvWriter::appendQuoted(std::string_view prefix, std::string_view value) {
    m_buffer.push_back('"');
    m_buffer.append(prefix); // the guard: never a quote
    for (char c : value) {
        if (c == '"')
            m_buffer.push_back('"');
        m_buffer.push_back(c);
    }
    m_buffer.push_back('"');
}

void CsvWriter::text(std::string_view value) {
    separate();
    const bool guard = m_options.formulaGuard && needsFormulaGuard(value);
    const std::string_view prefix = guard ? std::string_view(&kFormulaGuard, 1) : "";
    if (needsQuotes(value, m_delimiter)) {
        appendQuoted(prefix, value);
        return;
    }
    m_buffer.append(prefix);
    m_buffer.append(value);
}

void CsvWriter::number(std::string_view value) {
    separate();
    if (needsQuotes(value, m_delimiter))
        appendQuoted("", value);
    else
        m_buffer.append(value);
}

void CsvWriter::empty() { separate(); }

void CsvWriter::endRow() {
    if (m_options.lineEnding == LineEnding::Crlf)
        m_buffer.push_back('\r');
    m_buffer.push_back('\n');
    m_rowStarted = false;
    ++m_rows;
    if (m_buffer.size() >= kFlushBytes)
        flush();
}

// The buffer holds whole rows, so whole characters: UTF-8 is checked here
// (a file that says UTF-8 must be UTF-8), GB18030 converted.
void CsvWriter::flush() {
    if (m_converter) {
        m_encoded.clear();
        m_converter->convert(m_buffer, m_encoded);
        m_file.write(m_encoded);
    } else {
        if (const auto bad = findInvalidUtf8(m_buffer))
            throw EncodingError(TextEncoding::Utf8, m_flushedUtf8 + *bad);
        m_file.write(m_buffer);
    }
    m_flushedUtf8 += m_buffer.size();
    m_buffer.clear();
}

void CsvWriter::commit() {
    if (m_rowStarted)
        endRow();
    flush();
    if (m_converter)
        m_converter->finish(m_encoded);
    m_file.commit();
}

std::string formatField(std::string_view value, bool isText, const WriterOptions& options) {
    const char delimiter = delimiterChar(options.delimiter);
    std::string field;
    if (isText && options.formulaGuard && needsFormulaGuard(value))
        field.push_back(kFormulaGuard);
    field.append(value);
    if (!needsQuotes(field, delimiter))
        return field;
    std::string quoted = "\"";
    for (char c : field) {
        if (c == '"')
            quoted.push_back('"');
        quoted.push_back(c);
    }
    return quoted + "\"";
}

} // namespace crm::csv
