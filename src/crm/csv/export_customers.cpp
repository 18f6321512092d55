#include "crm/csv/export_customers.h"

#include "crm/csv/export_scores.h"
#include "crm/names.h"
#include "crm/store/database.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <array>
#include <unordered_map>

namespace crm::csv {

namespace {

// What a column sees of one customer.
struct CustomerLine {
    const CustomerRow* row;
    std::string_view tags;
    const CustomerScores* scores;
    int decimals;
};

using Column = ExportColumn<CustomerLine>;
using Line = CustomerLine;

void writeDate(CsvWriter& w, const std::optional<Date>& date) {
    if (date)
        w.number(toIso(*date));
    else
        w.empty();
}

template <typename Get>
void writeScore(CsvWriter& w, const Line& l, Get get) {
    if (const auto* s = l.scores->rfm(l.row->id))
        writeInteger(w, get(*s));
    else
        w.empty();
}

const std::array kColumns{
    Column{"code", [](CsvWriter& w, const Line& l) { w.text(l.row->code); }},
    Column{"name", [](CsvWriter& w, const Line& l) { w.text(l.row->name); }},
    Column{"kind", [](CsvWriter& w, const Line& l) { w.text(toKey(l.row->kind)); }},
    Column{"industry", [](CsvWriter& w, const Line& l) { w.text(l.row->industry); }},
    Column{"region", [](CsvWriter& w, const Line& l) { w.text(l.row->region); }},
    Column{"phone", [](CsvWriter& w, const Line& l) { w.text(l.row->phone); }},
    Column{"email", [](CsvWriter& w, const Line& l) { w.text(l.row->email); }},
    Column{"owner", [](CsvWriter& w, const Line& l) { w.text(l.row->owner); }},
    Column{"tags", [](CsvWriter& w, const Line& l) { w.text(l.tags); }},
    Column{"stage", [](CsvWriter& w, const Line& l) { w.text(toKey(l.row->stage)); }},
    Column{"segment",
           [](CsvWriter& w, const Line& l) {
               if (const auto* s = l.scores->rfm(l.row->id))
                   w.text(rfm::toKey(s->segment));
               else
                   w.empty();
           }},
    Column{"r", [](CsvWriter& w, const Line& l) { writeScore(w, l, [](auto& s) { return s.r; }); }},
    Column{"f", [](CsvWriter& w, const Line& l) { writeScore(w, l, [](auto& s) { return s.f; }); }},
    Column{"m", [](CsvWriter& w, const Line& l) { writeScore(w, l, [](auto& s) { return s.m; }); }},
    Column{"last_purchase",
           [](CsvWriter& w, const Line& l) { writeDate(w, l.row->aggregates.lastPurchase); }},
    Column{"purchases",
           [](CsvWriter& w, const Line& l) { writeInteger(w, l.row->aggregates.purchaseCount); }},
    Column{"net_amount",
           [](CsvWriter& w, const Line& l) {
               writeMoney(w, l.row->aggregates.netAmount, l.decimals);
           }},
    Column{"clv",
           [](CsvWriter& w, const Line& l) {
               if (const auto value = l.scores->clv(l.row->id))
                   writeMoney(w, *value, l.decimals);
               else
                   w.empty();
           }},
    Column{"first_purchase",
           [](CsvWriter& w, const Line& l) { writeDate(w, l.row->aggregates.firstPurchase); }},
    Column{"last_interaction",
           [](CsvWriter& w, const Line& l) { writeDate(w, l.row->aggregates.lastInteraction); }},
};

constexpr std::size_t kDefaultCount = 18; // code .. clv

const auto kNames = columnNames(kColumns);

bool uses(const std::vector<const Column*>& columns, std::initializer_list<std::string_view> names) {
    return std::any_of(columns.begin(), columns.end(), [&](const Column* c) {
        return std::find(names.begin(), names.end(), c->name) != names.end();
    });
}

// Tags of the customers of one page, joined with ';', in one statement.
using TagMap = std::unordered_map<std::int64_t, std::string>;

TagMap tagsOf(const Database& db, const std::vector<CustomerRow>& rows) {
    std::string ids = "[";
    for (const auto& row : rows)
        ids += (ids.size() > 1 ? "," : "") + std::to_string(row.id);
    ids += "]";
    SQLite::Statement st(db.sql(), "SELECT customer_id, tag FROM customer_tag WHERE customer_id "
                                   "IN (SELECT value FROM json_each(?)) ORDER BY customer_id, tag");
    st.bind(1, ids);
    TagMap tags;
    while (st.executeStep()) {
        std::string& joined = tags[st.getColumn(0).getInt64()];
        joined += (joined.empty() ? "" : ";") + st.getColumn(1).getString();
    }
    return tags;
}

// Streams the customers matching the request, page by page, into `writer`.
class CustomerStream {
public:
    CustomerStream(const Database& db, const CustomerExportRequest& request,
                   const std::vector<const Column*>& columns, const CustomerScores& scores)
        : m_db(db), m_request(request), m_columns(columns), m_scores(scores),
          m_withTags(uses(columns, {"tags"})) {}

