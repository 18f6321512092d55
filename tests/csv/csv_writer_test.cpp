// The CSV writer: quoting, line ends, delimiters, encodings, the formula
// guard, and the temporary file that only a commit renames into place.
#include "crm/csv/csv_writer.h"

#include "../store/temp_db.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace crm::csv {
namespace {

namespace fs = std::filesystem;

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Files in `dir` whose name contains ".tmp-".
int temporaryFiles(const fs::path& dir) {
    int n = 0;
    for (const auto& entry : fs::directory_iterator(dir))
        n += entry.path().filename().string().find(".tmp-") != std::string::npos;
    return n;
}

struct Writer : ::testing::Test {
    fs::path dir;
    fs::path target;
    void SetUp() override {
        dir = crm::test::freshPath("writer-dir");
        fs::remove_all(dir);
        fs::create_directories(dir);
        target = dir / "out.csv";
    }
    void TearDown() override { fs::remove_all(dir); }

    // One row of text cells, then one of number cells.
    std::string write(const std::vector<std::string>& texts,
                      const std::vector<std::string>& numbers, const WriterOptions& options = {}) {
        CsvWriter w(target, options);
        for (const auto& t : texts)
            w.text(t);
        w.endRow();
        for (const auto& n : numbers)
            w.number(n);
        w.endRow();
        w.commit();
        return readFile(target);
    }
};

TEST_F(Writer, QuotesOnlyFieldsThatNeedIt) {
    EXPECT_EQ(write({"plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "semi;colon", ""}, {}),
              "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",semi;colon,\r\n\r\n");
}

TEST_F(Writer, EachDelimiterQuotesItself) {
    WriterOptions o;
    o.delimiter = Delimiter::Semicolon;
    EXPECT_EQ(write({"a;b", "c,d"}, {"1"}, o), "\"a;b\";c,d\r\n1\r\n");
    o.delimiter = Delimiter::Tab;
    EXPECT_EQ(write({"a\tb", "c,d", "e;f"}, {"1", "2"}, o), "\"a\tb\"\tc,d\te;f\r\n1\t2\r\n");
}

TEST_F(Writer, CrlfByDefaultLfOnRequest) {
    EXPECT_EQ(write({"a", "b"}, {"1"}), "a,b\r\n1\r\n");
    WriterOptions o;
    o.lineEnding = LineEnding::Lf;
    EXPECT_EQ(write({"a", "b"}, {"1"}, o), "a,b\n1\n");
}

TEST_F(Writer, FormulaGuardOnTextNeverOnNumbers) {
    EXPECT_EQ(write({"=SUM(A1)", "+86 10", "-x", "@cmd", "\tx", "\rx", "a=b", "'quoted"},
                    {"-12.50", "+3"}),
              "'=SUM(A1),'+86 10,'-x,'@cmd,'\tx,\"'\rx\",a=b,'quoted\r\n-12.50,+3\r\n");
    // Quoted and guarded: the apostrophe goes inside the quotes.
    EXPECT_EQ(formatField("=1,2", true, {}), "\"'=1,2\"");
    EXPECT_EQ(formatField("-12.50", false, {}), "-12.50");
}

TEST_F(Writer, GuardCanBeTurnedOff) {
    WriterOptions o;
    o.formulaGuard = false;
    EXPECT_EQ(write({"=SUM(A1)", "-x"}, {}, o), "=SUM(A1),-x\r\n\r\n");
}

TEST_F(Writer, Utf8BomAndGb18030Bytes) {
    WriterOptions o;
    o.encoding = OutputEncoding::Utf8Bom;
    EXPECT_EQ(write({"张伟"}, {}, o), "\xEF\xBB\xBF张伟\r\n\r\n");
    o.encoding = OutputEncoding::Gb18030;
    EXPECT_EQ(write({"张伟", "a,b"}, {}, o), "\xD5\xC5\xCE\xB0,\"a,b\"\r\n\r\n");
    o.encoding = OutputEncoding::Utf8;
    EXPECT_EQ(write({"张伟"}, {}, o), "张伟\r\n\r\n");
}

TEST_F(Writer, NothingUnderTheTargetNameUntilCommit) {
    std::ofstream(target, std::ios::binary) << "old contents\n";
    {
        CsvWriter w(target, {});
        w.text("new");
        w.endRow();
        EXPECT_EQ(temporaryFiles(dir), 1);
        EXPECT_EQ(readFile(target), "old contents\n");
    } // abandoned: no commit
    EXPECT_EQ(readFile(target), "old contents\n");
    EXPECT_EQ(temporaryFiles(dir), 0);
    write({"new"}, {});
    EXPECT_EQ(readFile(target), "new\r\n\r\n");
    EXPECT_EQ(temporaryFiles(dir), 0);
}

TEST_F(Writer, InvalidTextFailsTheCommitAndKeepsTheOldFile) {
    std::ofstream(target, std::ios::binary) << "old";
    {
        CsvWriter w(target, {});
        w.text("ok");
        w.text("bad \xFF byte");
        w.endRow();
        EXPECT_THROW(w.commit(), EncodingError);
    }
    EXPECT_EQ(readFile(target), "old");
    EXPECT_EQ(temporaryFiles(dir), 0);
}

TEST_F(Writer, UnwritableTargetIsAnError) {
    EXPECT_THROW(CsvWriter(dir / "missing-dir" / "x.csv", {}), Error);
    EXPECT_THROW(CsvWriter(dir, {}), Error); // a directory
}

TEST_F(Writer, LargeOutputIsFlushedInChunksAndComplete) {
    WriterOptions o;
    o.encoding = OutputEncoding::Gb18030;
    std::string expected;
    {
        CsvWriter w(target, o);
        for (int i = 0; i < 100000; ++i) {
            w.text("张伟");
            w.number(std::to_string(i));
            w.endRow();
            expected += "\xD5\xC5\xCE\xB0," + std::to_string(i) + "\r\n";
        }
        w.commit();
        EXPECT_EQ(w.rows(), 100000);
    }
    EXPECT_EQ(readFile(target), expected);
}

TEST(WriterOptionsText, ParseTheCommandLineNames) {
    EXPECT_EQ(parseExportDelimiter("tab"), Delimiter::Tab);
    EXPECT_EQ(parseExportDelimiter("semicolon"), Delimiter::Semicolon);
    EXPECT_FALSE(parseExportDelimiter("pipe"));
    EXPECT_EQ(parseOutputEncoding("utf-8-bom"), OutputEncoding::Utf8Bom);
    EXPECT_EQ(parseOutputEncoding("gb18030"), OutputEncoding::Gb18030);
    EXPECT_FALSE(parseOutputEncoding("latin1"));
    EXPECT_EQ(parseLineEnding("lf"), LineEnding::Lf);
    EXPECT_FALSE(parseLineEnding("cr"));
}

} // namespace
} // namespace crm::csv
