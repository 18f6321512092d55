// crm contact add, tx add, interaction add, followup add|list|done, stage set.
#include "cli_fixture.h"

namespace crm::cli::test {
namespace {

class RecordCli : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        init();
        addCustomer("C-1", "Acme");
    }
    std::string show() const { return ok({"customer", "show", "C-1"}); }
};

TEST_F(RecordCli, ContactAddShowsInTheCustomer) {
    EXPECT_TRUE(contains(ok({"contact", "add", "C-1", "--name", "Li Na", "--role", "purchaser",
                             "--primary", "--email", "li@acme.com", "--phone", "138-0013-8000",
                             "--birthday", "1990-02-03"}),
                         "Added contact 1 to C-1: Li Na (purchaser, primary)"));
    const std::string out = show();
    EXPECT_TRUE(contains(out, "Contacts (1)")) << out;
    EXPECT_TRUE(contains(squeezed(out), "Li Na purchaser primary 138-0013-8000 li@acme.com 1990-02-03"))
        << out;
}

TEST_F(RecordCli, ContactErrors) {
    addCustomer("P-1", "张伟", {"--kind", "person"});
    expectError(crm({"contact", "add", "C-9", "--name", "X"}), 1, "no customer with code 'C-9'");
    expectError(crm({"contact", "add", "P-1", "--name", "X"}), 1, "only organisations have contacts");
    expectError(crm({"contact", "add", "C-1", "--name", "X", "--role", "boss"}), 1, "role: 'boss'");
    expectError(crm({"contact", "add", "C-1", "--name", "X", "--email", "x@"}), 1,
                "email: 'x@' is not an email address");
    expectError(crm({"contact", "add", "C-1", "--name", "X", "--birthday", "1990-13-01"}), 1,
                "birthday: '1990-13-01' is not a date");
    expectError(crm({"contact", "add", "C-1"}), 1, "--name");
}

TEST_F(RecordCli, TxAddRecordsPurchasesAndRefunds) {
    EXPECT_TRUE(contains(ok({"tx", "add", "C-1", "--date", "2024-01-05", "--amount", "1234.5",
                             "--cost", "800", "--product", "widgets", "--reference", "INV-1"}),
                         "Added purchase 1 for C-1 on 2024-01-05: 1,234.50 CNY"));
    EXPECT_TRUE(contains(ok({"tx", "add", "C-1", "--date", "2024-02-01", "--amount", "-34.50"}),
                         "Added refund 2"));
    const std::string out = show();
    EXPECT_TRUE(contains(squeezed(out), "2024-01-05 1,234.50 800.00 widgets INV-1")) << out;
    EXPECT_TRUE(contains(squeezed(out), "net amount: 1,200.00 CNY")) << out;
}

TEST_F(RecordCli, TxAddDefaultsToToday) {
    EXPECT_TRUE(contains(ok({"tx", "add", "C-1", "--amount", "0"}), "on " + todayIso()));
}

TEST_F(RecordCli, TxErrors) {
    ok({"tx", "add", "C-1", "--amount", "5", "--reference", "INV-1", "--date", "2024-01-01"});
    expectError(crm({"tx", "add", "C-9", "--amount", "5"}), 1, "no customer with code 'C-9'");
    expectError(crm({"tx", "add", "C-1", "--amount", "12.345"}), 1,
                "amount: '12.345' is not an amount of CNY");
    expectError(crm({"tx", "add", "C-1", "--amount", "1,000"}), 1, "amount: '1,000'");
    expectError(crm({"tx", "add", "C-1", "--amount", "5", "--cost", "-1"}), 1, "cost: cannot be negative");
    expectError(crm({"tx", "add", "C-1", "--amount", "5", "--date", "05/01/2024"}), 1,
                "date: '05/01/2024' is not a date (expected YYYY-MM-DD)");
    expectError(crm({"tx", "add", "C-1", "--amount", "5", "--reference", "INV-1"}), 1, "INV-1");
    expectError(crm({"tx", "add", "C-1"}), 1, "--amount");
}

TEST_F(RecordCli, InteractionAddShowsInTheHistory) {
    ok({"contact", "add", "C-1", "--name", "Li Na"});
    EXPECT_TRUE(contains(ok({"interaction", "add", "C-1", "--type", "complaint", "--subject",
                             "Late delivery", "--outcome", "refund offered", "--by", "wang",
                             "--date", "2024-03-04", "--time", "14:30", "--contact-id", "1"}),
                         "Added interaction 1 for C-1: complaint on 2024-03-04 14:30"));
    const std::string out = show();
    EXPECT_TRUE(contains(squeezed(out), "2024-03-04 14:30 complaint wang Late delivery → refund offered [open]"))
        << out;
    EXPECT_TRUE(contains(squeezed(out), "last interaction: 2024-03-04")) << out;
}

TEST_F(RecordCli, InteractionTypesAcceptChinese) {
    EXPECT_TRUE(contains(ok({"interaction", "add", "C-1", "--type", "拜访", "--text", "visited",
                             "--date", "2024-01-02"}),
                         "visit on 2024-01-02 00:00"));
}

