#pragma once
// The text of a CSV file as UTF-8, read in chunks so memory does not grow
// with the file: strips a byte-order mark, then decodes the encoding the BOM
// names, the one the user chose, or the one detected (strict UTF-8, else
// GB18030; UTF-16 without a BOM is recognised by its zero bytes).
#include "crm/csv/text_encoding.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

namespace crm::csv {

class CsvTextInput {
public:
    // `encoding` nullopt: detect. Throws CsvError when the file cannot be opened.
    CsvTextInput(const std::filesystem::path& path, std::optional<TextEncoding> encoding,
                 std::size_t chunkBytes);

    // Replaces `out` with the next piece of UTF-8 text; false at the end of
    // the file. Throws CsvError naming the line of undecodable or binary bytes.
    bool read(std::string& out);

    // The encoding in use; nullopt while everything read so far was ASCII.
    std::optional<TextEncoding> encoding() const { return m_encoding; }
    bool hadBom() const { return m_hadBom; }
    std::uint64_t bytesRead() const { return m_bytesRead; }
    std::uint64_t fileSize() const { return m_fileSize; }
    const std::filesystem::path& path() const { return m_path; }

private:
    bool readRaw(std::string& raw);
    void startDecoding(std::string& raw);
    void decide(std::string_view raw);
    void decode(std::string_view raw, std::string& out);
    [[noreturn]] void failAt(std::uint64_t offset, const std::string& what) const;
    void rejectNul(const std::string& text) const;

    std::filesystem::path m_path;
    std::ifstream m_file;
    std::size_t m_chunkBytes;
    std::uint64_t m_fileSize = 0;
    std::uint64_t m_bytesRead = 0;
    std::optional<TextEncoding> m_encoding;
    std::optional<TextDecoder> m_decoder;
    std::uint64_t m_decoderStart = 0; // file offset of the decoder's first byte
    std::uint64_t m_linesBefore = 0;    // newlines in the text already returned
    std::uint64_t m_chunkStart = 0;     // file offset of the current raw chunk
    std::string m_chunk;                // the current raw chunk (for error lines)
    bool m_started = false;
    bool m_hadBom = false;
    bool m_detected = false; // the encoding was guessed from non-ASCII bytes
    bool m_finished = false;
};

// Line of the file at byte `offset` of `chunk`, given the lines before it.
std::uint64_t lineAt(std::string_view chunk, std::size_t offset, std::uint64_t newlinesBefore);

} // namespace crm::csv
