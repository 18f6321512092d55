// The exporters over a small database: columns, filters, RFM columns,
// records, keyset pages through the progress callback, cancellation and
// failure leaving an existing file untouched.
#include "crm/csv/export_customers.h"
#include "crm/csv/export_records.h"

#include "../store/temp_db.h"
#include "crm/store/contact_store.h"
#include "crm/store/customer_store.h"
#include "crm/store/interaction_store.h"
#include "crm/store/rfm_query.h"
#include "crm/store/transaction_store.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace crm::csv {
namespace {

namespace fs = std::filesystem;

const Date kAsOf(2025, 6, 30);

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    for (std::size_t start = 0, end; start < text.size(); start = end + 2) {
        end = text.find("\r\n", start);
        out.push_back(text.substr(start, end - start));
    }
    return out;
}

struct Export : ::testing::Test {
    static constexpr int kCustomers = 53;
    test::TempDb t{"export"};
    fs::path target = test::freshPath("export-out.csv");
    std::vector<std::int64_t> ids;

    void SetUp() override {
        std::vector<Customer> batch;
        for (int i = 0; i < kCustomers; ++i) {
            Customer c;
            c.code = "C" + std::to_string(100 + i);
            c.name = i == 0 ? "张伟" : i == 1 ? "=HYPERLINK(\"x\")" : "Shop, \"No. " + std::to_string(i) + "\"";
            c.kind = i % 4 == 0 ? CustomerKind::Person : CustomerKind::Organisation;
            c.region = i % 2 ? "华东" : "华北";
            c.phone = "+86 10 " + std::to_string(5000 + i);
            c.createdOn = Date(2024, 1, 1);
            if (i % 5 == 0)
                c.tags = {"vip", "b2b"};
            batch.push_back(c);
        }
        ids = CustomerStore(t.db()).addBatch(batch);
        std::vector<Transaction> txs;
        for (int i = 0; i < kCustomers; i += 2)
            for (int k = 0; k <= i % 7; ++k)
                txs.push_back(purchase(i, Date(2025, 1, 1) + boost::gregorian::days(i + 3 * k),
                                       100 * (i + 1) + k));
        txs.push_back(purchase(2, Date(2025, 3, 1), -1250)); // a refund
        TransactionStore(t.db()).addBatch(txs);
    }
    void TearDown() override { fs::remove(target); }

    Transaction purchase(int customer, Date day, Money amount) const {
        Transaction tx;
        tx.customerId = ids[static_cast<std::size_t>(customer)];
        tx.date = day;
        tx.amount = amount;
        tx.product = "widget";
        return tx;
    }

    std::vector<std::string> exportLines(const CustomerExportRequest& request,
                                         const ExportOptions& options = {}) {
        exportCustomers(t.db(), request, options, target);
        return lines(readFile(target));
    }
};

TEST_F(Export, DefaultColumnsAndOneRowPerCustomer) {
    const auto rows = exportLines({{}, std::nullopt, kAsOf});
    ASSERT_EQ(rows.size(), kCustomers + 1u);
    EXPECT_EQ(rows[0], "code,name,kind,industry,region,phone,email,owner,tags,stage,segment,"
                       "r,f,m,last_purchase,purchases,net_amount,clv");
    EXPECT_TRUE(rows[1].starts_with("C100,张伟,person,,华北,'+86 10 5000,,,b2b;vip,prospect,"))
        << rows[1];
}

TEST_F(Export, ChosenColumnsInOrderWithGuardedTextAndPlainNumbers) {
    ExportOptions options;
    options.columns = {"net_amount", "name", "code", "purchases", "last_purchase"};
    const auto rows = exportLines({{}, std::nullopt, kAsOf}, options);
    EXPECT_EQ(rows[0], "net_amount,name,code,purchases,last_purchase");
    EXPECT_EQ(rows[2], "0.00,\"'=HYPERLINK(\"\"x\"\")\",C101,0,");
    // Customer 2: purchases of 3.00, 3.01 and 3.02 (the last on 9 January), a refund of 12.50.
    EXPECT_EQ(rows[3], "-3.47,\"Shop, \"\"No. 2\"\"\",C102,3,2025-01-09");
}

