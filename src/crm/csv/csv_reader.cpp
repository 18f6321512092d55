#include "crm/csv/csv_reader.h"

#include "crm/csv/csv_dialect.h"
#include "crm/csv/csv_error.h"
#include "crm/csv/csv_text_input.h"

#include <csv.h>

#include <algorithm>
#include <cctype>
#include <deque>

namespace crm::csv {

namespace {

// libcsv trims spaces and tabs around unquoted fields by default; values are
// kept exactly as written (the importer trims the fields where it matters).
int neverSpace(unsigned char) { return 0; }

// Line breaks inside a field: LF, CRLF and a lone CR each count once.
std::uint64_t lineBreaks(const char* data, std::size_t size) {
    std::uint64_t n = 0;
    for (std::size_t i = 0; i < size; ++i)
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n')))
            ++n;
    return n;
}

} // namespace

std::optional<char> parseDelimiter(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "," || lower == "comma")
        return ',';
    if (lower == ";" || lower == "semicolon")
        return ';';
    if (lower == "\t" || lower == "tab" || lower == "\\t")
        return '\t';
    return std::nullopt;
}

// libcsv's state with the records it has completed and not yet handed out.
struct CsvReader::Parser {
    CsvTextInput input;
    csv_parser csv{};
    char delimiter = ',';
    std::string text;                 // the current decoded chunk
    std::deque<CsvRecord> ready;      // records completed by the last chunk
    CsvRecord current;                // the record being assembled
    std::uint64_t line = 1;           // line of the next byte libcsv looks at
    bool afterCr = false;             // the last line end was a CR (CRLF pending)
    bool done = false;

    Parser(const std::filesystem::path& path, const CsvReadOptions& options)
        : input(path, options.encoding, options.chunkBytes) {
        if (csv_init(&csv, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0)
            throw CsvError(path, 0, "out of memory");
        csv_set_space_func(&csv, neverSpace);
        csv_set_blk_size(&csv, 4096);
        if (input.read(text))
            delimiter = options.delimiter.value_or(detectDelimiter(text));
        else
            done = true;
        csv_set_delim(&csv, static_cast<unsigned char>(delimiter));
    }
    ~Parser() { csv_free(&csv); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    static void onField(void* data, std::size_t size, void* self) {
        auto& p = *static_cast<Parser*>(self);
        if (p.current.fields.empty())
            p.current.line = p.line;
        p.afterCr = false;
        const char* bytes = static_cast<const char*>(data);
        p.current.fields.emplace_back(bytes ? bytes : "", bytes ? size : 0);
        p.line += lineBreaks(bytes ? bytes : "", bytes ? size : 0);
    }
    // c: the CR or LF that ended the record, -1 at the end of the file. With
    // CSV_REPALL_NL every line end outside quotes comes here, blank lines too.
    static void onRecordEnd(int c, void* self) {
        auto& p = *static_cast<Parser*>(self);
        const bool lfOfCrlf = c == '\n' && p.afterCr && p.current.fields.empty();
        if ((c == '\n' || c == '\r') && !lfOfCrlf)
            ++p.line;
        p.afterCr = c == '\r';
        if (!p.current.fields.empty())
            p.ready.push_back(std::move(p.current));
        p.current = CsvRecord{};
    }

    [[noreturn]] void fail() const {
        throw CsvError(input.path(), current.fields.empty() ? line : current.line,
                       "malformed quoting (a quote inside an unquoted field, text after a "
                       "closing quote, or a quoted field that never ends)");
    }
    void parse() {
        const std::size_t used = csv_parse(&csv, text.data(), text.size(), onField,
                                           onRecordEnd, this);
        if (used != text.size())
            fail();
    }
    void finish() {
        if (csv_fini(&csv, onField, onRecordEnd, this) != 0)
            fail();
        done = true;
    }
};

CsvReader::CsvReader(const std::filesystem::path& path, const CsvReadOptions& options)
    : m_parser(std::make_unique<Parser>(path, options)) {
    if (!m_parser->done)
        m_parser->parse(); // the chunk read to detect the delimiter
}

CsvReader::~CsvReader() = default;

bool CsvReader::next(CsvRecord& record) {
    while (m_parser->ready.empty()) {
        if (!refill())
            return false;
    }
    record = std::move(m_parser->ready.front());
    m_parser->ready.pop_front();
    return true;
}

bool CsvReader::refill() {
    Parser& p = *m_parser;
    if (p.done)
        return false;
    if (p.input.read(p.text))
        p.parse();
    else
        p.finish();
    return true;
}

char CsvReader::delimiter() const { return m_parser->delimiter; }
std::optional<TextEncoding> CsvReader::encoding() const { return m_parser->input.encoding(); }
bool CsvReader::hadBom() const { return m_parser->input.hadBom(); }
const std::filesystem::path& CsvReader::path() const { return m_parser->input.path(); }
std::uint64_t CsvReader::bytesRead() const { return m_parser->input.bytesRead(); }
std::uint64_t CsvReader::fileSize() const { return m_parser->input.fileSize(); }

} // namespace crm::csv
