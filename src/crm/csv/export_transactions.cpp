#include "crm/csv/export_paging.h"
#include "crm/csv/export_records.h"

#include <array>

namespace crm::csv {

namespace {

struct TransactionLine {
    std::int64_t id = 0;
    std::string customerCode;
    std::int64_t day = 0;
    Money amount = 0;
    std::optional<Money> cost;
    std::string product;
    std::string reference;
    int decimals = 2;
};

using Line = TransactionLine;
using Column = ExportColumn<Line>;

const std::array kColumns{
    Column{"customer_code", [](CsvWriter& w, const Line& l) { w.text(l.customerCode); }},
    Column{"date", [](CsvWriter& w, const Line& l) { writeDayNumber(w, l.day); }},
    Column{"amount", [](CsvWriter& w, const Line& l) { writeMoney(w, l.amount, l.decimals); }},
    Column{"cost",
           [](CsvWriter& w, const Line& l) {
               if (l.cost)
                   writeMoney(w, *l.cost, l.decimals);
               else
                   w.empty();
           }},
    Column{"product", [](CsvWriter& w, const Line& l) { w.text(l.product); }},
    Column{"reference", [](CsvWriter& w, const Line& l) { w.text(l.reference); }},
};

const auto kNames = columnNames(kColumns);

Line readLine(SQLite::Statement& st, int decimals) {
    Line l;
    l.id = st.getColumn(0).getInt64();
    l.customerCode = st.getColumn(1).getString();
    l.day = st.getColumn(2).getInt64();
    l.amount = st.getColumn(3).getInt64();
    if (!st.getColumn(4).isNull())
        l.cost = st.getColumn(4).getInt64();
    l.product = st.getColumn(5).getString();
    l.reference = st.getColumn(6).getString();
    l.decimals = decimals;
    return l;
}

} // namespace

std::span<const std::string_view> transactionColumnNames() { return kNames; }

ExportResult exportTransactions(const Database& db, const RecordExportRequest& request,
                                const ExportOptions& options, const std::filesystem::path& target) {
    RecordFilter filter = customerAndDates(request);
    const RecordSource<Line> source{
        "r.id, c.code, r.day, r.amount, r.cost, r.product, ifnull(r.reference, '')",
        "txn r JOIN customer c ON c.id = r.customer_id", readLine, kColumns, kNames};
    return exportRecords(db, source, filter, options, target);
}

} // namespace crm::csv
