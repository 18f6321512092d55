// crm customer add | show | list | edit | delete, and their errors.
#include "cli_fixture.h"

namespace crm::cli::test {
namespace {

class CustomerCli : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        init();
    }
};

TEST_F(CustomerCli, AddThenShowPrintsTheProfile) {
    addCustomer("C-0001", "北京星辰科技有限公司",
                {"--industry", "Software", "--region", "北京", "--email", "info@xc.cn",
                 "--phone", "+86 10 6552 8899", "--owner", "wang", "--tag", "vip", "--tag",
                 "b2b", "--created", "2023-04-05", "--company-stage", "growth",
                 "--annual-spend", "50000", "--notes", "met at fair"});
    const std::string out = ok({"customer", "show", "C-0001"});
    for (const char* expected :
         {"C-0001  北京星辰科技有限公司 (organisation)", "Prospect 潜在客户", "Software",
          "info@xc.cn", "+86 10 6552 8899", "wang", "b2b, vip", "2023-04-05", "growth",
          "50,000.00 CNY", "met at fair", "Contacts (0)", "Recent transactions (0 of 0)"})
        EXPECT_TRUE(contains(out, expected)) << expected << "\n" << out;
}

TEST_F(CustomerCli, AddDefaultsCreatedToToday) {
    addCustomer("P-1", "张伟", {"--kind", "person", "--birthday", "1980-05-01"});
    const std::string out = ok({"customer", "show", "P-1"});
    EXPECT_TRUE(contains(squeezed(out), "created: " + todayIso())) << out;
    EXPECT_TRUE(contains(out, "(person)")) << out;
    EXPECT_TRUE(contains(out, "1980-05-01")) << out;
}

TEST_F(CustomerCli, ShowAggregatesPurchasesAndMargin) {
    addCustomer("C-1", "Acme");
    ok({"tx", "add", "C-1", "--amount", "1000", "--cost", "600", "--date", "2024-01-10"});
    ok({"tx", "add", "C-1", "--amount", "500", "--date", "2024-03-10"});
    ok({"tx", "add", "C-1", "--amount", "-200", "--date", "2024-04-01"});
    const std::string out = ok({"customer", "show", "C-1"});
    EXPECT_TRUE(contains(squeezed(out), "first purchase: 2024-01-10")) << out;
    EXPECT_TRUE(contains(squeezed(out), "last purchase: 2024-03-10")) << out;
    EXPECT_TRUE(contains(squeezed(out), "purchases: 2")) << out;
    EXPECT_TRUE(contains(squeezed(out), "net amount: 1,300.00 CNY")) << out;
    EXPECT_TRUE(contains(squeezed(out), "margin: 400.00 CNY")) << out;
    EXPECT_TRUE(contains(out, "Recent transactions (3 of 3)")) << out;
}

TEST_F(CustomerCli, InvalidEmailIsRejectedAndNothingStored) {
    const CliResult result =
        crm({"customer", "add", "--code", "C-1", "--name", "Acme", "--email", "x@"});
    expectError(result, 1, "crm: email: 'x@' is not an email address");
    expectError(crm({"customer", "show", "C-1"}), 1, "no customer with code 'C-1'");
}

TEST_F(CustomerCli, DuplicateCodeIsAConflict) {
    addCustomer("C-1", "Acme");
    expectError(crm({"customer", "add", "--code", "C-1", "--name", "Other"}), 1,
                "a customer with code 'C-1' already exists");
}

TEST_F(CustomerCli, BadValuesNameTheirField) {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"--created", "2024-02-30"}, "created: '2024-02-30' is not a date"},
        {{"--annual-spend", "lots"}, "annual_spend: 'lots' is not an amount"},
        {{"--kind", "robot"}, "kind: 'robot'"},
        {{"--company-stage", "old"}, "company_stage: 'old'"},
        {{"--phone", "call me"}, "phone: 'call me' is not a phone number"},
        {{"--email", "two\nlines@x.cn"}, "email: 'two lines@x.cn' is not an email address"},
        {{"--kind", "person", "--company-stage", "growth"}, "company_stage: applies to organisations only"}};
    for (const auto& [options, message] : cases) {
        std::vector<std::string> args{"customer", "add", "--code", "C-1", "--name", "Acme"};
        args.insert(args.end(), options.begin(), options.end());
        expectError(crm(args), 1, message);
    }
    expectError(crm({"customer", "add", "--code", "bad code", "--name", "Acme"}), 1, "code: 'bad code'");
}

