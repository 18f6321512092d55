// What the import wizard shows before importing: the first rows as the
// importer reads them, the fields it would map, and a mapping stated column
// by column (including columns to ignore) that the import then follows.
#include "import_fixture.h"

#include "crm/csv/csv_error.h"
#include "crm/csv/import_preview.h"
#include "crm/store/customer_store.h"

#include <gtest/gtest.h>

namespace crm::test {
namespace {

using csv::ImportKind;

int fieldIndex(ImportKind kind, std::string_view key) {
    const auto fields = csv::importFields(kind);
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].key == key)
            return static_cast<int>(i);
    return -1;
}

TEST(ImportPreview, ReadsTheFirstRowsAsDetected) {
    const auto preview = csv::previewCsv(csvData("customers_gb18030.csv"), {}, 1);
    EXPECT_EQ(preview.encoding, csv::TextEncoding::Gb18030);
    EXPECT_EQ(preview.delimiter, ',');
    ASSERT_EQ(preview.header.size(), 6u);
    EXPECT_EQ(preview.header[0], "客户编号");
    ASSERT_EQ(preview.rows.size(), 1u);
    EXPECT_EQ(preview.rows[0].line, 2u);
    EXPECT_EQ(preview.rows[0].fields[1], "上海明月贸易有限公司");
    EXPECT_TRUE(preview.moreRows);
}

TEST(ImportPreview, OverridesChangeHowTheFileIsRead) {
    const auto detected = csv::previewCsv(csvData("customers_semicolon.csv"), {}, 10);
    EXPECT_EQ(detected.delimiter, ';');
    EXPECT_EQ(detected.header.size(), 4u);
    EXPECT_FALSE(detected.moreRows);
    csv::CsvReadOptions comma;
    comma.delimiter = ',';
    const auto file = writeTemp("preview_semicolon.csv", "code;name\nC-1;Alpha, Beta\n");
    const auto forced = csv::previewCsv(file, comma, 10);
    EXPECT_EQ(forced.delimiter, ',');
    EXPECT_EQ(forced.header.size(), 1u);
    ASSERT_EQ(forced.rows.size(), 1u);
    EXPECT_EQ(forced.rows[0].fields.size(), 2u); // split at the comma instead
    // Malformed quoting when read the wrong way is an error, as in the importer.
    EXPECT_THROW(csv::previewCsv(csvData("customers_semicolon.csv"), comma, 10), csv::CsvError);
}

TEST(ImportPreview, EmptyFileIsAnError) {
    EXPECT_THROW(csv::previewCsv(csvData("empty.csv"), {}, 10), csv::CsvError);
}

TEST(ImportPreview, SuggestsFieldsFromHeaders) {
    const std::vector<std::string> header{"客户编号", "Customer Name", "Shoe size", "E-mail"};
    const auto fields = csv::suggestedFields(ImportKind::Customers, header);
    ASSERT_EQ(fields.size(), 4u);
    EXPECT_EQ(fields[0], fieldIndex(ImportKind::Customers, "code"));
    EXPECT_EQ(fields[1], fieldIndex(ImportKind::Customers, "name"));
    EXPECT_EQ(fields[2], -1);
    EXPECT_EQ(fields[3], fieldIndex(ImportKind::Customers, "email"));
    EXPECT_EQ(csv::suggestedFields(ImportKind::Transactions, header)[0],
              fieldIndex(ImportKind::Transactions, "customer"));
}

TEST(ImportPreview, ColumnMapRenamesAndIgnoresColumns) {
    TempDb t("preview-map");
    const auto file = writeTemp("preview_map.csv", "Nr,Firma,email,Ort\n"
                                                   "K-7,Weber AG,not-an-email,Bonn\n");
    const std::vector<std::string> header{"Nr", "Firma", "email", "Ort"};
    auto options = defaultImportOptions();
    options.columnMap = csv::columnMapFor(
        ImportKind::Customers, header,
        {fieldIndex(ImportKind::Customers, "code"), fieldIndex(ImportKind::Customers, "name"), -1,
         fieldIndex(ImportKind::Customers, "region")});
    const auto run = runImport(t.db(), ImportKind::Customers, file, options);
    ASSERT_TRUE(run.problems.empty()) << run.problems.front(); // the bad email was ignored
    const auto c = CustomerStore(t.db()).findByCode("K-7");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->name, "Weber AG");
    EXPECT_EQ(c->region, "Bonn");
    EXPECT_EQ(c->email, "");
}

TEST(ImportPreview, RowProblemsComeWithTheirLine) {
    TempDb t("preview-problems");
    const auto file = writeTemp("preview_problems.csv", "code,name,kind\n"
                                                        "C-1,Alpha,org\n"
                                                        "C-2,Beta,robot\n");
    std::vector<std::pair<std::uint64_t, FieldError>> problems;
    auto options = defaultImportOptions();
    options.dryRun = true;
    options.onRowProblem = [&](std::uint64_t line, const FieldError& e) {
        problems.emplace_back(line, e);
    };
    runImport(t.db(), ImportKind::Customers, file, options);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].first, 3u);
    EXPECT_EQ(problems[0].second.field, "kind");
    EXPECT_NE(problems[0].second.message.find("robot"), std::string::npos);
}

} // namespace
} // namespace crm::test
