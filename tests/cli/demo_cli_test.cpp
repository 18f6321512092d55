// crm demo: exactly N customers, deterministic, never into a database with customers.
#include "cli_fixture.h"

namespace crm::cli::test {
namespace {

namespace fs = std::filesystem;

using DemoCli = CliTest;

TEST_F(DemoCli, CreatesExactlyTheRequestedCustomers) {
    const std::string out = ok({"demo", "--customers", "40", "--seed", "3", "--as-of", "2025-12-31"});
    EXPECT_TRUE(contains(out, "seed 3, as of 2025-12-31")) << out;
    const std::string stats = squeezed(ok({"stats"}));
    EXPECT_TRUE(stats.starts_with("customers 40\n")) << stats;
    EXPECT_FALSE(contains(stats, "\ntransactions 0\n")) << stats;
    EXPECT_FALSE(contains(stats, "\ninteractions 0\n")) << stats;
    EXPECT_TRUE(contains(ok({"customer", "list", "--limit", "0"}), "40 of 40 customers"));
}

TEST_F(DemoCli, SameSeedAndDateGiveTheSameData) {
    const std::vector<std::string> demo{"demo", "--customers", "25", "--seed", "9", "--as-of", "2025-06-30"};
    ok(demo);
    const std::string first = ok({"customer", "list", "--format", "csv", "--sort", "code"});
    fs::rename(m_db, m_dir / "first.db");
    ok(demo);
    EXPECT_EQ(ok({"customer", "list", "--format", "csv", "--sort", "code"}), first);
}

TEST_F(DemoCli, FillsAnEmptyInitialisedDatabase) {
    init();
    ok({"demo", "--customers", "5"});
    EXPECT_TRUE(squeezed(ok({"stats"})).starts_with("customers 5\n"));
}

TEST_F(DemoCli, RefusesADatabaseWithCustomers) {
    init();
    addCustomer("C-1", "Acme");
    expectError(crm({"demo", "--customers", "5"}), 1, "already has 1 customers");
    EXPECT_TRUE(squeezed(ok({"stats"})).starts_with("customers 1\n"));
}

TEST_F(DemoCli, Errors) {
    expectError(crm({"demo"}), 1, "--customers");
    expectError(crm({"demo", "--customers", "0"}), 1, "--customers");
    expectError(crm({"demo", "--customers", "5", "--as-of", "2025-02-29"}), 1, "as-of: '2025-02-29'");
    expectError(crm({"demo", "--customers", "5", "--currency", "ABC"}), 1, "currency: 'ABC'");
    EXPECT_FALSE(fs::exists(m_db));
}

} // namespace
} // namespace crm::cli::test
