// Cell values, header matching and the contact/interaction importers.
#include "import_fixture.h"

#include "crm/csv/customer_codes.h"
#include "crm/csv/import_mapping.h"
#include "crm/csv/import_values.h"
#include "crm/store/contact_store.h"
#include "crm/store/customer_store.h"
#include "crm/store/interaction_store.h"

#include <gtest/gtest.h>

namespace crm::test {
namespace {

using namespace crm::csv;

TEST(ImportValues, DatesInThreeForms) {
    EXPECT_EQ(parseImportDate("2026-06-30"), Date(2026, 6, 30));
    EXPECT_EQ(parseImportDate("2026/6/30"), Date(2026, 6, 30));
    EXPECT_EQ(parseImportDate("2026/06/03"), Date(2026, 6, 3));
    EXPECT_EQ(parseImportDate("30.06.2026"), Date(2026, 6, 30));
    EXPECT_EQ(parseImportDate("1.7.2026"), Date(2026, 7, 1));
    for (const char* bad : {"", "2026-6-30", "2026/13/1", "31.02.2026", "06/30/2026", "2026/6/30x",
                            "30.06.26", "2026.06.30", "-2026/1/1"})
        EXPECT_FALSE(parseImportDate(bad)) << bad;
}

TEST(ImportValues, AmountsWithTheCurrencyDecimals) {
    EXPECT_EQ(parseImportAmount("1234.5", 2), 123450);
    EXPECT_EQ(parseImportAmount("-3", 2), -300);
    EXPECT_EQ(parseImportAmount("7", 0), 7);
    EXPECT_FALSE(parseImportAmount("1.005", 2));
    EXPECT_FALSE(parseImportAmount("1.5", 0));
    EXPECT_FALSE(parseImportAmount("1,234.50", 2));
    EXPECT_FALSE(parseImportAmount("99999999999999999999", 2));
}

TEST(ImportValues, FormulaGuardUndo) {
    EXPECT_EQ(unguarded("'=1+2"), "=1+2");
    EXPECT_EQ(unguarded("'@x"), "@x");
    EXPECT_EQ(unguarded("'\tx"), "\tx");
    EXPECT_EQ(unguarded("'-5"), "-5");
    EXPECT_EQ(unguarded("'abc"), "'abc");
    EXPECT_EQ(unguarded("'"), "'");
    EXPECT_EQ(unguarded("-5"), "-5");
}

TEST(ImportMapping, HeadersIgnoreCaseSpacesAndUnderscores) {
    const std::vector<FieldSpec> fields{{"code", true, {"customer_id", "客户编号"}},
                                        {"name", true, {}}};
    auto m = mapHeader(fields, {" Customer ID ", "NAME", "other"}, nullptr);
    EXPECT_EQ(m.columnOf, (std::vector<int>{0, 1}));
    EXPECT_EQ(m.ignored, (std::vector<std::string>{"other"}));
    m = mapHeader(fields, {"客户编号", "Name", "code"}, nullptr);
    ASSERT_EQ(m.problems.size(), 1u);
    EXPECT_EQ(m.problems[0], "code: named by two columns ('客户编号' and 'code')");
    m = mapHeader(fields, {"x"}, nullptr);
    EXPECT_EQ(m.problems.size(), 2u);
}

TEST(CustomerCodesTable, FindsEveryCodeAcrossGrowth) {
    TempDb t("codes");
    addTwoCustomers(t.db());
    CustomerCodes codes = CustomerCodes::load(t.db());
    EXPECT_TRUE(codes.find("C-001"));
    EXPECT_FALSE(codes.find("C-00"));
    EXPECT_FALSE(codes.find(""));
    for (int i = 0; i < 5000; ++i)
        codes.add("N-" + std::to_string(i), 100 + i);
    codes.add("N-7", 1); // a new id for a known code
    EXPECT_EQ(codes.size(), 5002u);
    EXPECT_EQ(codes.find("N-4999"), 5099);
    EXPECT_EQ(codes.find("N-7"), 1);
    EXPECT_EQ(codes.find("C-002"), CustomerStore(t.db()).idForCode("C-002"));
    EXPECT_FALSE(codes.find("N-5000"));
}

TEST(ImportRecords, ContactsAndDuplicatesByName) {
    TempDb t("import-contacts");
    addTwoCustomers(t.db());
    const auto file = writeTemp("contacts.csv", "customer,name,role,primary,email\n"
                                                "C-001,李娜,decision-maker,yes,li@x.cn\n"
                                                "C-001,Tom,purchaser,no,\n");
    auto run = runImport(t.db(), ImportKind::Contacts, file);
    ASSERT_TRUE(run.problems.empty()) << run.problems.front();
    const auto id = CustomerStore(t.db()).idForCode("C-001");
    auto contacts = ContactStore(t.db()).listFor(id);
    ASSERT_EQ(contacts.size(), 2u);
    auto options = defaultImportOptions();
    options.onDuplicate = OnDuplicate::Skip;
    run = runImport(t.db(), ImportKind::Contacts, file, options);
    EXPECT_EQ(run.summary.skipped, 2u);
    EXPECT_EQ(ContactStore(t.db()).listFor(id).size(), 2u);
    run = runImport(t.db(), ImportKind::Contacts, file);
    EXPECT_EQ(run.summary.rejected, 2u);
}

TEST(ImportRecords, InteractionsAndReimport) {
    TempDb t("import-interactions");
    addTwoCustomers(t.db());
    const auto file = writeTemp("interactions.csv",
                                "customer,date,time,type,subject,text\n"
                                "C-002,2026/5/4,09:30,call,Follow-up,\"Asked for\nprices\"\n"
                                "C-002,2026-05-05,25:00,call,Bad time,\n");
    auto run = runImport(t.db(), ImportKind::Interactions, file);
    ASSERT_EQ(run.problems.size(), 1u);
    EXPECT_NE(run.problems[0].find(":4: time: '25:00' is not a time (HH:MM)"), std::string::npos)
        << run.problems[0];
    auto options = defaultImportOptions();
    options.skipInvalid = true;
    options.rejects = writeTemp("interaction-rejects.csv", "");
    run = runImport(t.db(), ImportKind::Interactions, file, options);
    const auto list = InteractionStore(t.db()).listFor(CustomerStore(t.db()).idForCode("C-002"));
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].minuteOfDay, 9 * 60 + 30);
    EXPECT_EQ(list[0].text, "Asked for\nprices");
    options.onDuplicate = OnDuplicate::Skip;
    run = runImport(t.db(), ImportKind::Interactions, file, options);
    EXPECT_EQ(run.summary.skipped, 1u);
}

} // namespace
} // namespace crm::test
