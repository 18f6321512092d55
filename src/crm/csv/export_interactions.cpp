#include "crm/csv/export_paging.h"
#include "crm/csv/export_records.h"
#include "crm/names.h"

#include <array>
#include <algorithm>

namespace crm::csv {

namespace {

// Type and complaint status are written as stored: the store keeps the keys.
struct InteractionLine {
    std::int64_t id = 0;
    std::string customerCode;
    std::int64_t day = 0;
    int minute = 0;
    std::string type;
    std::string contact;
    std::string subject;
    std::string body;
    std::string outcome;
    std::string loggedBy;
    std::string complaintStatus;
    std::string resolution;
};

using Line = InteractionLine;
using Column = ExportColumn<Line>;

void writeTime(CsvWriter& w, int minute) {
    const int clamped = std::clamp(minute, 0, 1439); // the schema's range
    const char text[] = {static_cast<char>('0' + clamped / 600), static_cast<char>('0' + clamped / 60 % 10),
                         ':', static_cast<char>('0' + clamped % 60 / 10),
                         static_cast<char>('0' + clamped % 10)};
    w.number(std::string_view(text, sizeof text));
}

const std::array kColumns{
    Column{"customer_code", [](CsvWriter& w, const Line& l) { w.text(l.customerCode); }},
    Column{"date", [](CsvWriter& w, const Line& l) { writeDayNumber(w, l.day); }},
    Column{"time", [](CsvWriter& w, const Line& l) { writeTime(w, l.minute); }},
    Column{"type", [](CsvWriter& w, const Line& l) { w.text(l.type); }},
    Column{"contact", [](CsvWriter& w, const Line& l) { w.text(l.contact); }},
    Column{"subject", [](CsvWriter& w, const Line& l) { w.text(l.subject); }},
    Column{"body", [](CsvWriter& w, const Line& l) { w.text(l.body); }},
    Column{"outcome", [](CsvWriter& w, const Line& l) { w.text(l.outcome); }},
    Column{"logged_by", [](CsvWriter& w, const Line& l) { w.text(l.loggedBy); }},
    Column{"complaint_status", [](CsvWriter& w, const Line& l) { w.text(l.complaintStatus); }},
    Column{"resolution", [](CsvWriter& w, const Line& l) { w.text(l.resolution); }},
};

const auto kNames = columnNames(kColumns);

Line readLine(SQLite::Statement& st, int /*decimals*/) {
    Line l;
    l.id = st.getColumn(0).getInt64();
    l.customerCode = st.getColumn(1).getString();
    l.day = st.getColumn(2).getInt64();
    l.minute = st.getColumn(3).getInt();
    l.type = st.getColumn(4).getString();
    l.contact = st.getColumn(5).getString();
    l.subject = st.getColumn(6).getString();
    l.body = st.getColumn(7).getString();
    l.outcome = st.getColumn(8).getString();
    l.loggedBy = st.getColumn(9).getString();
    l.complaintStatus = st.getColumn(10).getString();
    l.resolution = st.getColumn(11).getString();
    return l;
}

} // namespace

std::span<const std::string_view> interactionColumnNames() { return kNames; }

ExportResult exportInteractions(const Database& db, const RecordExportRequest& request,
                                const ExportOptions& options, const std::filesystem::path& target) {
    RecordFilter filter = customerAndDates(request);
    if (request.type)
        filter.add("r.type = ?", std::string(toKey(*request.type)));
    const RecordSource<Line> source{
        "r.id, c.code, r.day, r.minute, r.type, ifnull(k.name, ''), r.subject, r.body, "
        "r.outcome, r.logged_by, ifnull(r.complaint_status, ''), r.resolution",
        "interaction r JOIN customer c ON c.id = r.customer_id "
        "LEFT JOIN contact k ON k.id = r.contact_id",
        readLine, kColumns, kNames};
    return exportRecords(db, source, filter, options, target);
}

} // namespace crm::csv