TEST_F(Export, UnknownColumnListsTheValidOnes) {
    ExportOptions options;
    options.columns = {"code", "colour"};
    try {
        exportCustomers(t.db(), {{}, std::nullopt, kAsOf}, options, target);
        FAIL() << "no error";
    } catch (const ValidationError& e) {
        EXPECT_NE(std::string(e.what()).find("unknown column 'colour'; valid: code, name, kind"),
                  std::string::npos);
    }
    EXPECT_FALSE(fs::exists(target));
}

TEST_F(Export, StoreFiltersApply) {
    ExportOptions options;
    options.columns = {"code"};
    CustomerFilter filter;
    filter.tag = "vip";
    filter.kind = CustomerKind::Organisation;
    // Tagged: 0, 5, 10 ... 50; organisations: not a multiple of 4.
    const auto rows = exportLines({filter, std::nullopt, kAsOf}, options);
    EXPECT_EQ(rows, (std::vector<std::string>{"code", "C105", "C110", "C115", "C125", "C130",
                                              "C135", "C145", "C150"}));
    filter = {};
    filter.search = "张伟";
    EXPECT_EQ(exportLines({filter, std::nullopt, kAsOf}, options).size(), 2u);
}

TEST_F(Export, RfmColumnsAndSegmentFilterAgreeWithComputeRfm) {
    const auto scored = computeRfm(t.db(), RfmRequest{kAsOf, std::nullopt});
    ASSERT_FALSE(scored.empty());
    const rfm::Segment wanted = scored.front().score.segment;
    std::vector<std::string> expected{"code,segment,r,f,m"};
    for (const auto& row : scored)
        if (row.score.segment == wanted)
            expected.push_back(row.code + "," + std::string(rfm::toKey(wanted)) + "," +
                               std::to_string(row.score.r) + "," + std::to_string(row.score.f) +
                               "," + std::to_string(row.score.m));
    ExportOptions options;
    options.columns = {"code", "segment", "r", "f", "m"};
    EXPECT_EQ(exportLines({{}, wanted, kAsOf}, options), expected);
}

TEST_F(Export, ClvColumnStaysEmptyWithANoteWhenNoModelIsStored) {
    ExportOptions options;
    options.columns = {"code", "clv"};
    const auto result = exportCustomers(t.db(), {{}, std::nullopt, kAsOf}, options, target);
    ASSERT_EQ(result.notes.size(), 1u);
    EXPECT_NE(result.notes[0].find("crm clv fit --as-of 2025-06-30"), std::string::npos);
    EXPECT_EQ(lines(readFile(target))[1], "C100,");
}

// Pages of 10: the callback sees 10, 20, ... 53 of 53; the store is read by
// keyset pages, so memory does not depend on the row count.
TEST_F(Export, ProgressComesOncePerPage) {
    ExportOptions options;
    options.pageSize = 10;
    std::vector<std::int64_t> seen;
    options.progress = [&](std::int64_t done, std::int64_t total) {
        EXPECT_EQ(total, kCustomers);
        seen.push_back(done);
        return true;
    };
    const auto result = exportCustomers(t.db(), {{}, std::nullopt, kAsOf}, options, target);
    EXPECT_EQ(result.rows, kCustomers);
    EXPECT_EQ(seen, (std::vector<std::int64_t>{10, 20, 30, 40, 50, 53}));
}

struct ExistingFile : Export {
    const std::string old = "code\r\nOLD\r\n\xEF\xBB\xBF bytes";
    void SetUp() override {
        Export::SetUp();
        std::ofstream(target, std::ios::binary) << old;
    }
    bool noTemporaryFile() const {
        for (const auto& entry : fs::directory_iterator(target.parent_path()))
            if (entry.path().string().starts_with(target.string() + ".tmp-"))
                return false;
        return true;
    }
};

