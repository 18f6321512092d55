// Files generated here (never committed): the reader keeps its memory
// bounded over 1 million rows, and the importer takes a large file in one
// unit of work.
#include "import_fixture.h"

#include "crm/csv/csv_reader.h"
#include "crm/store/stats.h"

#include <gtest/gtest.h>

#include <fstream>

namespace crm::test {
namespace {

// Peak and current resident set of this process, in kB (/proc/self/status).
long statusKb(const char* key) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(key, 0) == 0)
            return std::stol(line.substr(std::string(key).size()));
    return -1;
}

std::filesystem::path writeRows(int count) {
    const auto path = std::filesystem::path(CRM_TEST_TMP_DIR) / ("rows-" + std::to_string(count) + ".csv");
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << "code,name,region,notes\r\n";
    for (int i = 0; i < count; ++i)
        out << "M-" << i << ",\"Kunde " << i << ", GmbH\",区域" << i % 7 << ",\"two\r\nlines\"\r\n";
    return path;
}

TEST(CsvBig, MillionRowsReadWithBoundedMemory) {
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "AddressSanitizer keeps freed memory in quarantine, so RSS says nothing here";
#endif
    const auto path = writeRows(1'000'000);
    const long before = statusKb("VmRSS:");
    csv::CsvReader reader(path, {});
    csv::CsvRecord record;
    std::uint64_t rows = 0;
    long maxGrowth = 0;
    while (reader.next(record)) {
        if (++rows % 100'000 == 0)
            maxGrowth = std::max(maxGrowth, statusKb("VmRSS:") - before);
    }
    EXPECT_EQ(rows, 1'000'001u);
    EXPECT_EQ(record.line, 2'000'000u); // the last row starts on line 2,000,000
    EXPECT_EQ(record.fields[0], "M-999999");
    EXPECT_LT(maxGrowth, 16 * 1024) << "kB of growth while reading ~50 MB";
    std::filesystem::remove(path);
}

// 200,000 here to keep the suite quick; bench/csv_import.sh imports 1 million.
TEST(CsvBig, ManyCustomersImportInOneUnit) {
    const auto path = writeRows(200'000);
    TempDb t("import-big");
    auto options = defaultImportOptions();
    std::uint64_t lastRows = 0;
    options.progress = [&lastRows](const csv::ImportProgressInfo& p) {
        lastRows = p.rowsRead;
        return true;
    };
    const auto run = runImport(t.db(), csv::ImportKind::Customers, path, options);
    EXPECT_TRUE(run.problems.empty());
    EXPECT_EQ(run.summary.imported, 200'000u);
    EXPECT_EQ(lastRows, 200'000u);
    EXPECT_EQ(countEverything(t.db()).customers, 200'000);
    std::filesystem::remove(path);
}

} // namespace
} // namespace crm::test
