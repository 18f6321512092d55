// Customers from CSV: batches through CustomerStore::addBatch; codes already
// stored (or earlier in the file) follow --on-duplicate.
#include "crm/csv/import_importers.h"
#include "crm/csv/import_values.h"
#include "crm/names.h"
#include "crm/store/customer_store.h"
#include "crm/store/database.h"
#include "crm/validation.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <unordered_set>

namespace crm::csv {

namespace {

enum Field { Code, Name, Kind, Industry, Region, Address, Phone, Email, Owner, Tags, Created,
             Notes, CompanyStageField, AnnualSpend, Birthday };

const std::vector<FieldSpec>& customerFields() {
    static const std::vector<FieldSpec> fields{
        {"code", true, {"customer_id", "customer code", "customer no", "客户编号", "客户代码", "编号"}},
        {"name", true, {"customer name", "company", "客户名称", "客户名", "名称", "姓名"}},
        {"kind", false, {"type", "customer type", "客户类型", "类型"}},
        {"industry", false, {"sector", "行业"}},
        {"region", false, {"area", "city", "province", "地区", "区域", "城市", "省份"}},
        {"address", false, {"地址"}},
        {"phone", false, {"telephone", "tel", "mobile", "电话", "手机", "联系电话"}},
        {"email", false, {"e-mail", "mail", "邮箱", "电子邮件", "电子邮箱"}},
        {"owner", false, {"sales rep", "account manager", "负责人", "销售", "客户经理"}},
        {"tags", false, {"tag", "labels", "标签"}},
        {"created", false, {"created_on", "created on", "since", "创建日期", "建档日期"}},
        {"notes", false, {"note", "remarks", "备注"}},
        {"company_stage", false, {"企业阶段"}},
        {"annual_spend", false, {"annual category spend", "年采购额"}},
        {"birthday", false, {"date of birth", "生日"}},
    };
    return fields;
}

// Cells of `row` over `c`: only the columns the file has change a field.
class CustomerRow {
public:
    CustomerRow(const ImportRows& row, int decimals) : m_row(row), m_decimals(decimals) {}

    std::vector<FieldError> apply(Customer& c) {
        c.code = m_row.value(Code);
        setText(Name, c.name);
        setText(Industry, c.industry);
        setText(Region, c.region);
        setText(Address, c.address);
        setText(Phone, c.phone);
        setText(Email, c.email);
        setText(Owner, c.owner);
        if (m_row.has(Notes))
            c.notes = m_row.text(Notes);
        if (m_row.has(Tags))
            c.tags = splitTags(m_row.value(Tags));
        applyChoices(c);
        for (auto& e : validate(c))
            m_errors.push_back(std::move(e));
        return std::move(m_errors);
    }

private:
    void setText(int field, std::string& target) const {
        if (m_row.has(field))
            target = m_row.value(field);
    }
    void applyChoices(Customer& c) {
        if (const auto kind = m_row.value(Kind); !kind.empty()) {
            if (const auto k = parseCustomerKind(kind))
                c.kind = *k;
            else
                fail("kind", inQuotes(kind) + " is not a kind (org or person)");
        }
        if (const auto created = m_row.value(Created); !created.empty())
            c.createdOn = date("created", created);
        if (m_row.has(CompanyStageField))
            c.companyStage = companyStage(m_row.value(CompanyStageField));
        if (m_row.has(AnnualSpend))
            c.annualCategorySpend = amount("annual_spend", m_row.value(AnnualSpend));
        if (m_row.has(Birthday)) {
            const auto text = m_row.value(Birthday);
            c.birthday = text.empty() ? std::nullopt : std::optional(date("birthday", text));
        }
    }
    Date date(const char* field, const std::string& text) {
        if (const auto d = parseImportDate(text))
            return *d;
        fail(field, inQuotes(text) + " is not a date (2026-06-30, 2026/6/30 or 30.06.2026)");
        return Date(2000, 1, 1);
    }
    std::optional<Money> amount(const char* field, const std::string& text) {
        if (text.empty())
            return std::nullopt;
        if (const auto m = parseImportAmount(text, m_decimals))
            return m;
        fail(field, inQuotes(text) + " is not an amount with at most " +
                        std::to_string(m_decimals) + " decimals");
        return std::nullopt;
    }
    std::optional<CompanyStage> companyStage(const std::string& text) {
        if (text.empty())
            return std::nullopt;
        const auto stage = parseCompanyStage(text);
        if (!stage)
            fail("company_stage", inQuotes(text) + " is not start-up, growth or mature");
        return stage;
    }
    void fail(const char* field, std::string message) { m_errors.push_back({field, std::move(message)}); }

    const ImportRows& m_row;
    int m_decimals;
    std::vector<FieldError> m_errors;
};

class CustomerImporter : public RowImporter {
public:
    CustomerImporter(const Database& db, const ImportOptions& options)
        : m_db(db), m_options(options),
          m_findCode(db.sql(), "SELECT 1 FROM customer WHERE code = ?") {}

    std::span<const FieldSpec> fields() const override { return customerFields(); }

    std::vector<FieldError> take(const ImportRows& row, ImportCounts& counts) override {
        const std::string code = row.value(Code);
        const bool existing = isStored(code) || m_pendingCodes.contains(code);
        if (existing && m_options.onDuplicate == OnDuplicate::Skip) {
            ++counts.skipped;
            return {};
        }
        if (existing && m_options.onDuplicate == OnDuplicate::Error)
            return {{"code", "a customer with code " + inQuotes(code) +
                                 " already exists (--on-duplicate skip or update)"}};
        return existing ? update(row, code, counts) : stage(row, counts);
    }

    void flush(ImportCounts& counts) override {
        if (m_pending.empty())
            return;
        counts.imported += CustomerStore(m_db).addBatch(m_pending).size();
        m_pending.clear();
        m_pendingCodes.clear();
    }

private:
    std::vector<FieldError> stage(const ImportRows& row, ImportCounts& counts) {
        Customer c;
        c.createdOn = m_options.today;
        auto errors = CustomerRow(row, m_db.currency().decimals).apply(c);
        if (!errors.empty())
            return errors;
        m_pendingCodes.insert(c.code); // later rows with this code are duplicates
        m_pending.push_back(std::move(c));
        if (m_pending.size() >= (m_options.batchRows ? m_options.batchRows : 250))
            flush(counts);
        return {};
    }
    std::vector<FieldError> update(const ImportRows& row, const std::string& code,
                                   ImportCounts& counts) {
        flush(counts); // the code may be one of the rows staged
        CustomerStore store(m_db);
        Customer c = store.findByCode(code).value();
        auto errors = CustomerRow(row, m_db.currency().decimals).apply(c);
        if (!errors.empty())
            return errors;
        store.update(c);
        ++counts.updated;
        return {};
    }

    // One indexed look-up a row: codes of earlier batches are stored by then,
    // so no table of every code in the file is kept (memory stays flat).
    bool isStored(const std::string& code) {
        m_findCode.bind(1, code);
        const bool found = m_findCode.executeStep();
        m_findCode.reset(); // no statement left open across the store's writes
        return found;
    }

    const Database& m_db;
    const ImportOptions& m_options;
    SQLite::Statement m_findCode;
    std::vector<Customer> m_pending;
    std::unordered_set<std::string> m_pendingCodes;
};

} // namespace

std::span<const FieldSpec> customerFieldSpecs() { return customerFields(); }

std::unique_ptr<RowImporter> makeCustomerImporter(const Database& db, const ImportOptions& options) {
    return std::make_unique<CustomerImporter>(db, options);
}

} // namespace crm::csv