TEST_F(CustomerCli, AddRequiresCodeAndName) {
    expectError(crm({"customer", "add", "--name", "Acme"}), 1, "--code");
    expectError(crm({"customer", "add", "--code", "C-1"}), 1, "--name");
}

TEST_F(CustomerCli, ShowUnknownCodeFails) {
    expectError(crm({"customer", "show", "C-9"}), 1, "crm: no customer with code 'C-9'");
}

TEST_F(CustomerCli, EditChangesOnlyTheGivenFields) {
    addCustomer("C-1", "Acme", {"--email", "a@acme.com", "--region", "Shanghai", "--tag", "old"});
    EXPECT_TRUE(contains(ok({"customer", "edit", "C-1", "--email", "sales@acme.com", "--add-tag",
                             "new", "--remove-tag", "old"}),
                         "Updated customer C-1"));
    const std::string out = ok({"customer", "show", "C-1"});
    EXPECT_TRUE(contains(out, "sales@acme.com")) << out;
    EXPECT_TRUE(contains(out, "Shanghai")) << out;
    EXPECT_TRUE(contains(squeezed(out), "tags: new\n")) << out;
    EXPECT_FALSE(contains(out, "a@acme.com")) << out;
}

TEST_F(CustomerCli, EditWithAnEmptyValueClearsAnOptionalField) {
    addCustomer("C-1", "Acme", {"--email", "a@acme.com", "--annual-spend", "100"});
    ok({"customer", "edit", "C-1", "--email", "", "--annual-spend", ""});
    const std::string out = ok({"customer", "show", "C-1"});
    EXPECT_FALSE(contains(out, "email:")) << out;
    EXPECT_FALSE(contains(out, "annual spend:")) << out;
}

TEST_F(CustomerCli, EditCanRenameTheCode) {
    addCustomer("C-1", "Acme");
    ok({"customer", "edit", "C-1", "--new-code", "C-100"});
    EXPECT_TRUE(contains(ok({"customer", "show", "C-100"}), "Acme"));
    expectError(crm({"customer", "show", "C-1"}), 1, "no customer with code 'C-1'");
}

TEST_F(CustomerCli, EditErrors) {
    addCustomer("C-1", "Acme");
    addCustomer("C-2", "Beta");
    expectError(crm({"customer", "edit", "C-9", "--name", "X"}), 1, "no customer with code 'C-9'");
    expectError(crm({"customer", "edit", "C-1"}), 1, "nothing to change");
    expectError(crm({"customer", "edit", "C-1", "--email", "nope"}), 1, "email: 'nope'");
    expectError(crm({"customer", "edit", "C-1", "--new-code", "C-2"}), 1, "'C-2' already exists");
    expectError(crm({"customer", "edit", "C-1", "--name", ""}), 1, "name: is required");
}

TEST_F(CustomerCli, DeleteNeedsYes) {
    addCustomer("C-1", "Acme");
    expectError(crm({"customer", "delete", "C-1"}), 1, "add --yes to confirm");
    EXPECT_TRUE(contains(ok({"customer", "show", "C-1"}), "Acme"));
    EXPECT_TRUE(contains(ok({"customer", "delete", "C-1", "--yes"}), "Deleted customer C-1"));
    expectError(crm({"customer", "show", "C-1"}), 1, "no customer with code 'C-1'");
    expectError(crm({"customer", "delete", "C-1", "--yes"}), 1, "no customer with code 'C-1'");
}

class CustomerListCli : public CustomerCli {
protected:
    void SetUp() override {
        CustomerCli::SetUp();
        addCustomer("C-1", "Acme, \"the\" best", {"--tag", "vip", "--owner", "wang"});
        addCustomer("C-2", "Beta \\ Co", {"--region", "北京"});
        addCustomer("P-3", "张伟", {"--kind", "person"});
        ok({"tx", "add", "C-2", "--amount", "99.50", "--date", "2024-05-01"});
        ok({"stage", "set", "C-2", "exploration"});
    }
};

TEST_F(CustomerListCli, TableListsAllSortedByName) {
    const std::string out = ok({"customer", "list"});
    EXPECT_LT(out.find("Acme"), out.find("Beta"));
    EXPECT_TRUE(contains(out, "3 of 3 customers")) << out;
    EXPECT_TRUE(contains(out, "99.50")) << out;
}