TEST_F(RecordCli, InteractionErrors) {
    expectError(crm({"interaction", "add", "C-9", "--type", "call", "--subject", "x"}), 1,
                "no customer with code 'C-9'");
    expectError(crm({"interaction", "add", "C-1", "--type", "fax", "--subject", "x"}), 1, "type: 'fax'");
    expectError(crm({"interaction", "add", "C-1", "--type", "call", "--subject", "x", "--time", "25:00"}),
                1, "time: '25:00' is not a time");
    expectError(crm({"interaction", "add", "C-1", "--type", "call", "--subject", "x", "--date", "2024-1-2"}),
                1, "date: '2024-1-2'");
    expectError(crm({"interaction", "add", "C-1", "--type", "call"}), 1, "a subject or a text is required");
    expectError(crm({"interaction", "add", "C-1", "--type", "call", "--subject", "x", "--status", "open"}),
                1, "only complaints have a status");
    expectError(crm({"interaction", "add", "C-1", "--subject", "x"}), 1, "--type");
}

TEST_F(RecordCli, FollowUpAddListDone) {
    addCustomer("C-2", "Beta");
    EXPECT_TRUE(contains(ok({"followup", "add", "C-1", "--due", "2024-03-01", "--subject", "Call back"}),
                         "Added follow-up 1 for C-1, due 2024-03-01: Call back"));
    ok({"followup", "add", "C-2", "--due", "2024-05-01", "--subject", "Send offer"});
    const std::string all = ok({"followup", "list"});
    EXPECT_TRUE(contains(squeezed(all), "1 2024-03-01 C-1 Call back")) << all;
    EXPECT_TRUE(contains(all, "2 open follow-ups")) << all;
    EXPECT_TRUE(contains(ok({"followup", "list", "--customer", "C-2"}), "1 open follow-ups"));
    EXPECT_TRUE(contains(ok({"followup", "list", "--due-by", "2024-04-01"}), "1 open follow-ups"));
    EXPECT_TRUE(contains(ok({"followup", "done", "1", "--date", "2024-03-02"}),
                         "Follow-up 1 done on 2024-03-02"));
    EXPECT_TRUE(contains(ok({"followup", "list"}), "1 open follow-ups"));
    const std::string everything = ok({"followup", "list", "--all"});
    EXPECT_TRUE(contains(squeezed(everything), "Call back 2024-03-02")) << everything;
    EXPECT_TRUE(contains(show(), "Open follow-ups (0)"));
}

TEST_F(RecordCli, FollowUpDoneDefaultsToToday) {
    ok({"followup", "add", "C-1", "--due", "2024-03-01", "--subject", "Call back"});
    EXPECT_TRUE(contains(ok({"followup", "done", "1"}), "done on " + todayIso()));
}

TEST_F(RecordCli, FollowUpErrors) {
    expectError(crm({"followup", "add", "C-9", "--due", "2024-03-01", "--subject", "x"}), 1,
                "no customer with code 'C-9'");
    expectError(crm({"followup", "add", "C-1", "--due", "tomorrow", "--subject", "x"}), 1,
                "due: 'tomorrow' is not a date");
    expectError(crm({"followup", "add", "C-1", "--due", "2024-03-01", "--subject", " "}), 1,
                "subject: is required");
    expectError(crm({"followup", "add", "C-1", "--due", "2024-03-01", "--subject", "x",
                     "--interaction-id", "42"}),
                1, "interaction 42");
    expectError(crm({"followup", "done", "99"}), 1, "follow-up 99 not found");
    expectError(crm({"followup", "done", "abc"}), 1, "ID");
    expectError(crm({"followup", "list", "--customer", "C-9"}), 1, "no customer with code 'C-9'");
    expectError(crm({"followup", "list", "--due-by", "2024-02-31"}), 1, "due-by: '2024-02-31'");
}

TEST_F(RecordCli, StageSetAcceptsKeysAndChineseTerms) {
    EXPECT_TRUE(contains(ok({"stage", "set", "C-1", "exploration", "--date", "2024-01-01",
                             "--reason", "first order"}),
                         "Stage of C-1 set to Exploration 考察期 on 2024-01-01"));
    ok({"stage", "set", "C-1", "形成期", "--date", "2024-06-01"});
    const std::string out = show();
    EXPECT_TRUE(contains(squeezed(out), "stage: Formation 形成期")) << out;
    EXPECT_TRUE(contains(squeezed(out), "2024-01-01 prospect exploration manual first order")) << out;
    EXPECT_TRUE(contains(squeezed(out), "2024-06-01 exploration formation manual")) << out;
}

TEST_F(RecordCli, StageErrors) {
    expectError(crm({"stage", "set", "C-9", "lost"}), 1, "no customer with code 'C-9'");
    expectError(crm({"stage", "set", "C-1", "golden"}), 1, "stage: 'golden' is not a lifecycle stage");
    expectError(crm({"stage", "set", "C-1", "lost", "--date", "yesterday"}), 1, "date: 'yesterday'");
    expectError(crm({"stage", "set", "C-1"}), 1, "STAGE");
}

} // namespace
} // namespace crm::cli::test
