// crm export: the real binary, its files and its one-line errors.
#include "../cli/cli_fixture.h"

#include <fstream>
#include <sstream>

namespace crm::cli::test {
namespace {

namespace fs = std::filesystem;

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

class ExportCli : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        init();
        addCustomer("C-1", "张伟", {"--kind", "person", "--region", "北京", "--tag", "vip"});
        addCustomer("C-2", "=cmd", {"--region", "上海"});
        ok({"tx", "add", "C-1", "--date", "2025-01-05", "--amount", "120.50"});
        ok({"tx", "add", "C-1", "--date", "2025-02-05", "--amount", "-20.00"});
        out = m_dir / "out.csv";
    }
    fs::path out;
};

TEST_F(ExportCli, CustomersWithDefaultsThenChosenOptions) {
    EXPECT_EQ(ok({"export", "customers", "--out", out.string(), "--as-of", "2025-06-30",
                  "--columns", "code,name,net_amount"}),
              "exported 2 customers to " + out.string() + "\n");
    EXPECT_EQ(readFile(out), "code,name,net_amount\r\nC-1,张伟,100.50\r\nC-2,'=cmd,0.00\r\n");
    ok({"export", "customers", "--out", out.string(), "--columns", "code, name",
        "--delimiter", "semicolon", "--encoding", "gb18030", "--line-ending", "lf",
        "--no-formula-guard", "--region", "北京"});
    EXPECT_EQ(readFile(out), "code;name\nC-1;\xD5\xC5\xCE\xB0\n");
    ok({"export", "customers", "--out", out.string(), "--columns", "code", "--encoding",
        "utf-8-bom", "--delimiter", "tab"});
    EXPECT_EQ(readFile(out), "\xEF\xBB\xBF" "code\r\nC-1\r\nC-2\r\n");
}

TEST_F(ExportCli, DefaultHeaderAndClvNoteOnStderr) {
    const CliResult r = crm({"export", "customers", "--out", out.string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(contains(r.err, "clv: left empty")) << r.err;
    EXPECT_TRUE(readFile(out).starts_with(
        "code,name,kind,industry,region,phone,email,owner,tags,stage,segment,r,f,m,"
        "last_purchase,purchases,net_amount,clv\r\nC-1,张伟,person,,北京,,,,vip,"));
}

TEST_F(ExportCli, TransactionsOfOneCustomer) {
    ok({"export", "transactions", "--out", out.string(), "--customer", "C-1", "--from",
        "2025-02-01"});
    EXPECT_EQ(readFile(out), "customer_code,date,amount,cost,product,reference\r\n"
                             "C-1,2025-02-05,-20.00,,,\r\n");
}

TEST_F(ExportCli, ErrorsAreOneLineAndLeaveNoFile) {
    expectError(crm({"export", "customers", "--out", out.string(), "--columns", "code,x"}), 1,
                "unknown column 'x'; valid: code, name");
    expectError(crm({"export", "customers", "--out", out.string(), "--delimiter", "pipe"}), 1,
                "delimiter: 'pipe' is not one of comma, semicolon, tab");
    expectError(crm({"export", "customers", "--out", out.string(), "--encoding", "latin1"}), 1,
                "encoding");
    expectError(crm({"export", "customers", "--out", out.string(), "--segment", "vips"}), 1,
                "not an RFM segment");
    expectError(crm({"export", "transactions", "--out", out.string(), "--customer", "C-9"}), 1,
                "C-9");
    expectError(crm({"export", "customers"}), 1, "--out");
    expectError(crm({"export", "customers", "--out", (m_dir / "no" / "x.csv").string()}), 1,
                "cannot create");
    EXPECT_FALSE(fs::exists(out));
}

} // namespace
} // namespace crm::cli::test
