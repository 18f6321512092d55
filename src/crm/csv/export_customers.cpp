#include "crm/csv/export_customers.h"

#include "crm/csv/export_scores.h"
#include "crm/hand_off.h"
#include "crm/names.h"
#include "crm/store/database.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <array>
#include <exception>
#include <thread>
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
    for (const auto& row : rows) {
        if (ids.size() > 1)
            ids += ',';
        ids += std::to_string(row.id);
    }
    ids += "]";
    SQLite::Statement st(db.sql(), "SELECT customer_id, tag FROM customer_tag WHERE customer_id "
                                   "IN (SELECT value FROM json_each(?)) ORDER BY customer_id, tag");
    st.bind(1, ids);
    TagMap tags;
    while (st.executeStep()) {
        std::string& joined = tags[st.getColumn(0).getInt64()];
        if (!joined.empty())
            joined += ';';
        joined += st.getColumn(1).getString();
    }
    return tags;
}

// One page of customers as read from the store, with their tags.
struct ReadPage {
    std::vector<CustomerRow> rows;
    TagMap tags;
};

// Pages read ahead while the writer scores or formats: ~0.8 MB each.
constexpr std::size_t kPagesAhead = 48;

// Streams the customers matching the request into `writer` on two threads:
// the caller's reads pages (its connection stays on its thread), a second
// one scores RFM on a connection of its own, then formats and writes what
// the first has read meanwhile. bench/README.md, "CSV export".
class CustomerStream {
public:
    CustomerStream(const Database& db, const CustomerExportRequest& request,
                   const std::vector<const Column*>& columns, CustomerScores& scores)
        : m_db(db), m_request(request), m_columns(columns), m_scores(scores),
          m_withTags(uses(columns, {"tags"})),
          m_withRfm(request.segment || uses(columns, {"segment", "r", "f", "m"})),
          m_pages(kPagesAhead) {}

    // False when cancelled through the progress callback.
    bool writeAll(CsvWriter& writer, const ExportOptions& options) {
        std::exception_ptr failed;
        std::thread writing([&] {
            try {
                writePages(writer);
            } catch (...) {
                failed = std::current_exception();
                m_pages.stop();
            }
        });
        bool complete = false;
        try {
            complete = readAll(options);
        } catch (...) {
            m_pages.stop();
            writing.join();
            throw;
        }
        complete ? m_pages.close() : m_pages.stop();
        writing.join();
        if (failed)
            std::rethrow_exception(failed);
        return complete;
    }

private:
    // False when cancelled (or the writer stopped: it says why).
    bool readAll(const ExportOptions& options) {
        const CustomerQuery query(m_db);
        const std::int64_t total = query.count(m_request.filter);
        PageRequest request{m_request.filter, CustomerSort::Code, false, std::nullopt,
                            options.pageSize, 0, total};
        for (std::int64_t read = 0;;) {
            CustomerPage page = query.page(request);
            read += static_cast<std::int64_t>(page.rows.size());
            TagMap tags = m_withTags ? tagsOf(m_db, page.rows) : TagMap{};
            if (!m_pages.push(ReadPage{std::move(page.rows), std::move(tags)}))
                return false;
            if (!reportProgress(options, read, total))
                return false;
            if (!page.next)
                return true;
            request.after = page.next;
        }
    }

    void writePages(CsvWriter& writer) {
        if (m_withRfm) {
            const Database own = Database::open(m_db.path());
            // One scan: a page cache beside the reader's would only add to
            // the peak memory (issue 4: under 200 MB).
            own.sql().exec("PRAGMA cache_size = -2048");
            m_scores.loadRfm(own, m_request.asOf);
        }
        while (auto page = m_pages.pop())
            writePage(writer, *page);
    }

    void writePage(CsvWriter& writer, const ReadPage& page) const {
        const int decimals = m_db.currency().decimals;
        for (const CustomerRow& row : page.rows) {
            const auto* s = m_scores.rfm(row.id);
            if (m_request.segment && (!s || s->segment != *m_request.segment))
                continue;
            const auto found = page.tags.find(row.id);
            const std::string_view rowTags =
                found == page.tags.end() ? std::string_view() : std::string_view(found->second);
            writeRow<Line>(writer, m_columns, Line{&row, rowTags, &m_scores, decimals});
        }
    }

    const Database& m_db;
    const CustomerExportRequest& m_request;
    const std::vector<const Column*>& m_columns;
    CustomerScores& m_scores;
    bool m_withTags;
    bool m_withRfm;
    HandOff<ReadPage> m_pages;
};

} // namespace

std::span<const std::string_view> customerColumnNames() { return kNames; }

std::span<const std::string_view> defaultCustomerColumns() {
    return std::span(kNames).first(kDefaultCount);
}

ExportResult exportCustomers(const Database& db, const CustomerExportRequest& request,
                             const ExportOptions& options, const std::filesystem::path& target) {
    const auto columns = selectColumns<Line>(kColumns, options.columns, defaultCustomerColumns());
    CustomerScores scores; // RFM: loaded by the stream's writing thread
    ExportResult result;
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