    // False when cancelled through the progress callback.
    bool writeAll(CsvWriter& writer, const ExportOptions& options) {
        const CustomerQuery query(m_db);
        const std::int64_t total = query.count(m_request.filter);
        PageRequest page{m_request.filter, CustomerSort::Code, false, std::nullopt,
                         options.pageSize, 0, total};
        for (std::int64_t read = 0;;) {
            const CustomerPage rows = query.page(page);
            writePage(writer, rows.rows);
            read += static_cast<std::int64_t>(rows.rows.size());
            if (!reportProgress(options, read, total))
                return false;
            if (!rows.next)
                return true;
            page.after = rows.next;
        }
    }

private:
    void writePage(CsvWriter& writer, const std::vector<CustomerRow>& rows) const {
        const auto tags = m_withTags ? tagsOf(m_db, rows) : TagMap{};
        const int decimals = m_db.currency().decimals;
        for (const CustomerRow& row : rows) {
            const auto* s = m_scores.rfm(row.id);
            if (m_request.segment && (!s || s->segment != *m_request.segment))
                continue;
            const auto found = tags.find(row.id);
            const std::string_view rowTags =
                found == tags.end() ? std::string_view() : std::string_view(found->second);
            writeRow<Line>(writer, m_columns, Line{&row, rowTags, &m_scores, decimals});
        }
    }

    const Database& m_db;
    const CustomerExportRequest& m_request;
    const std::vector<const Column*>& m_columns;
    const CustomerScores& m_scores;
    bool m_withTags;
};

} // namespace

std::span<const std::string_view> customerColumnNames() { return kNames; }

std::span<const std::string_view> defaultCustomerColumns() {
    return std::span(kNames).first(kDefaultCount);
}

ExportResult exportCustomers(const Database& db, const CustomerExportRequest& request,
                             const ExportOptions& options, const std::filesystem::path& target) {
    const auto columns = selectColumns<Line>(kColumns, options.columns, defaultCustomerColumns());
    CustomerScores scores;
    ExportResult result;
    if (request.segment || uses(columns, {"segment", "r", "f", "m"}))
        scores.loadRfm(db, request.asOf);
    if (uses(columns, {"clv"}))
        if (auto note = scores.loadClv(db, request.asOf))
            result.notes.push_back(std::move(*note));
    CsvWriter writer(target, options.writer);
    writeHeader<Line>(writer, columns);
    if (!CustomerStream(db, request, columns, scores).writeAll(writer, options)) {
        result.cancelled = true;
        return result; // the writer removes its temporary file
    }
    writer.commit();
    result.rows = writer.rows() - 1;
    return result;
}

} // namespace crm::csv
