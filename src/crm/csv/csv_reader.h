#pragma once
// Streaming CSV reader over libcsv (RFC 4180: CRLF or LF line ends, quoted
// fields with delimiters, doubled quotes and line breaks inside). Reads the
// file in chunks, so memory stays bounded whatever its size, and yields each
// record with the line of the file it starts on. Decoding and delimiter
// detection happen before the first record (csv_text_input.h, csv_dialect.h).
//
//     CsvReader reader(path, {});
//     CsvRecord record;
//     while (reader.next(record)) use(record.line, record.fields);
#include "crm/csv/text_encoding.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace crm::csv {

struct CsvReadOptions {
    std::optional<char> delimiter;        // nullopt: detect (comma, semicolon, tab)
    std::optional<TextEncoding> encoding; // nullopt: BOM, else UTF-8, else GB18030
    std::size_t chunkBytes = 256 * 1024;
};

struct CsvRecord {
    std::uint64_t line = 0; // where the record starts, from 1
    std::vector<std::string> fields;
};

// "," ";" "tab" or "\t" (and the words comma, semicolon); nullopt otherwise.
std::optional<char> parseDelimiter(std::string_view text);

class CsvReader {
public:
    // Throws CsvError when the file cannot be opened or read as text.
    CsvReader(const std::filesystem::path& path, const CsvReadOptions& options);
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;
    ~CsvReader();

    // The next record (blank lines are skipped); false at the end. Throws
    // CsvError for malformed quoting or undecodable text, naming the line.
    bool next(CsvRecord& record);

    char delimiter() const;
    std::optional<TextEncoding> encoding() const; // nullopt: all ASCII so far
    bool hadBom() const;
    const std::filesystem::path& path() const;
    std::uint64_t bytesRead() const; // of fileSize(): for progress
    std::uint64_t fileSize() const;

private:
    struct Parser;
    bool refill();
    std::unique_ptr<Parser> m_parser;
};

} // namespace crm::csv
