// Transactions from CSV: customer codes resolved through a code -> id table
// loaded once; batches through TransactionStore::addBatch, which skips (and
// counts) those whose (customer, reference) is already stored. The batches
// are written on a thread of their own while the next rows are read and
// validated (batch_writer.h): ten million rows.
#include "crm/csv/batch_writer.h"
#include "crm/csv/customer_codes.h"
#include "crm/csv/import_importers.h"
#include "crm/csv/import_values.h"
#include "crm/store/database.h"
#include "crm/store/transaction_store.h"
#include "crm/validation.h"

namespace crm::csv {

namespace {

enum Field { CustomerCode, DateField, Amount, Cost, Product, Reference };

const std::vector<FieldSpec>& transactionFields() {
    static const std::vector<FieldSpec> fields{
        {"customer", true, {"customer_id", "customer code", "code", "客户编号", "客户代码", "客户"}},
        {"date", true, {"day", "transaction date", "order date", "日期", "交易日期", "订单日期"}},
        {"amount", true, {"total", "value", "金额", "交易金额", "订单金额"}},
        {"cost", false, {"成本"}},
        {"product", false, {"item", "产品", "商品", "产品名称"}},
        {"reference", false, {"transaction_id", "ref", "order", "order id", "invoice", "单号",
                              "订单号", "交易编号", "参考号"}},
    };
    return fields;
}

class TransactionImporter : public RowImporter {
public:
    TransactionImporter(const Database& db, const ImportOptions& options)
        : m_db(db), m_options(options), m_decimals(db.currency().decimals),
          m_batchRows(options.batchRows ? options.batchRows : 2000),
          m_codes(CustomerCodes::load(db)),
          m_writer([this](std::vector<Transaction>& batch) { write(batch); }) {
        m_pending.reserve(m_batchRows);
    }

    std::span<const FieldSpec> fields() const override { return transactionFields(); }

    std::vector<FieldError> take(const ImportRows& row, ImportCounts& counts) override {
        std::vector<FieldError> errors;
        Transaction t = parse(row, errors);
        for (auto& e : validate(t))
            if (e.field != "date" || !t.date.is_special())
                errors.push_back(std::move(e)); // the date's own message came first
        if (!errors.empty())
            return errors;
        m_pending.push_back(std::move(t));
        if (m_pending.size() >= m_batchRows)
            handOff();
        (void)counts; // counted as written, at flush()
        return {};
    }

    void flush(ImportCounts& counts) override {
        handOff();
        m_writer.finish();
        counts.imported += m_written.imported;
        counts.skipped += m_written.skipped;
        m_written = {};
    }

private:
    void handOff() {
        if (m_pending.empty())
            return;
        std::vector<Transaction> batch;
        batch.reserve(m_batchRows);
        std::swap(batch, m_pending);
        m_writer.add(std::move(batch));
    }
    // On the writing thread.
    void write(std::vector<Transaction>& batch) {
        const auto result = TransactionStore(m_db).addBatch(batch);
        m_written.imported += static_cast<std::uint64_t>(result.inserted);
        m_written.skipped += static_cast<std::uint64_t>(result.duplicates);
    }

    Transaction parse(const ImportRows& row, std::vector<FieldError>& errors) const {
        Transaction t;
        const std::string code = row.value(CustomerCode);
        if (const auto id = m_codes.find(code))
            t.customerId = *id;
        else
            errors.push_back({"customer", code.empty() ? "is required"
                                                       : "no customer with code " + inQuotes(code)});
        const std::string day = row.value(DateField);
        if (const auto d = parseImportDate(day))
            t.date = *d;
        else
            errors.push_back({"date", inQuotes(day) +
                                          " is not a date (2026-06-30, 2026/6/30 or 30.06.2026)"});
        t.amount = amount(row, Amount, "amount", errors).value_or(0);
        if (const std::string cost = row.value(Cost); !cost.empty())
            t.cost = amount(row, Cost, "cost", errors);
        t.product = row.value(Product);
        t.reference = row.value(Reference);
        return t;
    }
    std::optional<Money> amount(const ImportRows& row, int field, const char* name,
                                std::vector<FieldError>& errors) const {
        const std::string text = row.value(field);
        if (const auto m = parseImportAmount(text, m_decimals))
            return m;
        errors.push_back({name, text.empty() ? "is required"
                                             : inQuotes(text) + " is not an amount with at most " +
                                                   std::to_string(m_decimals) + " decimals"});
        return std::nullopt;
    }

    const Database& m_db;
    const ImportOptions& m_options;
    int m_decimals;
    std::size_t m_batchRows;
    CustomerCodes m_codes;
    std::vector<Transaction> m_pending;
    ImportCounts m_written; // by the writing thread; read after it finished
    BatchWriter<Transaction> m_writer; // last: stopped first
};

} // namespace

std::span<const FieldSpec> transactionFieldSpecs() { return transactionFields(); }

std::unique_ptr<RowImporter> makeTransactionImporter(const Database& db,
                                                     const ImportOptions& options) {
    return std::make_unique<TransactionImporter>(db, options);
}

} // namespace crm::csv
