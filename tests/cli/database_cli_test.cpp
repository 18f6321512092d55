// The global options and the whole-database commands: --version, --help,
// usage errors, the database file (--db, CRM_DB, default), init, stats, summary.
#include "cli_fixture.h"

#include <fstream>

namespace crm::cli::test {
namespace {

namespace fs = std::filesystem;

using GlobalCli = CliTest;

TEST_F(GlobalCli, VersionPrintsTheProjectVersion) {
    const CliResult result = runRaw({"--version"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, std::string("crm ") + CRM_VERSION + "\n");
}

TEST_F(GlobalCli, HelpListsCommandsDatabaseAndExitCodes) {
    const CliResult result = runRaw({"--help"});
    EXPECT_EQ(result.exitCode, 0);
    for (const char* word : {"init", "demo", "customer", "contact", "tx", "interaction",
                             "followup", "stage", "stats", "summary", "CRM_DB", "Exit codes"})
        EXPECT_TRUE(contains(result.out, word)) << word;
}

TEST_F(GlobalCli, EverySubcommandHasHelp) {
    const std::vector<std::vector<std::string>> commands{
        {"customer", "add"}, {"customer", "edit"}, {"customer", "list"}, {"tx", "add"},
        {"interaction", "add"}, {"followup", "list"}, {"stage", "set"}, {"contact", "add"}};
    for (auto args : commands) {
        args.push_back("--help");
        const CliResult result = runRaw(args);
        EXPECT_EQ(result.exitCode, 0) << args[0];
        EXPECT_TRUE(contains(result.out, "Usage")) << args[0] << " " << args[1];
    }
    EXPECT_TRUE(contains(runRaw({"customer", "add", "--help"}).out, "--annual-spend"));
}

TEST_F(GlobalCli, MissingSubcommandIsAUsageError) {
    expectError(crm({}), 1, "subcommand is required");
    expectError(crm({"customer"}), 1, "subcommand is required");
}

TEST_F(GlobalCli, UnknownOptionAndMissingArgumentAreUsageErrors) {
    init();
    expectError(crm({"customer", "list", "--bogus"}), 1, "--bogus");
    expectError(crm({"customer", "show"}), 1, "CODE");
    expectError(crm({"frobnicate"}), 1, "frobnicate");
}

TEST_F(GlobalCli, InitCreatesADatabaseOnceOnly) {
    EXPECT_TRUE(contains(ok({"init"}), "currency CNY"));
    EXPECT_TRUE(fs::exists(m_db));
    expectError(crm({"init"}), 1, "already exists");
}

TEST_F(GlobalCli, InitWithACurrencyUsesItsDecimals) {
    ok({"init", "--currency", "JPY"});
    addCustomer("C-1", "Tanaka");
    expectError(crm({"tx", "add", "C-1", "--amount", "10.5"}), 1, "amount: '10.5'");
    EXPECT_TRUE(contains(ok({"tx", "add", "C-1", "--amount", "1500"}), "1,500 JPY"));
}

TEST_F(GlobalCli, InitRejectsAnUnknownCurrency) {
    expectError(crm({"init", "--currency", "XYZ"}), 1, "currency: 'XYZ'");
    EXPECT_FALSE(fs::exists(m_db));
}

TEST_F(GlobalCli, AFileThatIsNotACrmDatabaseIsRefusedAndKept) {
    { std::ofstream(m_db) << "these are some bytes, not a database\n"; }
    const auto before = fs::file_size(m_db);
    expectError(crm({"stats"}), 2, "is not a CRM database");
    expectError(crm({"customer", "list"}), 2, m_db.string());
    EXPECT_EQ(fs::file_size(m_db), before);
}

TEST_F(GlobalCli, ANamedDatabaseMustExist) {
    expectError(crm({"stats"}), 2, "no database at");
    EXPECT_FALSE(fs::exists(m_db));
}

TEST_F(GlobalCli, TheDefaultDatabaseIsCreatedInTheUsersDataDirectory) {
    const CliResult result = runRaw({"customer", "add", "--code", "C-1", "--name", "Acme"});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(fs::exists(m_dir / "home/.local/share/crm/crm.db"));
    EXPECT_TRUE(contains(runRaw({"customer", "show", "C-1"}).out, "Acme"));
}

TEST_F(GlobalCli, XdgDataHomeChoosesTheDefaultDirectory) {
    const auto xdg = (m_dir / "xdg").string();
    EXPECT_EQ(runRaw({"stats"}, {{"XDG_DATA_HOME", xdg}}).exitCode, 0);
    EXPECT_TRUE(fs::exists(m_dir / "xdg/crm/crm.db"));
    EXPECT_FALSE(fs::exists(m_dir / "home/.local/share/crm/crm.db"));
}

TEST_F(GlobalCli, CrmDbEnvironmentVariableNamesTheDatabase) {
    init();
    const std::map<std::string, std::string> env{{"CRM_DB", m_db.string()}};
    EXPECT_EQ(runRaw({"customer", "add", "--code", "C-7", "--name", "Env Ltd"}, env).exitCode, 0);
    EXPECT_TRUE(contains(ok({"customer", "show", "C-7"}), "Env Ltd"));
    EXPECT_FALSE(fs::exists(m_dir / "home/.local/share/crm/crm.db"));
}

TEST_F(GlobalCli, DbOptionIsAcceptedAfterTheSubcommand) {
    init();
    const CliResult result = runRaw({"stats", "--db", m_db.string()});
    EXPECT_EQ(result.exitCode, 0) << result.err;
}

TEST_F(GlobalCli, StatsCountsEverything) {
    init();
    addCustomer("C-1", "Acme");
    ok({"contact", "add", "C-1", "--name", "Li Na"});
    ok({"tx", "add", "C-1", "--amount", "10", "--date", "2024-01-01"});
    ok({"tx", "add", "C-1", "--amount", "20", "--date", "2024-01-02"});
    ok({"interaction", "add", "C-1", "--type", "call", "--subject", "hello"});
    ok({"followup", "add", "C-1", "--due", "2024-02-01", "--subject", "call back"});
    const std::string out = ok({"stats"});
    EXPECT_TRUE(squeezed(out).starts_with("customers 1\n")) << out;
    EXPECT_TRUE(contains(squeezed(out), "contacts 1\n")) << out;
    EXPECT_TRUE(contains(squeezed(out), "transactions 2\n")) << out;
    EXPECT_TRUE(contains(squeezed(out), "interactions 1\n")) << out;
    EXPECT_TRUE(contains(squeezed(out), "\nfollow-ups 1\n")) << out;
}

TEST_F(GlobalCli, SummaryShowsCountsStagesAndNetRevenue) {
    init();
    addCustomer("C-1", "Acme");
    addCustomer("C-2", "Beta");
    ok({"tx", "add", "C-1", "--amount", "1234.50", "--date", "2024-01-01"});
    ok({"tx", "add", "C-2", "--amount", "-34.50", "--date", "2024-01-01"});
    ok({"stage", "set", "C-2", "formation"});
    const std::string out = ok({"summary"});
    EXPECT_TRUE(contains(out, "2 customers")) << out;
    EXPECT_TRUE(contains(out, "2 transactions")) << out;
    EXPECT_TRUE(contains(out, "Total net revenue: 1,200.00 CNY")) << out;
    // C-1's first purchase makes it an Exploration customer at once.
    EXPECT_TRUE(contains(squeezed(out), "Exploration 考察期 1")) << out;
    EXPECT_TRUE(contains(squeezed(out), "Formation 形成期 1")) << out;
}

} // namespace
} // namespace crm::cli::test
