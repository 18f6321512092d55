#pragma once
// Text encodings of CSV files: byte-order marks, strict UTF-8 validation, and
// streaming conversion between UTF-8 and GB18030 / UTF-16 with glibc iconv.
// Everything inside the program is UTF-8; files may be anything of these.
//
// Typical import use:
//     const auto bom = detectBom(firstBytes);          // strip bom->length bytes
//     TextDecoder decoder(bom ? bom->encoding : guess);
//     decoder.convert(chunk, utf8);  // per chunk; throws EncodingError
//     decoder.finish(utf8);          // at end of input
#include "crm/errors.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace crm::csv {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Gb18030 };

// "utf-8", "utf-16le", "utf-16be", "gb18030".
std::string_view toKey(TextEncoding encoding);
// Case-insensitive; also "utf8", "gbk" (read as GB18030, its superset).
std::optional<TextEncoding> parseTextEncoding(std::string_view text);

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
inline constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
inline constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

struct Bom {
    TextEncoding encoding;
    std::size_t length; // bytes to skip
};

// The BOM at the start of `head` (the first bytes of a file; 3 suffice), if any.
std::optional<Bom> detectBom(std::string_view head);

// Offset of the first byte that is not part of well-formed UTF-8 (overlong
// forms, surrogates, code points above U+10FFFF and truncated sequences are
// all invalid); nullopt when `text` is valid UTF-8.
std::optional<std::size_t> findInvalidUtf8(std::string_view text);
inline bool isValidUtf8(std::string_view text) { return !findInvalidUtf8(text); }

// Invalid input: `offset` counts bytes from the start of the stream given to
// the converter (all chunks together), so a caller can name the position.
class EncodingError : public Error {
public:
    EncodingError(TextEncoding encoding, std::uint64_t offset);
    TextEncoding encoding() const { return m_encoding; }
    std::uint64_t offset() const { return m_offset; }

private:
    TextEncoding m_encoding;
    std::uint64_t m_offset;
};

// Streaming conversion from one encoding to another. Chunks may split a
// character anywhere: the incomplete tail is kept for the next chunk.
// Utf8 -> Utf8 validates strictly and copies. Not thread-safe; move-only.
class TextConverter {
public:
    TextConverter(TextEncoding from, TextEncoding to);
    TextConverter(TextConverter&&) noexcept;
    TextConverter& operator=(TextConverter&&) noexcept;
    ~TextConverter();

    // Appends the converted text of `chunk` to `out`; throws EncodingError.
    void convert(std::string_view chunk, std::string& out);
    // End of input: throws EncodingError if a character was left incomplete.
    void finish(std::string& out);
    // Input bytes taken so far (including a kept incomplete tail).
    std::uint64_t bytesIn() const { return m_bytesIn; }

private:
    struct Iconv;
    std::string_view takeValidUtf8(std::string_view data, std::uint64_t base);
    void convertIconv(std::string_view data, std::uint64_t base, std::string& out);

    TextEncoding m_from;
    std::unique_ptr<Iconv> m_iconv; // none for Utf8 -> Utf8
    std::string m_pending;          // incomplete character from the last chunk
    std::uint64_t m_bytesIn = 0;
};

// Convenience for the import side: `from` -> UTF-8.
class TextDecoder : public TextConverter {
public:
    explicit TextDecoder(TextEncoding from) : TextConverter(from, TextEncoding::Utf8) {}
};

// Whole-buffer conversions; throw EncodingError.
std::string decodeToUtf8(std::string_view bytes, TextEncoding from);
std::string encodeFromUtf8(std::string_view utf8, TextEncoding to);

} // namespace crm::csv
