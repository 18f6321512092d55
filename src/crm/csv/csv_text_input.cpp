#include "crm/csv/csv_text_input.h"

#include "crm/csv/csv_error.h"

#include <algorithm>
#include <cstring>

namespace crm::csv {

namespace {

std::uint64_t countNewlines(std::string_view text) {
    return static_cast<std::uint64_t>(std::count(text.begin(), text.end(), '\n'));
}

// UTF-16 without a BOM: ASCII-range text has a zero byte in every other
// position. Looks at the first 512 bytes.
std::optional<TextEncoding> guessUtf16(std::string_view head) {
    const std::size_t n = std::min<std::size_t>(head.size(), 512) & ~std::size_t{1};
    if (n < 4)
        return std::nullopt;
    std::size_t zeroEven = 0;
    std::size_t zeroOdd = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        zeroEven += head[i] == '\0' ? 1 : 0;
        zeroOdd += head[i + 1] == '\0' ? 1 : 0;
    }
    const std::size_t pairs = n / 2;
    if (zeroOdd * 10 >= pairs * 4 && zeroEven == 0)
        return TextEncoding::Utf16LE;
    if (zeroEven * 10 >= pairs * 4 && zeroOdd == 0)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

bool hasNonAscii(std::string_view raw) {
    return std::any_of(raw.begin(), raw.end(),
                       [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Strict UTF-8 up to the last complete line of the chunk (or all of it when
// the only fault is a character cut by the chunk's end): UTF-8, else GB18030.
TextEncoding detectEncoding(std::string_view raw) {
    const auto lastNewline = raw.rfind('\n');
    const std::string_view sample =
        lastNewline == std::string_view::npos ? raw : raw.substr(0, lastNewline + 1);
    const auto invalid = findInvalidUtf8(sample);
    const bool cutAtEnd = invalid && lastNewline == std::string_view::npos &&
                          *invalid + 4 > sample.size() && !findInvalidUtf8(sample.substr(0, *invalid));
    return !invalid || cutAtEnd ? TextEncoding::Utf8 : TextEncoding::Gb18030;
}

} // namespace

std::uint64_t lineAt(std::string_view chunk, std::size_t offset, std::uint64_t newlinesBefore) {
    return newlinesBefore + countNewlines(chunk.substr(0, std::min(offset, chunk.size()))) + 1;
}

CsvTextInput::CsvTextInput(const std::filesystem::path& path,
                           std::optional<TextEncoding> encoding, std::size_t chunkBytes)
    : m_path(path), m_chunkBytes(std::max<std::size_t>(chunkBytes, 16)), m_encoding(encoding) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw CsvError(path, 0, "is a directory, not a CSV file");
    m_file.open(path, std::ios::binary);
    if (!m_file)
        throw CsvError(path, 0, std::string("cannot be opened: ") + std::strerror(errno));
    const auto size = std::filesystem::file_size(path, ec);
    m_fileSize = ec ? 0 : static_cast<std::uint64_t>(size);
}

bool CsvTextInput::read(std::string& out) {
    out.clear();
    while (!m_finished) {
        m_chunkStart = m_bytesRead;
        if (!readRaw(m_chunk)) {
            m_finished = true;
            if (m_decoder) {
                try {
                    m_decoder->finish(out);
                } catch (const EncodingError& e) {
                    failAt(m_decoderStart + e.offset(), "the file ends inside a character");
                }
            }
            break;
        }
        if (!m_started)
            startDecoding(m_chunk);
        decode(m_chunk, out);
        rejectNul(out);
        m_linesBefore += countNewlines(out);
        if (!out.empty())
            return true;
    }
    return !out.empty();
}

bool CsvTextInput::readRaw(std::string& raw) {
    raw.resize(m_chunkBytes);
    m_file.read(raw.data(), static_cast<std::streamsize>(raw.size()));
    const auto got = static_cast<std::size_t>(m_file.gcount());
    if (m_file.bad())
        throw CsvError(m_path, 0, "read error");
    raw.resize(got);
    m_bytesRead += got;
    return got > 0;
}

// The first chunk: a BOM decides (and is dropped), then the user's choice,
// then a look for UTF-16; ASCII-compatible text is decided later.
void CsvTextInput::startDecoding(std::string& raw) {
    m_started = true;
    if (const auto bom = detectBom(raw)) {
        m_hadBom = true;
        m_encoding = bom->encoding;
        raw.erase(0, bom->length);
        m_chunkStart += bom->length;
    } else if (!m_encoding) {
        m_encoding = guessUtf16(raw);
    }
    if (m_encoding) {
        m_decoder.emplace(*m_encoding);
        m_decoderStart = m_chunkStart;
    }
}

void CsvTextInput::decide(std::string_view raw) {
    if (!hasNonAscii(raw))
        return; // ASCII reads the same in every candidate: decide later
    m_encoding = detectEncoding(raw);
    m_detected = true;
    m_decoder.emplace(*m_encoding);
    m_decoderStart = m_chunkStart;
}

void CsvTextInput::decode(std::string_view raw, std::string& out) {
    if (!m_decoder)
        decide(raw);
    if (!m_decoder) {
        out.append(raw);
        return;
    }
    try {
        m_decoder->convert(raw, out);
    } catch (const EncodingError& e) {
        failAt(m_decoderStart + e.offset(), m_detected
                                                ? "neither UTF-8 nor GB18030 text (binary data?)"
                                                : "not valid " + std::string(toKey(*m_encoding)) +
                                                      " text (see --encoding)");
    }
}

[[noreturn]] void CsvTextInput::failAt(std::uint64_t offset, const std::string& what) const {
    const bool utf16 =
        m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE;
    if (utf16)
        throw CsvError(m_path, 0, what + " at byte " + std::to_string(offset));
    const std::uint64_t inChunk = offset > m_chunkStart ? offset - m_chunkStart : 0;
    throw CsvError(m_path, lineAt(m_chunk, static_cast<std::size_t>(inChunk), m_linesBefore),
                   what);
}

void CsvTextInput::rejectNul(const std::string& text) const {
    const auto nul = text.find('\0');
    if (nul == std::string::npos)
        return;
    throw CsvError(m_path, lineAt(text, nul, m_linesBefore),
                   "contains a NUL byte: this is not a text file (binary data?)");
}

} // namespace crm::csv
