// Transactions from CSV: customer codes resolved through a code -> id table
// loaded once; batches through TransactionStore::addBatch, which skips (and
// counts) those whose (customer, reference) is already stored. The batches
// are written on a thread of their own while the next rows are read and
// validated (batch_writer.h): ten million rows. Once an import has written
// as many rows as half the customers (so it is likely to touch most of
// them), the rest go in as a TransactionBulkLoad.
#include "crm/csv/batch_writer.h"
#include "crm/csv/customer_codes.h"
#include "crm/csv/import_importers.h"
#include "crm/csv/import_values.h"
#include "crm/store/database.h"
#include "crm/store/transaction_bulk_load.h"
#include "crm/store/transaction_store.h"
#include "crm/validation.h"

#include <algorithm>
#include <optional>

namespace crm::csv {

namespace {

// Rows written before the rest goes in as a bulk load: rebuilding the two
// customer indexes at the end costs about what updating them in place costs
// for half the customers (bench/README.md).
std::uint64_t bulkLoadAfter(std::size_t customers) {
    return std::max<std::uint64_t>(100'000, customers / 2);
}

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
          m_codes(CustomerCodes::load(db)), m_bulkAfter(options.bulkLoadAfter ? options.bulkLoadAfter
                                                     : bulkLoadAfter(m_codes.size())),
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
        if (m_bulk)
            m_bulk->finish();
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
        if (!m_bulk && m_written.imported + m_written.skipped >= m_bulkAfter)
            m_bulk.emplace(m_db);
        const auto result = m_bulk ? m_bulk->add(batch) : TransactionStore(m_db).addBatch(batch);
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
    std::uint64_t m_bulkAfter;
    std::vector<Transaction> m_pending;
    std::optional<TransactionBulkLoad> m_bulk; // opened and used by the writing thread
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