TEST_F(ExistingFile, CancelledExportLeavesItAsItWas) {
    ExportOptions options;
    options.pageSize = 10;
    options.progress = [](std::int64_t done, std::int64_t) { return done < 30; };
    const auto result = exportCustomers(t.db(), {{}, std::nullopt, kAsOf}, options, target);
    EXPECT_TRUE(result.cancelled);
    EXPECT_EQ(readFile(target), old);
    EXPECT_TRUE(noTemporaryFile());
}

TEST_F(ExistingFile, ExportFailingMidwayLeavesItAsItWas) {
    ExportOptions options;
    options.pageSize = 10;
    options.progress = [](std::int64_t done, std::int64_t) -> bool {
        if (done >= 20)
            throw std::runtime_error("disk on fire");
        return true;
    };
    EXPECT_THROW(exportTransactions(t.db(), {}, options, target), std::runtime_error);
    EXPECT_EQ(readFile(target), old);
    EXPECT_TRUE(noTemporaryFile());
    EXPECT_THROW(exportCustomers(t.db(), {{}, std::nullopt, kAsOf}, options, target),
                 std::runtime_error);
    EXPECT_EQ(readFile(target), old);
    EXPECT_TRUE(noTemporaryFile());
}

// The file is written on a second thread (while the caller reads the next
// pages): what fails there reaches the caller the same way.
TEST_F(ExistingFile, ExportFailingWhileWritingLeavesItAsItWas) {
    t.db().sql().exec("UPDATE customer SET name = CAST(x'4fff' AS TEXT) WHERE code = 'C140'");
    ExportOptions options;
    options.pageSize = 10;
    EXPECT_THROW(exportCustomers(t.db(), {{}, std::nullopt, kAsOf}, options, target),
                 EncodingError);
    EXPECT_EQ(readFile(target), old);
    EXPECT_TRUE(noTemporaryFile());
}

TEST_F(Export, TransactionsWithRefundsCostsAndFilters) {
    Transaction tx = purchase(1, Date(2025, 5, 5), 99999);
    tx.cost = 50000;
    tx.reference = "INV-1";
    TransactionStore(t.db()).add(tx);
    RecordExportRequest request;
    request.customerId = ids[1];
    exportTransactions(t.db(), request, {}, target);
    EXPECT_EQ(lines(readFile(target)),
              (std::vector<std::string>{"customer_code,date,amount,cost,product,reference",
                                        "C101,2025-05-05,999.99,500.00,widget,INV-1"}));
    request = {};
    request.from = Date(2025, 3, 1);
    request.to = Date(2025, 3, 1);
    exportTransactions(t.db(), request, {}, target);
    EXPECT_EQ(lines(readFile(target))[1], "C102,2025-03-01,-12.50,,widget,");
}

TEST_F(Export, ContactsAndInteractions) {
    Contact c;
    c.customerId = ids[3];
    c.name = "李娜";
    c.role = ContactRole::Purchaser;
    c.primary = true;
    c.email = "li@x.cn";
    const auto contactId = ContactStore(t.db()).add(c, kAsOf);
    exportContacts(t.db(), {}, {}, target);
    EXPECT_EQ(lines(readFile(target)),
              (std::vector<std::string>{"customer_code,name,role,primary,phone,email,birthday",
                                        "C103,李娜,purchaser,yes,,li@x.cn,"}));
    Interaction i;
    i.customerId = ids[3];
    i.contactId = contactId;
    i.date = Date(2025, 6, 1);
    i.minuteOfDay = 9 * 60 + 5;
    i.type = InteractionType::Complaint;
    i.subject = "late, again";
    i.text = "line one\nline two";
    i.complaintStatus = ComplaintStatus::Open;
    InteractionStore(t.db()).add(i);
    RecordExportRequest request;
    request.type = InteractionType::Complaint;
    exportInteractions(t.db(), request, {}, target);
    EXPECT_EQ(readFile(target),
              "customer_code,date,time,type,contact,subject,body,outcome,logged_by,"
              "complaint_status,resolution\r\n"
              "C103,2025-06-01,09:05,complaint,李娜,\"late, again\",\"line one\nline two\",,,open,"
              "\r\n");
}

} // namespace
} // namespace crm::csv
