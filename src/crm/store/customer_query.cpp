#include "crm/store/customer_query.h"

#include "crm/names.h"
#include "crm/store/aggregates.h"
#include "crm/store/database.h"
#include "crm/store/search_index.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>

#include <variant>

namespace crm {

namespace {

// The expression each sort orders by; the schema indexes exactly these.
struct SortSpec {
    const char* expression;
    bool numeric;
};

constexpr const char* kStageOrder =
    "CASE stage WHEN 'prospect' THEN 0 WHEN 'exploration' THEN 1 WHEN 'formation' THEN 2 "
    "WHEN 'stability' THEN 3 WHEN 'decline' THEN 4 ELSE 5 END";

SortSpec sortSpec(CustomerSort sort) {
    switch (sort) {
    case CustomerSort::Name: return {"name COLLATE NOCASE", false};
    case CustomerSort::Code: return {"code", false};
    case CustomerSort::Stage: return {kStageOrder, true};
    case CustomerSort::Owner: return {"owner COLLATE NOCASE", false};
    case CustomerSort::LastPurchase: return {"ifnull(last_purchase, 0)", true};
    case CustomerSort::NetAmount: return {"net_amount", true};
    case CustomerSort::Industry: return {"industry", false};
    case CustomerSort::Region: return {"region", false};
    }
    return {"name COLLATE NOCASE", false};
}

using Value = std::variant<std::string, std::int64_t>;

// WHERE conditions of a filter, with the values to bind in order.
struct Conditions {
    std::string where;
    std::vector<Value> values;

