#pragma once
// Streaming RFC 4180 writer for exports: fields holding the delimiter, a
// quote, CR or LF are quoted with embedded quotes doubled; CRLF line ends by
// default. Text cells that a spreadsheet would run as a formula get a leading
// apostrophe (the formula guard); number cells are never guarded, so -12.50
// stays a number. Output goes through an AtomicFile: nothing appears under
// the target name until commit().
#include "crm/csv/atomic_file.h"
#include "crm/csv/text_encoding.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace crm::csv {

enum class Delimiter { Comma, Semicolon, Tab };
enum class LineEnding { Crlf, Lf };
enum class OutputEncoding { Utf8, Utf8Bom, Gb18030 };

char delimiterChar(Delimiter delimiter);
// "comma" | "semicolon" | "tab" (also "," ";" "\t"); "crlf" | "lf";
// "utf-8" | "utf-8-bom" | "gb18030".
std::optional<Delimiter> parseExportDelimiter(std::string_view text);
std::optional<LineEnding> parseLineEnding(std::string_view text);
std::optional<OutputEncoding> parseOutputEncoding(std::string_view text);

// A text cell starting with one of these gets a leading '. The importer
// undoes the guard: a ' followed by one of them is dropped.
inline constexpr std::string_view kFormulaTriggers = "=+-@\t\r";
inline constexpr char kFormulaGuard = '\'';
bool needsFormulaGuard(std::string_view text);

struct WriterOptions {
    Delimiter delimiter = Delimiter::Comma;
    LineEnding lineEnding = LineEnding::Crlf;
    OutputEncoding encoding = OutputEncoding::Utf8;
    bool formulaGuard = true;
};

class CsvWriter {
public:
    // Creates TARGET.tmp-<pid>; throws crm::Error when it cannot.
    CsvWriter(const std::filesystem::path& target, const WriterOptions& options);
    ~CsvWriter(); // without commit(): the temporary file is removed

    void text(std::string_view value);   // guarded when it looks like a formula
    void number(std::string_view value); // as is: never guarded
    void empty();
    void endRow();
    // Flushes, syncs and renames into place. Throws crm::Error, or
    // EncodingError when text cannot be written in the chosen encoding.
    void commit();

    std::int64_t rows() const { return m_rows; }

private:
    void separate();
    void appendQuoted(std::string_view prefix, std::string_view value);
    void flush();

    WriterOptions m_options;
    char m_delimiter;
    AtomicFile m_file;
    std::optional<TextConverter> m_converter; // GB18030 only
    std::string m_buffer;                     // whole rows of UTF-8
    std::string m_encoded;
    std::uint64_t m_flushedUtf8 = 0;
    bool m_rowStarted = false;
    std::int64_t m_rows = 0;
};

// One field as the writer would write it (for tests and previews).
std::string formatField(std::string_view value, bool isText, const WriterOptions& options);

} // namespace crm::csv
