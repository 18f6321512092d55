#include "crm/csv/export_paging.h"
#include "crm/csv/export_records.h"

#include <array>

namespace crm::csv {

namespace {

// Role is written as stored: the store keeps the stable key.
struct ContactLine {
    std::int64_t id = 0;
    std::string customerCode;
    std::string name;
    std::string role;
    bool primary = false;
    std::string phone;
    std::string email;
    std::optional<std::int64_t> birthday;
};

using Line = ContactLine;
using Column = ExportColumn<Line>;

const std::array kColumns{
    Column{"customer_code", [](CsvWriter& w, const Line& l) { w.text(l.customerCode); }},
    Column{"name", [](CsvWriter& w, const Line& l) { w.text(l.name); }},
    Column{"role", [](CsvWriter& w, const Line& l) { w.text(l.role); }},
    Column{"primary", [](CsvWriter& w, const Line& l) { w.text(l.primary ? "yes" : "no"); }},
    Column{"phone", [](CsvWriter& w, const Line& l) { w.text(l.phone); }},
    Column{"email", [](CsvWriter& w, const Line& l) { w.text(l.email); }},
    Column{"birthday",
           [](CsvWriter& w, const Line& l) {
               if (l.birthday)
                   writeDayNumber(w, *l.birthday);
               else
                   w.empty();
           }},
};

const auto kNames = columnNames(kColumns);

Line readLine(SQLite::Statement& st, int /*decimals*/) {
    Line l;
    l.id = st.getColumn(0).getInt64();
    l.customerCode = st.getColumn(1).getString();
    l.name = st.getColumn(2).getString();
    l.role = st.getColumn(3).getString();
    l.primary = st.getColumn(4).getInt() != 0;
    l.phone = st.getColumn(5).getString();
    l.email = st.getColumn(6).getString();
    if (!st.getColumn(7).isNull())
        l.birthday = st.getColumn(7).getInt64();
    return l;
}

} // namespace

std::span<const std::string_view> contactColumnNames() { return kNames; }

ExportResult exportContacts(const Database& db, const RecordExportRequest& request,
                            const ExportOptions& options, const std::filesystem::path& target) {
    RecordFilter filter;
    if (request.customerId)
        filter.add("r.customer_id = ?", *request.customerId);
    const RecordSource<Line> source{
        "r.id, c.code, r.name, r.role, r.is_primary, r.phone, r.email, r.birthday",
        "contact r JOIN customer c ON c.id = r.customer_id", readLine, kColumns, kNames};
    return exportRecords(db, source, filter, options, target);
}

} // namespace crm::csv