    void add(const std::string& condition, Value value) {
        where += where.empty() ? condition : " AND " + condition;
        values.push_back(std::move(value));
    }
    void addText(const char* column, const std::string& value) {
        if (!value.empty())
            add(std::string(column) + " = ?", value);
    }
};

// A JSON array of the ids, bound as one parameter.
std::string idList(const std::vector<std::int64_t>& ids) {
    std::string json = "[";
    for (std::int64_t id : ids) {
        json += std::to_string(id);
        json += ',';
    }
    if (json.size() > 1)
        json.pop_back();
    return json + "]";
}

// `tested`: how the set conditions (ids, tag, search) name the id; "+id"
// keeps SQLite from looking their matches up by id (see walkSortIndex).
Conditions conditionsFor(const Database& db, const CustomerFilter& f, const std::string& tested = "id") {
    Conditions c;
    if (f.stage)
        c.add(std::string(kStageOrder) + " = ?", static_cast<std::int64_t>(*f.stage));
    if (f.kind)
        c.add("kind = ?", std::string(toKey(*f.kind)));
    c.addText("owner", f.owner);
    c.addText("region", f.region);
    c.addText("industry", f.industry);
    if (f.ids)
        c.add(tested + " IN (SELECT value FROM json_each(?))", idList(*f.ids));
    if (!f.tag.empty())
        c.add(tested + " IN (SELECT customer_id FROM customer_tag WHERE tag = ?)", f.tag);
    std::vector<std::string> searchValues;
    const std::string search = search::onlyShortWords(f.search)
                                   ? search::condition(f.search, searchValues, tested.c_str())
                                   : tested + " IN (" + search::matchingIdSet(db, f.search, searchValues) + ")";
    if (!search.empty()) {
        c.where += c.where.empty() ? search : " AND " + search;
        for (auto& v : searchValues)
            c.values.emplace_back(std::move(v));
    }
    return c;
}

void bindAll(SQLite::Statement& st, const std::vector<Value>& values) {
    int index = 1;
    for (const Value& v : values) {
        if (const auto* text = std::get_if<std::string>(&v))
            st.bind(index++, *text);
        else
            st.bind(index++, std::get<std::int64_t>(v));
    }
}

CustomerRow readRow(SQLite::Statement& st) {
    CustomerRow r;
    r.id = st.getColumn(0).getInt64();
    r.code = st.getColumn(1).getString();
    r.name = st.getColumn(2).getString();
    r.kind = parseCustomerKind(st.getColumn(3).getString()).value_or(CustomerKind::Organisation);
    r.industry = st.getColumn(4).getString();
    r.region = st.getColumn(5).getString();
    r.phone = st.getColumn(6).getString();
    r.email = st.getColumn(7).getString();
    r.owner = st.getColumn(8).getString();
    r.stage = parseStage(st.getColumn(9).getString()).value_or(Stage::Prospect);
    r.aggregates = aggregates::fromColumns(st, 10);
    return r;
}

PageCursor cursorAt(SQLite::Statement& st, const CustomerRow& row, bool numeric) {
    PageCursor cursor;
    cursor.id = row.id;
    const auto& sortValue = st.getColumn(17);
    if (numeric)
        cursor.sortNumber = sortValue.getInt64();
    else
        cursor.sortText = sortValue.getString();
    return cursor;
}

std::int64_t largestId(const Database& db) {
    return db.sql().execAndGet("SELECT ifnull(max(id), 0) FROM customer").getInt64();
}

bool hasSetCondition(const CustomerFilter& f) { return f.ids || !f.tag.empty() || !f.search.empty(); }

// Whether to try reading a page by walking the sort's index and testing
// each row against the id sets, rather than looking up every id of the sets
// and sorting them. When the matches are spread evenly over the sort order
// the walk reads about 100 x all / matching index entries (~1.2 us each on
// the 1M file) before it has a page; the lookups read `matching` rows
// (~2.5 us each): the walk wins when matching^2 > ~50 x all, and a margin
// for the ids both collect first. On the 1M file, sorted by net amount:
// "07" (19,970 matches) 13 ms walking vs 52 ms looking up, "cl" (7,052)
// 5-9 ms vs 23-27 ms. Not spread evenly: a search in Chinese matches
// Chinese names, which sort after every Latin one ("星辰", 14,790 matches,
// by name: 117 ms walking vs 38 ms), so text sorts with such a search look
// up. Words of 4 or more characters check each candidate against its
// document while the ids are collected (24 ms for "clark"); those ids are
// kept for the connection (search::matchingIdSet), so an interrupted walk
// does not check them again. The largest id stands for all.
bool walkSortIndex(const PageRequest& request, const Database& db) {
    if (!request.matching || !hasSetCondition(request.filter))
        return false;
    const std::string& search = request.filter.search;
    const bool nonAscii = std::any_of(search.begin(), search.end(), [](char c) { return (c & 0x80) != 0; });
    if (nonAscii && !sortSpec(request.sort).numeric)
        return false;
    const std::int64_t m = *request.matching;
    return m > 0 && m * m > 30 * largestId(db);
}

// About what looking a match up costs when its page is not cached: 2.5 us
// warm, but the first search after a sort change looked 7,052 matches up in
// ~80 ms (11 us each), and a 2.5 us budget interrupted walks that needed
// 17 ms ("cl" by net amount: 17.6 ms budget) and then paid that lookup.
std::atomic<std::int64_t> g_walkNanosecondsPerMatch{5000};

// While alive, the connection's statements are interrupted once `budget`
// has passed (SQLite calls back every 1,000 virtual-machine steps).
class Deadline {
public:
    Deadline(const Database& db, std::chrono::nanoseconds budget)
        : m_handle(db.sql().getHandle()), m_end(std::chrono::steady_clock::now() + budget) {
        sqlite3_progress_handler(m_handle, 1000, &Deadline::passed, this);
    }
    Deadline(const Deadline&) = delete;
    Deadline& operator=(const Deadline&) = delete;
    ~Deadline() { sqlite3_progress_handler(m_handle, 0, nullptr, nullptr); }

private:
    static int passed(void* self) {
        return std::chrono::steady_clock::now() > static_cast<Deadline*>(self)->m_end ? 1 : 0;
    }
    sqlite3* m_handle;
    std::chrono::steady_clock::time_point m_end;
};

// Only a search: nothing but its words restricts the customers.
bool onlySearch(const CustomerFilter& f) {
    return !f.search.empty() && !f.stage && !f.kind && f.owner.empty() && f.tag.empty() && f.region.empty() &&
           f.industry.empty() && !f.ids;
}

} // namespace

void CustomerQuery::setWalkBudgetPerMatch(std::chrono::nanoseconds budget) {
    g_walkNanosecondsPerMatch = budget.count();
}

// Matches are not always spread evenly over the sort order (Chinese names
// sort after every Latin one): the walk gets about the time the lookups
// would take, then the page is read by looking up.
CustomerPage CustomerQuery::page(const PageRequest& request) const {
    if (walkSortIndex(request, m_db)) {
        try {
            const Deadline deadline(m_db, std::chrono::nanoseconds(*request.matching * g_walkNanosecondsPerMatch));
            return readPage(request, "+id");
        } catch (const SQLite::Exception& e) {
            if (e.getErrorCode() != SQLITE_INTERRUPT)
                throw;
        }
    }
    return readPage(request, "id");
}

CustomerPage CustomerQuery::readPage(const PageRequest& request, const char* tested) const {
    const SortSpec spec = sortSpec(request.sort);
    Conditions c = conditionsFor(m_db, request.filter, tested);
    if (request.after) {
        // Spelled out rather than as a row value (expr, id) > (?, ?): SQLite
        // 3.40 seeks the index to the cursor only in this form; the row value
        // made it scan from the start (40 ms at row 500,000 of a million).
        const std::string e = spec.expression;
        const std::string strict = request.descending ? " < " : " > ";
        const std::string loose = request.descending ? " <= " : " >= ";
        c.where += c.where.empty() ? "" : " AND ";
        c.where += e + loose + "? AND (" + e + strict + "? OR id" + strict + "?)";
        for (int k = 0; k < 2; ++k) {
            if (spec.numeric)
                c.values.emplace_back(static_cast<std::int64_t>(request.after->sortNumber));
            else
                c.values.emplace_back(request.after->sortText);
        }
        c.values.emplace_back(static_cast<std::int64_t>(request.after->id));
    }
    const std::string direction = request.descending ? " DESC" : "";
    const std::string sql =
        "SELECT id, code, name, kind, industry, region, phone, email, owner, stage, "
        "first_purchase, last_purchase, purchase_count, net_amount, costed_amount, cost, "
        "last_interaction, " + std::string(spec.expression) + " FROM customer" +
        (c.where.empty() ? "" : " WHERE " + c.where) + " ORDER BY " + spec.expression +
        direction + ", id" + direction + " LIMIT ? OFFSET ?";
    SQLite::Statement st(m_db.sql(), sql);
    bindAll(st, c.values);
    const int limit = std::max(1, request.limit);
    st.bind(static_cast<int>(c.values.size()) + 1, limit + 1);
    st.bind(static_cast<int>(c.values.size()) + 2, std::max<std::int64_t>(0, request.offset));
    CustomerPage page;
    // One row more than asked says whether there is a next page.
    std::optional<PageCursor> lastRow;
    while (st.executeStep()) {
        if (static_cast<int>(page.rows.size()) == limit) {
            page.next = lastRow;
            break;
        }
        page.rows.push_back(readRow(st));
        lastRow = cursorAt(st, page.rows.back(), spec.numeric);
    }
    return page;
}

std::int64_t CustomerQuery::count(const CustomerFilter& filter) const {
    if (onlySearch(filter)) { // counted in the indexes alone: no customer row read
        std::vector<std::string> values;
        const std::string ids = search::matchingIdSet(m_db, filter.search, values);
        if (!ids.empty()) {
            SQLite::Statement st(m_db.sql(), "SELECT count(*) FROM (" + ids + ")");
            for (std::size_t i = 0; i < values.size(); ++i)
                st.bind(static_cast<int>(i) + 1, values[i]);
            st.executeStep();
            return st.getColumn(0).getInt64();
        }
    }
    const Conditions c = conditionsFor(m_db, filter);
    SQLite::Statement st(m_db.sql(), "SELECT count(*) FROM customer" +
                                         (c.where.empty() ? "" : " WHERE " + c.where));
    bindAll(st, c.values);
    st.executeStep();
    return st.getColumn(0).getInt64();
}

std::vector<std::string> CustomerQuery::distinctValues(CustomerField field) const {
    const char* sql = nullptr;
    switch (field) {
    case CustomerField::Owner: sql = "SELECT DISTINCT owner FROM customer WHERE owner <> '' ORDER BY 1 COLLATE NOCASE"; break;
    case CustomerField::Region: sql = "SELECT DISTINCT region FROM customer WHERE region <> '' ORDER BY 1 COLLATE NOCASE"; break;
    case CustomerField::Industry: sql = "SELECT DISTINCT industry FROM customer WHERE industry <> '' ORDER BY 1 COLLATE NOCASE"; break;
    case CustomerField::Tag: sql = "SELECT DISTINCT tag FROM customer_tag WHERE tag <> '' ORDER BY 1 COLLATE NOCASE"; break;
    }
    SQLite::Statement st(m_db.sql(), sql);
    std::vector<std::string> values;
    while (st.executeStep())
        values.push_back(st.getColumn(0).getString());
    return values;
}

} // namespace crm
