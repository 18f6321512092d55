// BOM detection, strict UTF-8 validation and streaming iconv conversion.
#include "crm/csv/text_encoding.h"

#include <gtest/gtest.h>

namespace crm::csv {
namespace {

const std::string kZhangWeiUtf8 = "\xE5\xBC\xA0\xE4\xBC\x9F"; // 张伟
const std::string kZhangWeiGb = "\xD5\xC5\xCE\xB0";

TEST(TextEncoding, DetectsEachBomAndItsLength) {
    EXPECT_EQ(detectBom("\xEF\xBB\xBF" "a")->encoding, TextEncoding::Utf8);
    EXPECT_EQ(detectBom("\xEF\xBB\xBF" "a")->length, 3u);
    EXPECT_EQ(detectBom("\xFF\xFE" "a")->encoding, TextEncoding::Utf16LE);
    EXPECT_EQ(detectBom("\xFE\xFF" "a")->encoding, TextEncoding::Utf16BE);
    EXPECT_EQ(detectBom("\xFE\xFF")->length, 2u);
    EXPECT_FALSE(detectBom("code,name"));
    EXPECT_FALSE(detectBom("\xEF\xBB"));
    EXPECT_FALSE(detectBom(""));
}

TEST(TextEncoding, StrictUtf8RejectsOverlongSurrogatesAndTruncation) {
    EXPECT_TRUE(isValidUtf8("plain ascii, and 张伟 and \xF0\x9F\x98\x80"));
    EXPECT_EQ(findInvalidUtf8("ab\xC0\xAF"), 2u);         // overlong '/'
    EXPECT_EQ(findInvalidUtf8("\xE0\x80\xAF"), 0u);       // overlong 3-byte
    EXPECT_EQ(findInvalidUtf8("x\xED\xA0\x80"), 1u);      // surrogate D800
    EXPECT_EQ(findInvalidUtf8("\xF4\x90\x80\x80"), 0u);   // above U+10FFFF
    EXPECT_EQ(findInvalidUtf8("12345678\xFF"), 8u);       // after the ASCII fast path
    EXPECT_EQ(findInvalidUtf8("abc\xE5\xBC"), 3u);        // truncated at the end
    EXPECT_EQ(findInvalidUtf8("\xE5\x41\xA0"), 0u);       // bad continuation
}

TEST(TextEncoding, Gb18030BytesOfKnownChineseText) {
    EXPECT_EQ(encodeFromUtf8(kZhangWeiUtf8, TextEncoding::Gb18030), kZhangWeiGb);
    EXPECT_EQ(decodeToUtf8(kZhangWeiGb, TextEncoding::Gb18030), kZhangWeiUtf8);
    // A character outside GBK takes four bytes in GB18030 and still round-trips.
    const std::string emoji = "\xF0\x9F\x98\x80";
    const std::string gb = encodeFromUtf8(emoji, TextEncoding::Gb18030);
    EXPECT_EQ(gb.size(), 4u);
    EXPECT_EQ(decodeToUtf8(gb, TextEncoding::Gb18030), emoji);
}

TEST(TextEncoding, Utf16BothByteOrders) {
    EXPECT_EQ(decodeToUtf8(std::string("\x20\x5F\x1F\x4F", 4), TextEncoding::Utf16LE),
              kZhangWeiUtf8);
    EXPECT_EQ(decodeToUtf8(std::string("\x5F\x20\x4F\x1F", 4), TextEncoding::Utf16BE),
              kZhangWeiUtf8);
    EXPECT_EQ(decodeToUtf8(std::string("a\0,\0", 4), TextEncoding::Utf16LE), "a,");
}

// Feeding one byte at a time splits every character: the result must not change.
TEST(TextEncoding, ChunksMaySplitCharactersAnywhere) {
    const std::string gb = kZhangWeiGb + "ab" + kZhangWeiGb;
    TextDecoder decoder(TextEncoding::Gb18030);
    std::string out;
    for (char c : gb)
        decoder.convert(std::string_view(&c, 1), out);
    decoder.finish(out);
    EXPECT_EQ(out, kZhangWeiUtf8 + "ab" + kZhangWeiUtf8);

    TextConverter identity(TextEncoding::Utf8, TextEncoding::Utf8);
    std::string copy;
    for (char c : out)
        identity.convert(std::string_view(&c, 1), copy);
    identity.finish(copy);
    EXPECT_EQ(copy, out);
}

TEST(TextEncoding, InvalidInputNamesTheStreamOffset) {
    TextDecoder decoder(TextEncoding::Utf8);
    std::string out;
    decoder.convert("0123456789", out);
    try {
        decoder.convert("ab\xFF", out);
        FAIL() << "no error";
    } catch (const EncodingError& e) {
        EXPECT_EQ(e.offset(), 12u);
        EXPECT_EQ(e.encoding(), TextEncoding::Utf8);
        EXPECT_STREQ(e.what(), "invalid utf-8 text at byte 12");
    }
}

TEST(TextEncoding, InvalidGb18030AndUtf16AreReported) {
    try {
        decodeToUtf8("ok\x81\x20", TextEncoding::Gb18030);
        FAIL() << "no error";
    } catch (const EncodingError& e) {
        EXPECT_EQ(e.offset(), 2u);
    }
    // An unpaired high surrogate followed by 'a'.
    EXPECT_THROW(decodeToUtf8(std::string("\x00\xD8\x61\x00", 4), TextEncoding::Utf16LE),
                 EncodingError);
}

TEST(TextEncoding, IncompleteLastCharacterFailsAtFinish) {
    TextDecoder decoder(TextEncoding::Gb18030);
    std::string out;
    decoder.convert("ab\xD5", out);
    EXPECT_EQ(out, "ab");
    try {
        decoder.finish(out);
        FAIL() << "no error";
    } catch (const EncodingError& e) {
        EXPECT_EQ(e.offset(), 2u);
    }
    EXPECT_THROW(decodeToUtf8(std::string("a\0b", 3), TextEncoding::Utf16LE), EncodingError);
    EXPECT_THROW(encodeFromUtf8("x\xE5\xBC", TextEncoding::Gb18030), EncodingError);
}

TEST(TextEncoding, KeysParseBack) {
    for (auto e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
                   TextEncoding::Gb18030})
        EXPECT_EQ(parseTextEncoding(toKey(e)), e);
    EXPECT_EQ(parseTextEncoding("GBK"), TextEncoding::Gb18030);
    EXPECT_EQ(parseTextEncoding("UTF8"), TextEncoding::Utf8);
    EXPECT_FALSE(parseTextEncoding("latin1"));
}

} // namespace
} // namespace crm::csv
