// The streaming reader on the committed test files: encodings, delimiters,
// quoting, line numbers, and clear errors for files that are not tables.
#include "crm/csv/csv_dialect.h"
#include "crm/csv/csv_error.h"
#include "crm/csv/csv_reader.h"

#include <gtest/gtest.h>

#include <fstream>

namespace crm::csv {
namespace {

std::filesystem::path data(const std::string& name) {
    return std::filesystem::path(CRM_TEST_DATA_DIR) / "csv" / name;
}

std::vector<CsvRecord> readAll(const std::filesystem::path& path, CsvReadOptions options = {}) {
    CsvReader reader(path, options);
    std::vector<CsvRecord> records;
    CsvRecord r;
    while (reader.next(r))
        records.push_back(r);
    return records;
}

std::string errorOf(const std::filesystem::path& path, CsvReadOptions options = {}) {
    try {
        readAll(path, options);
    } catch (const CsvError& e) {
        return e.what();
    }
    return "no error";
}

const std::vector<std::string> kCustomerRow1{"C-001", "北京星辰科技有限公司", "org", "软件",
                                             "北京", "info@xingchen.cn", "010-65528899",
                                             "2024-03-01"};

class EncodingFiles : public ::testing::TestWithParam<std::pair<const char*, TextEncoding>> {};

TEST_P(EncodingFiles, DecodeToTheSameRecords) {
    const auto [file, encoding] = GetParam();
    CsvReader reader(data(file), {});
    CsvRecord r;
    ASSERT_TRUE(reader.next(r));
    EXPECT_EQ(r.fields.front(), "customer_id"); // the BOM is gone
    ASSERT_TRUE(reader.next(r));
    EXPECT_EQ(r.fields, kCustomerRow1);
    EXPECT_EQ(r.line, 2u);
    ASSERT_TRUE(reader.next(r));
    EXPECT_EQ(r.fields[1], "Zoë Müller");
    EXPECT_FALSE(reader.next(r));
    EXPECT_EQ(reader.encoding(), encoding);
}

INSTANTIATE_TEST_SUITE_P(
    Csv, EncodingFiles,
    ::testing::Values(std::pair{"customers_utf8.csv", TextEncoding::Utf8},
                      std::pair{"customers_utf8_bom.csv", TextEncoding::Utf8},
                      std::pair{"customers_utf16le_bom.csv", TextEncoding::Utf16LE},
                      std::pair{"customers_utf16be_bom.csv", TextEncoding::Utf16BE},
                      std::pair{"customers_utf16le_nobom.csv", TextEncoding::Utf16LE}));

TEST(CsvReader, Gb18030IsDetectedWhenNotUtf8) {
    const auto records = readAll(data("customers_gb18030.csv"));
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[0].fields[0], "客户编号");
    EXPECT_EQ(records[1].fields[1], "上海明月贸易有限公司");
    EXPECT_EQ(records[2].fields[1], "张伟");
}

TEST(CsvReader, ForcedEncodingOverridesDetection) {
    CsvReadOptions options;
    options.encoding = TextEncoding::Utf8;
    EXPECT_NE(errorOf(data("customers_gb18030.csv"), options).find(":1: not valid utf-8 text (see --encoding)"),
              std::string::npos);
}

TEST(CsvReader, SemicolonAndTabAreDetectedPastQuotedDelimiters) {
    const auto semi = readAll(data("customers_semicolon.csv"));
    ASSERT_EQ(semi.size(), 3u);
    EXPECT_EQ(semi[1].fields, (std::vector<std::string>{"C-201", "Dupont; Fils", "Lyon", "a, b"}));
    const auto tab = readAll(data("customers_tab.csv"));
    ASSERT_EQ(tab.size(), 3u);
    EXPECT_EQ(tab[1].fields, (std::vector<std::string>{"C-301", "Tab, Inc", "Berlin"}));
    EXPECT_EQ(tab[2].fields[2], " Hamburg "); // values are kept as written
}

TEST(CsvReader, DelimiterOverride) {
    CsvReadOptions options;
    options.delimiter = ';';
    const auto records = readAll(data("customers_utf8.csv"), options);
    EXPECT_EQ(records[0].fields,
              (std::vector<std::string>{"customer_id,name,kind,industry,region,email,phone,created_on"}));
    options.delimiter = ','; // "Dupont; Fils" is then a quote inside an unquoted field
    EXPECT_NE(errorOf(data("customers_semicolon.csv"), options).find(":2: malformed quoting"),
              std::string::npos);
}

TEST(CsvReader, QuotedNewlinesAndQuotesKeepLineNumbers) {
    const auto records = readAll(data("customers_quoted.csv"));
    ASSERT_EQ(records.size(), 4u);
    EXPECT_EQ(records[1].fields[1], "Say \"hi\" Co");
    EXPECT_EQ(records[1].fields[2], "line one\r\nline two\r\nline three");
    EXPECT_EQ(records[1].line, 2u);
    EXPECT_EQ(records[2].line, 5u);
    EXPECT_EQ(records[3].line, 7u); // after a blank line
    EXPECT_EQ(records[3].fields[2], "multi\nline");
}

TEST(CsvReader, TinyChunksGiveTheSameRecords) {
    for (const char* file : {"customers_quoted.csv", "customers_gb18030.csv",
                             "customers_utf16be_bom.csv", "customers_utf8_bom.csv"}) {
        CsvReadOptions small;
        small.chunkBytes = 16;
        const auto a = readAll(data(file));
        const auto b = readAll(data(file), small);
        ASSERT_EQ(a.size(), b.size()) << file;
        for (std::size_t i = 0; i < a.size(); ++i) {
            EXPECT_EQ(a[i].fields, b[i].fields) << file;
            EXPECT_EQ(a[i].line, b[i].line) << file;
        }
    }
}

TEST(CsvReader, RaggedRowsAreYieldedAsTheyAre) {
    const auto records = readAll(data("customers_ragged.csv"));
    ASSERT_EQ(records.size(), 5u);
    EXPECT_EQ(records[2].fields.size(), 2u);
    EXPECT_EQ(records[3].fields.size(), 4u);
}

TEST(CsvReader, EmptyAndZeroByteFilesHaveNoRecords) {
    EXPECT_TRUE(readAll(data("zero_bytes.csv")).empty());
    const auto blank = readAll(data("empty.csv"));
    ASSERT_EQ(blank.size(), 1u); // "  " is a record of one field: the importer sees it blank
    EXPECT_EQ(blank[0].line, 3u);
}

TEST(CsvReader, BinaryGarbageIsRefusedClearly) {
    const std::string error = errorOf(data("binary_garbage.bin"));
    EXPECT_NE(error.find("binary_garbage.bin"), std::string::npos) << error;
    EXPECT_TRUE(error.find("NUL byte") != std::string::npos ||
                error.find("neither UTF-8 nor GB18030") != std::string::npos ||
                error.find("malformed") != std::string::npos)
        << error;
}

TEST(CsvReader, MalformedQuotingNamesTheLine) {
    const std::string error = errorOf(data("malformed_quote.csv"));
    EXPECT_NE(error.find("malformed_quote.csv:2: malformed quoting"), std::string::npos) << error;
}

TEST(CsvReader, MissingFileAndDirectory) {
    EXPECT_NE(errorOf(data("no-such-file.csv")).find("cannot be opened"), std::string::npos);
    EXPECT_NE(errorOf(data("")).find("is a directory"), std::string::npos);
}

TEST(CsvReader, UnterminatedQuoteAtEndOfFile) {
    const auto path = std::filesystem::path(CRM_TEST_TMP_DIR) / "unterminated.csv";
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << "a,b\n1,\"never\nends";
    EXPECT_NE(errorOf(path).find("unterminated.csv:2: malformed"), std::string::npos)
        << errorOf(path);
}

TEST(DelimiterDetection, CountsOutsideQuotesAndPrefersConsistency) {
    EXPECT_EQ(detectDelimiter("a,b,c\n1,2,3\n"), ',');
    EXPECT_EQ(detectDelimiter("a;b;c\n\"1,5\";\"2,5\";3\n"), ';');
    EXPECT_EQ(detectDelimiter("a\tb\n\"x;y;z\"\t1\n"), '\t');
    // two commas per line inside quotes, one semicolon outside: semicolon
    EXPECT_EQ(detectDelimiter("name;note\n\"a,b,c\";\"d,e,f\"\n\"g,h,i\";x\n"), ';');
    EXPECT_EQ(detectDelimiter("single"), ',');
    EXPECT_EQ(detectDelimiter("a;b"), ';');
    EXPECT_EQ(parseDelimiter("tab"), '\t');
    EXPECT_EQ(parseDelimiter(";"), ';');
    EXPECT_FALSE(parseDelimiter("|"));
}

} // namespace
} // namespace crm::csv