// Columns of a terminal line holding ASCII and three-byte Chinese characters,
// which take two columns each.
std::size_t columnsOf(const std::string& text) {
    std::size_t wide = 0;
    for (char c : text)
        wide += (static_cast<unsigned char>(c) & 0xf0u) == 0xe0u ? 1 : 0;
    return text.size() - wide;
}

TEST_F(CustomerListCli, TableColumnsLineUpWithChineseNames) {
    const std::string out = ok({"customer", "list"});
    std::vector<std::size_t> kindColumns;
    std::size_t start = 0;
    for (std::size_t end; (end = out.find('\n', start)) != std::string::npos; start = end + 1) {
        const std::string line = out.substr(start, end - start);
        for (const char* kind : {"organisation", "person"})
            if (const auto at = line.find(kind); at != std::string::npos)
                kindColumns.push_back(columnsOf(line.substr(0, at)));
    }
    ASSERT_EQ(kindColumns.size(), 3u) << out;
    EXPECT_EQ(kindColumns[0], kindColumns[2]) << out;
    EXPECT_EQ(kindColumns[1], kindColumns[2]) << out;
}

TEST_F(CustomerListCli, FiltersNarrowTheList) {
    EXPECT_TRUE(contains(ok({"customer", "list", "--tag", "vip"}), "1 of 1 customers"));
    const std::string byStage = ok({"customer", "list", "--stage", "考察期"});
    EXPECT_TRUE(contains(byStage, "C-2") && !contains(byStage, "C-1")) << byStage;
    const std::string people = ok({"customer", "list", "--kind", "person"});
    EXPECT_TRUE(contains(people, "P-3") && !contains(people, "C-1")) << people;
    EXPECT_TRUE(contains(ok({"customer", "list", "--owner", "wang"}), "C-1"));
    EXPECT_TRUE(contains(ok({"customer", "list", "--region", "北京"}), "1 of 1"));
    EXPECT_TRUE(contains(ok({"customer", "list", "--search", "张伟"}), "P-3"));
}

TEST_F(CustomerListCli, SortDescendingAndLimit) {
    const std::string out = ok({"customer", "list", "--sort", "code", "--desc", "--limit", "2"});
    EXPECT_LT(out.find("P-3"), out.find("C-2"));
    EXPECT_FALSE(contains(out, "C-1")) << out;
    EXPECT_TRUE(contains(out, "2 of 3 customers (see --limit)")) << out;
}

TEST_F(CustomerListCli, CsvEscapesQuotesAndCommas) {
    const std::string out = ok({"customer", "list", "--format", "csv", "--sort", "code"});
    EXPECT_TRUE(out.starts_with("code,name,kind,stage,")) << out;
    EXPECT_TRUE(contains(out, "C-1,\"Acme, \"\"the\"\" best\",organisation,prospect,wang")) << out;
    EXPECT_TRUE(contains(out, "C-2,Beta \\ Co,organisation,exploration")) << out;
    EXPECT_EQ(lineCount(out), 4u);
}

TEST_F(CustomerListCli, JsonEscapesQuotesAndBackslashes) {
    const std::string out = ok({"customer", "list", "--format", "json", "--sort", "code"});
    EXPECT_TRUE(out.starts_with("[")) << out;
    EXPECT_TRUE(contains(out, R"("name": "Acme, \"the\" best")")) << out;
    EXPECT_TRUE(contains(out, R"("name": "Beta \\ Co")")) << out;
    EXPECT_TRUE(contains(out, R"("last_purchase": "2024-05-01", "purchases": 1, "net_amount": 99.50)")) << out;
    EXPECT_TRUE(contains(out, R"("last_purchase": null)")) << out;
}

TEST_F(CustomerListCli, BadListOptionsAreErrors) {
    expectError(crm({"customer", "list", "--sort", "colour"}), 1, "--sort");
    expectError(crm({"customer", "list", "--format", "xml"}), 1, "--format");
    expectError(crm({"customer", "list", "--stage", "golden"}), 1, "stage: 'golden'");
    expectError(crm({"customer", "list", "--limit", "-1"}), 1, "--limit");
}

} // namespace
} // namespace crm::cli::test
