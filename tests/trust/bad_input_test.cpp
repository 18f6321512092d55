// Hostile input through every import: SQL and formula-injection strings,
// emoji and mixed scripts are stored exactly as written (everything goes
// through bound parameters; nothing is executed or reinterpreted), while
// 1 MB names, NUL bytes and invalid UTF-8 are refused with the file, line
// and field, and nothing of a refused file is stored.
#include "../csv/import_fixture.h"

#include "crm/store/contact_store.h"
#include "crm/store/customer_store.h"
#include "crm/store/interaction_store.h"
#include "crm/store/transaction_store.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

using namespace crm;
using namespace crm::test;
using csv::ImportKind;

namespace {

// Each is a field value a user or an old system might hand us.
const std::vector<std::string> kHostile{
    "Robert'); DROP TABLE customer;--",
    "x' OR '1'='1",
    "\"; DELETE FROM txn; --",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "@SUM(A1:A9)",
    "+cmd|' /C calc'!A0",
    "😀 Emoji 👍🏽 客户 Ünïcödé עברית",
    "%s%n%x {0} ${jndi:ldap://x}",
};

// RFC 4180: every value quoted, quotes doubled.
std::string quoted(const std::string& value) {
    std::string out = "\"";
    for (char c : value)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::int64_t schemaObjects(const Database& db) {
    return db.sql().execAndGet("SELECT count(*) FROM sqlite_schema").getInt64();
}

void expectIntact(const Database& db, std::int64_t objects) {
    EXPECT_EQ(schemaObjects(db), objects);
    EXPECT_EQ(db.sql().execAndGet("PRAGMA integrity_check").getString(), "ok");
}

class BadInput : public ::testing::Test {
protected:
    TempDb t{"bad-input"};
    std::int64_t objects = 0;
    void SetUp() override {
        addTwoCustomers(t.db());
        objects = schemaObjects(t.db());
    }
};

} // namespace

TEST_F(BadInput, HostileCustomerTextIsStoredExactly) {
    std::string file = "code,name,industry,region,notes\r\n";
    for (std::size_t k = 0; k < kHostile.size(); ++k)
        file += "H-" + std::to_string(k) + "," + quoted(kHostile[k]) + "," + quoted(kHostile[k]) +
                "," + quoted(kHostile[k]) + "," + quoted(kHostile[k] + "\nsecond line") + "\r\n";
    const auto run = runImport(t.db(), ImportKind::Customers, writeTemp("hostile-customers.csv", file));
    ASSERT_TRUE(run.problems.empty()) << run.problems.front();
    for (std::size_t k = 0; k < kHostile.size(); ++k) {
        const auto c = CustomerStore(t.db()).findByCode("H-" + std::to_string(k));
        ASSERT_TRUE(c) << k;
        EXPECT_EQ(c->name, kHostile[k]);
        EXPECT_EQ(c->industry, kHostile[k]);
        EXPECT_EQ(c->region, kHostile[k]);
        EXPECT_EQ(c->notes, kHostile[k] + "\nsecond line");
    }
    expectIntact(t.db(), objects);
}

TEST_F(BadInput, HostileTextInTransactionsContactsAndInteractionsIsStoredExactly) {
    std::string txns = "customer,date,amount,product,reference\r\n";
    std::string contacts = "customer,name,phone,email\r\n";
    std::string interactions = "customer,date,type,subject,text\r\n";
    for (std::size_t k = 0; k < kHostile.size(); ++k) {
        const std::string v = quoted(kHostile[k]);
        txns += "C-001,2026-05-0" + std::to_string(k + 1) + ",-12.50," + v + "," +
                quoted("ref " + kHostile[k]) + "\r\n";
        contacts += "C-001," + v + ",,\r\n";
        interactions += "C-001,2026-05-0" + std::to_string(k + 1) + ",call," + v + "," + v + "\r\n";
    }
    for (const auto& [kind, text] : {std::pair{ImportKind::Transactions, txns},
                                     std::pair{ImportKind::Contacts, contacts},
                                     std::pair{ImportKind::Interactions, interactions}}) {
        const auto run = runImport(t.db(), kind, writeTemp("hostile-records.csv", text));
        ASSERT_TRUE(run.problems.empty()) << run.problems.front();
        EXPECT_EQ(run.summary.imported, kHostile.size());
    }
    const auto id = CustomerStore(t.db()).findByCode("C-001")->id;
    std::set<std::string> products, names, subjects;
    for (const auto& tx : TransactionStore(t.db()).listFor(id))
        products.insert(tx.product);
    for (const auto& c : ContactStore(t.db()).listFor(id))
        names.insert(c.name);
    for (const auto& i : InteractionStore(t.db()).listFor(id)) {
        subjects.insert(i.subject);
        EXPECT_EQ(i.subject, i.text);
    }
    for (const std::string& value : kHostile) {
        EXPECT_TRUE(products.contains(value)) << value;
        EXPECT_TRUE(names.contains(value)) << value;
        EXPECT_TRUE(subjects.contains(value)) << value;
    }
    expectIntact(t.db(), objects);
}

TEST_F(BadInput, AMegabyteNameIsRefusedWithItsLineAndFieldAndNothingIsStored) {
    const std::string file = "code,name,notes\r\n"
                             "OK-1,Fine,\r\n"
                             "BIG-1," + std::string(1 << 20, 'n') + ",\r\n" +
                             "BIG-2,Fine," + std::string((1 << 20) + 1, 'x') + "\r\n";
    const auto path = writeTemp("megabyte.csv", file);
    const auto run = runImport(t.db(), ImportKind::Customers, path);
    ASSERT_EQ(run.problems.size(), 2u);
    EXPECT_EQ(run.problems[0].rfind(path.string() + ":3: name: ", 0), 0u) << run.problems[0];
    EXPECT_EQ(run.problems[1].rfind(path.string() + ":4: notes: ", 0), 0u) << run.problems[1];
    EXPECT_FALSE(run.summary.committed);
    EXPECT_FALSE(CustomerStore(t.db()).findByCode("OK-1")); // a refused file stores nothing
    expectIntact(t.db(), objects);
}

TEST_F(BadInput, NulBytesAndInvalidUtf8AreRefusedAsNotTextAndNothingIsStored) {
    for (const auto& [name, bytes] :
         {std::pair{std::string("nul.csv"), std::string("code,name\r\nN-1,Nul \0 byte\r\n", 26)},
          std::pair{std::string("invalid-utf8.csv"), std::string("code,name\r\nU-1,Bad \xff\xfe\xfd\r\n")}}) {
        const auto path = writeTemp(name, bytes);
        bool refused = false;
        try {
            const auto run = runImport(t.db(), ImportKind::Customers, path);
            refused = !run.summary.committed && !run.problems.empty();
            if (!run.problems.empty()) {
                EXPECT_NE(run.problems.front().find(path.string() + ":2"), std::string::npos)
                    << run.problems.front();
            }
        } catch (const Error& e) {
            refused = true;
            EXPECT_NE(std::string(e.what()).find(path.filename().string()), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find(":2"), std::string::npos) << e.what();
        }
        EXPECT_TRUE(refused) << name;
        EXPECT_EQ(CustomerStore(t.db()).findByCode("N-1"), std::nullopt);
        EXPECT_EQ(CustomerStore(t.db()).findByCode("U-1"), std::nullopt);
    }
    expectIntact(t.db(), objects);
}

TEST_F(BadInput, FormulaGuardedCellsOfAnExportComeBackAsTheyWere) {
    // An exported "=..." cell carries a leading ' (the guard); the importer
    // takes it off again, so hostile formulas survive a round trip intact
    // and never reach a spreadsheet as formulas.
    const std::string file = "code,name\r\nG-1,'=1+1\r\nG-2,'@SUM(A1)\r\nG-3,'+1\r\nG-4,'-1\r\n";
    const auto run = runImport(t.db(), ImportKind::Customers, writeTemp("guarded.csv", file));
    ASSERT_TRUE(run.problems.empty()) << run.problems.front();
    EXPECT_EQ(CustomerStore(t.db()).findByCode("G-1")->name, "=1+1");
    EXPECT_EQ(CustomerStore(t.db()).findByCode("G-2")->name, "@SUM(A1)");
    EXPECT_EQ(CustomerStore(t.db()).findByCode("G-3")->name, "+1");
    EXPECT_EQ(CustomerStore(t.db()).findByCode("G-4")->name, "-1");
}
