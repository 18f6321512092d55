#include "crm/csv/text_encoding.h"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

namespace crm::csv {

namespace {

unsigned char byteAt(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

// A lead byte's sequence length and the range its second byte must fall in;
// the narrow ranges exclude overlong forms, surrogates and > U+10FFFF.
struct Lead {
    std::size_t length;
    unsigned char low;
    unsigned char high;
};

Lead leadOf(unsigned char b) {
    if (b >= 0xC2 && b <= 0xDF) return {2, 0x80, 0xBF};
    if (b == 0xE0) return {3, 0xA0, 0xBF};
    if (b == 0xED) return {3, 0x80, 0x9F};
    if (b >= 0xE1 && b <= 0xEF) return {3, 0x80, 0xBF};
    if (b == 0xF0) return {4, 0x90, 0xBF};
    if (b >= 0xF1 && b <= 0xF3) return {4, 0x80, 0xBF};
    if (b == 0xF4) return {4, 0x80, 0x8F};
    return {0, 0, 0};
}

enum class Utf8Status { Valid, Truncated, Invalid };

struct Utf8Scan {
    std::size_t end; // valid prefix
    Utf8Status status;
};

std::size_t skipAscii(std::string_view s, std::size_t i) {
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    for (std::uint64_t word = 0; i + 8 <= s.size(); i += 8) {
        std::memcpy(&word, s.data() + i, 8);
        if (word & kHighBits)
            break;
    }
    while (i < s.size() && byteAt(s, i) < 0x80)
        ++i;
    return i;
}

// Status of the one multi-byte sequence starting at i.
Utf8Status checkSequence(std::string_view s, std::size_t i, const Lead& lead) {
    if (lead.length == 0)
        return Utf8Status::Invalid;
    for (std::size_t k = 1; k < lead.length; ++k) {
        if (i + k >= s.size())
            return Utf8Status::Truncated;
        const unsigned char c = byteAt(s, i + k);
        if (c < (k == 1 ? lead.low : 0x80) || c > (k == 1 ? lead.high : 0xBF))
            return Utf8Status::Invalid;
    }
    return Utf8Status::Valid;
}

Utf8Scan scanUtf8(std::string_view s) {
    std::size_t i = skipAscii(s, 0);
    while (i < s.size()) {
        const Lead lead = leadOf(byteAt(s, i));
        if (const auto status = checkSequence(s, i, lead); status != Utf8Status::Valid)
            return {i, status};
        i = skipAscii(s, i + lead.length);
    }
    return {s.size(), Utf8Status::Valid};
}

const char* iconvName(TextEncoding e) {
    switch (e) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf16LE: return "UTF-16LE";
    case TextEncoding::Utf16BE: return "UTF-16BE";
    case TextEncoding::Gb18030: return "GB18030";
    }
    return "UTF-8";
}

std::string lowerAscii(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

std::string_view toKey(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8: return "utf-8";
    case TextEncoding::Utf16LE: return "utf-16le";
    case TextEncoding::Utf16BE: return "utf-16be";
    case TextEncoding::Gb18030: return "gb18030";
    }
    return "utf-8";
}

std::optional<TextEncoding> parseTextEncoding(std::string_view text) {
    const std::string key = lowerAscii(text);
    if (key == "utf-8" || key == "utf8") return TextEncoding::Utf8;
    if (key == "utf-16le" || key == "utf16le") return TextEncoding::Utf16LE;
    if (key == "utf-16be" || key == "utf16be") return TextEncoding::Utf16BE;
    if (key == "gb18030" || key == "gbk" || key == "gb2312") return TextEncoding::Gb18030;
    return std::nullopt;
}

std::optional<Bom> detectBom(std::string_view head) {
    if (head.starts_with(kUtf8Bom)) return Bom{TextEncoding::Utf8, kUtf8Bom.size()};
    if (head.starts_with(kUtf16LeBom)) return Bom{TextEncoding::Utf16LE, kUtf16LeBom.size()};
    if (head.starts_with(kUtf16BeBom)) return Bom{TextEncoding::Utf16BE, kUtf16BeBom.size()};
    return std::nullopt;
}

std::optional<std::size_t> findInvalidUtf8(std::string_view text) {
    const Utf8Scan scan = scanUtf8(text);
    if (scan.status == Utf8Status::Valid)
        return std::nullopt;
    return scan.end;
}

EncodingError::EncodingError(TextEncoding encoding, std::uint64_t offset)
    : Error("invalid " + std::string(toKey(encoding)) + " text at byte " + std::to_string(offset)),
      m_encoding(encoding), m_offset(offset) {}

struct TextConverter::Iconv {
    iconv_t handle;
    Iconv(TextEncoding from, TextEncoding to) : handle(iconv_open(iconvName(to), iconvName(from))) {
        if (handle == reinterpret_cast<iconv_t>(-1))
            throw Error(std::string("iconv cannot convert ") + iconvName(from) + " to " +
                        iconvName(to));
    }
    ~Iconv() { iconv_close(handle); }
    Iconv(const Iconv&) = delete;
    Iconv& operator=(const Iconv&) = delete;
};

TextConverter::TextConverter(TextEncoding from, TextEncoding to) : m_from(from) {
    if (from != TextEncoding::Utf8 || to != TextEncoding::Utf8)
        m_iconv = std::make_unique<Iconv>(from, to);
}

TextConverter::TextConverter(TextConverter&&) noexcept = default;
TextConverter& TextConverter::operator=(TextConverter&&) noexcept = default;
TextConverter::~TextConverter() = default;

void TextConverter::convert(std::string_view chunk, std::string& out) {
    const std::uint64_t base = m_bytesIn - m_pending.size();
    m_bytesIn += chunk.size();
    std::string joined;
    std::string_view data = chunk;
    if (!m_pending.empty()) {
        joined = m_pending + std::string(chunk);
        m_pending.clear();
        data = joined;
    }
    if (m_from == TextEncoding::Utf8)
        data = takeValidUtf8(data, base);
    if (m_iconv)
        convertIconv(data, base, out);
    else
        out.append(data);
}

// UTF-8 input is checked here even when iconv converts it: glibc's decoder is
// more lenient than the Unicode definition of well-formed UTF-8. Keeps an
// incomplete last character for the next chunk.
std::string_view TextConverter::takeValidUtf8(std::string_view data, std::uint64_t base) {
    const Utf8Scan scan = scanUtf8(data);
    if (scan.status == Utf8Status::Invalid)
        throw EncodingError(TextEncoding::Utf8, base + scan.end);
    m_pending.assign(data.substr(scan.end));
    return data.substr(0, scan.end);
}

void TextConverter::convertIconv(std::string_view data, std::uint64_t base, std::string& out) {
    char* in = const_cast<char*>(data.data()); // iconv's signature; it does not write there
    std::size_t inLeft = data.size();
    while (inLeft > 0) {
        const std::size_t start = out.size();
        out.resize(start + 2 * inLeft + 16);
        char* o = out.data() + start;
        std::size_t outLeft = out.size() - start;
        const std::size_t result = iconv(m_iconv->handle, &in, &inLeft, &o, &outLeft);
        const int error = errno;
        out.resize(static_cast<std::size_t>(o - out.data()));
        if (result != static_cast<std::size_t>(-1) || error == E2BIG)
            continue;
        if (error == EINVAL) { // incomplete character at the end of the chunk
            m_pending.assign(in, inLeft);
            return;
        }
        throw EncodingError(m_from, base + static_cast<std::uint64_t>(in - data.data()));
    }
}

void TextConverter::finish(std::string& out) {
    if (!m_pending.empty())
        throw EncodingError(m_from, m_bytesIn - m_pending.size());
    (void)out; // none of our target encodings has shift state to flush
}

std::string decodeToUtf8(std::string_view bytes, TextEncoding from) {
    TextConverter converter(from, TextEncoding::Utf8);
    std::string out;
    converter.convert(bytes, out);
    converter.finish(out);
    return out;
}

std::string encodeFromUtf8(std::string_view utf8, TextEncoding to) {
    TextConverter converter(TextEncoding::Utf8, to);
    std::string out;
    converter.convert(utf8, out);
    converter.finish(out);
    return out;
}

} // namespace crm::csv
