// Importing customers and transactions: headers, validation reports, all or
// nothing, rejects, duplicates, re-import, dry run and cancellation.
#include "import_fixture.h"

#include "crm/csv/csv_error.h"
#include "crm/store/customer_store.h"
#include "crm/store/stats.h"
#include "crm/store/transaction_store.h"

#include <SQLiteCpp/Database.h>

#include <gtest/gtest.h>

namespace crm::test {
namespace {

using csv::ImportKind;
using csv::OnDuplicate;

TEST(CsvImport, IssueHeadersInEveryEncoding) {
    for (const char* file : {"customers_utf8.csv", "customers_utf8_bom.csv",
                             "customers_utf16le_bom.csv", "customers_utf16be_bom.csv"}) {
        TempDb t("import-enc");
        const auto run = runImport(t.db(), ImportKind::Customers, csvData(file));
        EXPECT_TRUE(run.problems.empty()) << file << ": " << run.problems.front();
        EXPECT_EQ(run.summary.imported, 2u) << file;
        const auto c = CustomerStore(t.db()).findByCode("C-001");
        ASSERT_TRUE(c) << file;
        EXPECT_EQ(c->name, "北京星辰科技有限公司");
        EXPECT_EQ(c->createdOn, Date(2024, 3, 1));
        const auto p = CustomerStore(t.db()).findByCode("C-002");
        EXPECT_EQ(p->kind, CustomerKind::Person);
        EXPECT_EQ(p->createdOn, Date(2025, 6, 30)); // 2025/6/30
        EXPECT_EQ(p->region, "Zürich");
    }
}

TEST(CsvImport, ChineseHeadersInGb18030) {
    TempDb t("import-zh");
    const auto run = runImport(t.db(), ImportKind::Customers, csvData("customers_gb18030.csv"));
    ASSERT_TRUE(run.problems.empty()) << run.problems.front();
    EXPECT_EQ(run.summary.encoding, "gb18030");
    const auto c = CustomerStore(t.db()).findByCode("C-101");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->industry, "贸易");
    EXPECT_EQ(c->email, "sales@mingyue.cn");
    EXPECT_EQ(c->createdOn, Date(2026, 7, 1)); // no column: the caller's today
}

TEST(CsvImport, MapFileRenamesColumns) {
    TempDb t("import-map");
    auto options = defaultImportOptions();
    options.mapFile = csvData("column_map.txt");
    const auto run = runImport(t.db(), ImportKind::Customers, csvData("customers_german.csv"), options);
    ASSERT_TRUE(run.problems.empty()) << run.problems.front();
    EXPECT_EQ(CustomerStore(t.db()).findByCode("K-1")->region, "München");
    options.mapFile = writeTemp("bad_map.txt", "Ort = nowhere\n");
    EXPECT_THROW(runImport(t.db(), ImportKind::Customers, csvData("customers_german.csv"), options),
                 ValidationError);
}

TEST(CsvImport, EveryProblemNamesFileLineAndField) {
    TempDb t("import-problems");
    const auto file = writeTemp("problems.csv",
                                "code,name,kind,email,created\n"
                                "C-1,Good,org,a@b.cn,2026-01-01\n"
                                "C 2,,robot,not-an-email,2026-02-30\n");
    const auto run = runImport(t.db(), ImportKind::Customers, file);
    const std::string at = file.string() + ":3: ";
    EXPECT_EQ(run.problems, (std::vector<std::string>{
                                at + "kind: 'robot' is not a kind (org or person)",
                                at + "created: '2026-02-30' is not a date (2026-06-30, 2026/6/30 or 30.06.2026)",
                                at + "code: 'C 2' must be 1 to 64 letters, digits or - _ . / (no spaces)",
                                at + "name: is required",
                                at + "email: 'not-an-email' is not an email address"}));
    EXPECT_EQ(run.summary.rejected, 1u);
    EXPECT_FALSE(run.summary.committed);
    EXPECT_EQ(countEverything(t.db()).customers, 0); // all or nothing
}

TEST(CsvImport, RaggedRowsAreRejectedWithTheirLine) {
    TempDb t("import-ragged");
    const auto run = runImport(t.db(), ImportKind::Customers, csvData("customers_ragged.csv"));
    const std::string file = csvData("customers_ragged.csv").string();
    EXPECT_EQ(run.problems, (std::vector<std::string>{
                                file + ":3: row: has 2 fields, the header has 3",
                                file + ":4: row: has 4 fields, the header has 3"}));
    EXPECT_EQ(countEverything(t.db()).customers, 0);
}

TEST(CsvImport, SkipInvalidWritesRejectsUnchangedWithReason) {
    TempDb t("import-rejects");
    auto options = defaultImportOptions();
    options.skipInvalid = true;
    options.rejects = writeTemp("rejects.csv", "");
    const auto run = runImport(t.db(), ImportKind::Customers, csvData("customers_ragged.csv"), options);
    EXPECT_TRUE(run.summary.committed);
    EXPECT_EQ(run.summary.imported, 2u);
    EXPECT_EQ(run.summary.rejected, 2u);
    EXPECT_EQ(readText(*options.rejects),
              "code,name,region,reason\r\n"
              "C-502,Beta,\"row: has 2 fields, the header has 3\"\r\n"
              "C-503,Gamma,South,extra,\"row: has 4 fields, the header has 3\"\r\n");
    EXPECT_TRUE(CustomerStore(t.db()).findByCode("C-504"));
    EXPECT_FALSE(CustomerStore(t.db()).findByCode("C-502"));
}

TEST(CsvImport, RejectsKeepQuotingAndGuards) {
    TempDb t("import-rejects-quoted");
    auto options = defaultImportOptions();
    options.skipInvalid = true;
    options.rejects = writeTemp("rejects2.csv", "");
    const auto file = writeTemp("quoted-bad.csv", "code;name;notes\r\nX 1;'=SUM(A1);\"a;b\r\nc\"\r\n");
    runImport(t.db(), ImportKind::Customers, file, options);
    EXPECT_EQ(readText(*options.rejects),
              "code;name;notes;reason\r\n"
              "X 1;'=SUM(A1);\"a;b\r\nc\";code: 'X 1' must be 1 to 64 letters, digits or - _ . / "
              "(no spaces)\r\n");
}

TEST(CsvImport, FormulaGuardIsUndone) {
    TempDb t("import-guard");
    const auto file = writeTemp("guard.csv", "code,name,notes\nC-1,'=Acme,'+1 note\nC-2,'plain,x\n");
    runImport(t.db(), ImportKind::Customers, file);
    EXPECT_EQ(CustomerStore(t.db()).findByCode("C-1")->name, "=Acme");
    EXPECT_EQ(CustomerStore(t.db()).findByCode("C-1")->notes, "+1 note");
    EXPECT_EQ(CustomerStore(t.db()).findByCode("C-2")->name, "'plain");
}

TEST(CsvImport, DuplicateCodesFollowThePolicy) {
    TempDb t("import-dup");
    addTwoCustomers(t.db());
    const auto file = writeTemp("dup.csv", "code,name,region\nC-001,New Name,West\nC-003,Third,East\n");
    auto run = runImport(t.db(), ImportKind::Customers, file);
    ASSERT_EQ(run.problems.size(), 1u);
    EXPECT_NE(run.problems[0].find(":2: code: a customer with code 'C-001' already exists"),
              std::string::npos);
    EXPECT_EQ(countEverything(t.db()).customers, 2);

    auto options = defaultImportOptions();
    options.onDuplicate = OnDuplicate::Skip;
    run = runImport(t.db(), ImportKind::Customers, file, options);
    EXPECT_EQ(run.summary.skipped, 1u);
    EXPECT_EQ(run.summary.imported, 1u);
    EXPECT_EQ(CustomerStore(t.db()).findByCode("C-001")->region, "");

    options.onDuplicate = OnDuplicate::Update;
    run = runImport(t.db(), ImportKind::Customers, file, options);
    EXPECT_EQ(run.summary.updated, 2u);
    const auto c = CustomerStore(t.db()).findByCode("C-001");
    EXPECT_EQ(c->name, "New Name");
    EXPECT_EQ(c->region, "West");
    EXPECT_EQ(c->createdOn, Date(2024, 3, 1)); // a column the file lacks stays
}

TEST(CsvImport, DuplicateCodeInsideOneFile) {
    TempDb t("import-dup-file");
    const auto file = writeTemp("dup-in-file.csv", "code,name\nC-9,First\nC-9,Second\n");
    auto run = runImport(t.db(), ImportKind::Customers, file);
    EXPECT_EQ(run.summary.rejected, 1u);
    auto options = defaultImportOptions();
    options.onDuplicate = OnDuplicate::Update;
    run = runImport(t.db(), ImportKind::Customers, file, options);
    EXPECT_EQ(run.summary.imported, 1u);
    EXPECT_EQ(run.summary.updated, 1u);
    EXPECT_EQ(CustomerStore(t.db()).findByCode("C-9")->name, "Second");
}

TEST(CsvImport, TransactionsWithIssueHeadersAndReimport) {
    TempDb t("import-tx");
    addTwoCustomers(t.db());
    const auto file = csvData("transactions_issue.csv");
    auto run = runImport(t.db(), ImportKind::Transactions, file);
    ASSERT_TRUE(run.problems.empty()) << run.problems.front();
    EXPECT_EQ(run.summary.imported, 3u);
    const auto id = CustomerStore(t.db()).idForCode("C-001");
    const auto txs = TransactionStore(t.db()).listFor(id);
    ASSERT_EQ(txs.size(), 2u);
    EXPECT_EQ(txs[0].date, Date(2026, 6, 1));
    EXPECT_EQ(txs[0].amount, 9900);
    EXPECT_EQ(txs[1].amount, 123450);
    EXPECT_EQ(txs[1].reference, "T-1");
    EXPECT_EQ(CustomerStore(t.db()).aggregates(id).netAmount, 133350);

    run = runImport(t.db(), ImportKind::Transactions, file); // again: nothing changes
    EXPECT_EQ(run.summary.imported, 0u);
    EXPECT_EQ(run.summary.skipped, 3u);
    EXPECT_EQ(countEverything(t.db()).transactions, 3);
    EXPECT_EQ(CustomerStore(t.db()).aggregates(id).netAmount, 133350);
}

TEST(CsvImport, TransactionProblems) {
    TempDb t("import-tx-bad");
    addTwoCustomers(t.db());
    const auto file = writeTemp("tx-bad.csv", "customer,date,amount,cost\n"
                                              "C-404,2026-01-01,1.00,\n"
                                              "C-001,yesterday,1.005,-1\n");
    const auto run = runImport(t.db(), ImportKind::Transactions, file);
    const std::string f = file.string();
    EXPECT_EQ(run.problems, (std::vector<std::string>{
                                f + ":2: customer: no customer with code 'C-404'",
                                f + ":3: date: 'yesterday' is not a date (2026-06-30, 2026/6/30 or 30.06.2026)",
                                f + ":3: amount: '1.005' is not an amount with at most 2 decimals",
                                f + ":3: cost: cannot be negative"}));
}

TEST(CsvImport, ChineseTransactionHeaders) {
    TempDb t("import-tx-zh");
    addTwoCustomers(t.db());
    const auto run = runImport(t.db(), ImportKind::Transactions, csvData("transactions_zh.csv"));
    ASSERT_TRUE(run.problems.empty()) << run.problems.front();
    const auto txs = TransactionStore(t.db()).listFor(CustomerStore(t.db()).idForCode("C-001"));
    ASSERT_EQ(txs.size(), 1u);
    EXPECT_EQ(txs[0].cost, 4000);
    EXPECT_EQ(txs[0].product, "茶叶");
    EXPECT_EQ(txs[0].reference, "Z-1");
}

TEST(CsvImport, DryRunChangesNothing) {
    TempDb t("import-dry");
    auto options = defaultImportOptions();
    options.dryRun = true;
    const auto run = runImport(t.db(), ImportKind::Customers, csvData("customers_utf8.csv"), options);
    EXPECT_EQ(run.summary.imported, 2u);
    EXPECT_FALSE(run.summary.committed);
    EXPECT_EQ(countEverything(t.db()).customers, 0);
}

TEST(CsvImport, CancelLeavesTheDatabaseAsItWas) {
    TempDb t("import-cancel");
    addTwoCustomers(t.db());
    std::string content = "code,name\n";
    for (int i = 0; i < 20000; ++i)
        content += "N-" + std::to_string(i) + ",Customer " + std::to_string(i) + "\n";
    const auto file = writeTemp("cancel.csv", content);
    auto options = defaultImportOptions();
    options.batchRows = 1000;
    int calls = 0;
    options.progress = [&calls](const csv::ImportProgressInfo& p) {
        ++calls;
        return p.rowsRead < 10000; // batches were written before this
    };
    const auto run = runImport(t.db(), ImportKind::Customers, file, options);
    EXPECT_TRUE(run.summary.cancelled);
    EXPECT_GT(calls, 1);
    EXPECT_EQ(countEverything(t.db()).customers, 2);
    EXPECT_FALSE(CustomerStore(t.db()).findByCode("N-1"));
}

// Transactions are written on a thread of their own while the next rows are
// read: cancelling with batches written and queued still leaves nothing.
TEST(CsvImport, CancelledTransactionImportLeavesTheDatabaseAsItWas) {
    TempDb t("import-cancel-tx");
    addTwoCustomers(t.db());
    std::string content = "customer,date,amount,reference\n";
    for (int i = 0; i < 30000; ++i)
        content += std::string(i % 2 ? "C-001" : "C-002") + ",2026-05-" + std::to_string(10 + i % 19) + ",10.00,R" +
                   std::to_string(i) + "\n";
    const auto file = writeTemp("cancel-tx.csv", content);
    auto options = defaultImportOptions();
    options.batchRows = 500;
    options.progress = [](const csv::ImportProgressInfo& p) { return p.rowsRead < 20000; };
    const auto run = runImport(t.db(), ImportKind::Transactions, file, options);
    EXPECT_TRUE(run.summary.cancelled);
    EXPECT_EQ(countEverything(t.db()).transactions, 0);
    const CustomerStore customers(t.db());
    const std::int64_t first = customers.findByCode("C-001")->id;
    EXPECT_EQ(customers.aggregates(first).purchaseCount, 0);

    options.progress = {};
    const auto whole = runImport(t.db(), ImportKind::Transactions, file, options);
    EXPECT_TRUE(whole.summary.committed);
    EXPECT_EQ(whole.summary.imported, 30000u);
    EXPECT_EQ(countEverything(t.db()).transactions, 30000);
    EXPECT_EQ(customers.aggregates(first).purchaseCount, 15000);
    EXPECT_EQ(customers.aggregates(first), customers.recomputeAggregates(first));
    const auto again = runImport(t.db(), ImportKind::Transactions, file, options);
    EXPECT_EQ(again.summary.imported, 0u);
    EXPECT_EQ(again.summary.skipped, 30000u);
}

namespace {
std::string indexesAndTriggers(const Database& db) {
    return db.sql()
        .execAndGet("SELECT group_concat(name || ':' || ifnull(sql, ''), '|') FROM (SELECT name, "
                    "sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name)")
        .getString();
}
} // namespace

// Past a number of rows the rest of a transaction import goes in as a bulk
// load (two customer indexes and a trigger rebuilt at the end): the same
// result as batch by batch, the same schema after, and a cancel leaves nothing.
TEST(CsvImport, BulkLoadedTransactionsEqualBatchedOnes) {
    std::string content = "customer,date,amount,cost,reference\n";
    for (int i = 0; i < 6000; ++i) {
        const int j = i % 5000; // the last 1,000 rows repeat the first
        content += std::string(j % 3 ? "C-001" : "C-002") + ",2026-0" + std::to_string(1 + j % 9) +
                   "-1" + std::to_string(j % 10) + "," + std::to_string(j % 7 - 2) + ".50," +
                   (j % 4 ? "1.00" : "") + ",R" + std::to_string(j) + "\n";
    }
    const auto file = writeTemp("bulk-tx.csv", content);
    TempDb batched("import-batched"), bulk("import-bulk");
    addTwoCustomers(batched.db());
    addTwoCustomers(bulk.db());
    const std::string schema = indexesAndTriggers(bulk.db());
    auto options = defaultImportOptions();
    options.batchRows = 500;
    options.bulkLoadAfter = 1000;

    options.progress = [](const csv::ImportProgressInfo& p) { return p.rowsRead < 4096; };
    EXPECT_TRUE(runImport(bulk.db(), ImportKind::Transactions, file, options).summary.cancelled);
    EXPECT_EQ(countEverything(bulk.db()).transactions, 0);
    EXPECT_EQ(indexesAndTriggers(bulk.db()), schema);

    options.progress = {};
    const auto loaded = runImport(bulk.db(), ImportKind::Transactions, file, options).summary;
    options.bulkLoadAfter = 0; // the default: half the customers, at least 100,000 rows
    const auto written = runImport(batched.db(), ImportKind::Transactions, file, options).summary;
    EXPECT_TRUE(loaded.committed);
    EXPECT_EQ(loaded.imported, 5000u);
    EXPECT_EQ(loaded.skipped, 1000u);
    EXPECT_EQ(written.imported, loaded.imported);
    EXPECT_EQ(indexesAndTriggers(bulk.db()), schema);
    for (const char* code : {"C-001", "C-002"}) {
        const CustomerStore a(bulk.db()), b(batched.db());
        const std::int64_t id = a.findByCode(code)->id;
        EXPECT_EQ(a.aggregates(id), a.recomputeAggregates(id)) << code;
        EXPECT_EQ(a.aggregates(id), b.aggregates(b.findByCode(code)->id)) << code;
    }
}

TEST(CsvImport, FilesThatAreNotTablesAreRefused) {
    TempDb t("import-refused");
    for (const char* file : {"zero_bytes.csv", "empty.csv", "binary_garbage.bin"})
        EXPECT_THROW(runImport(t.db(), ImportKind::Customers, csvData(file)), csv::CsvError) << file;
    const auto run = runImport(t.db(), ImportKind::Customers, csvData("header_only.csv"));
    EXPECT_EQ(run.summary.rowsRead, 0u);
    EXPECT_TRUE(run.summary.committed);
    try {
        runImport(t.db(), ImportKind::Transactions, csvData("header_only.csv"));
        FAIL();
    } catch (const csv::CsvError& e) {
        EXPECT_NE(std::string(e.what()).find(":1: header: date: no column for it (required); amount: no column for it (required)"),
                  std::string::npos)
            << e.what();
    }
}

} // namespace
} // namespace crm::test
