// List and search timings on a large CRM file (made by bench_insert) through
// CustomerQuery, each next to the sqlite3 shell doing comparable work on the
// same file, so readers can judge how noisy the machine was.
// Limits: first page < 20 ms, a later keyset page < 20 ms, a search < 30 ms.
#include "bench_args.h"
#include "bench_peer.h"

#include "crm/store/customer_query.h"
#include "crm/store/database.h"
#include "crm/store/search_index.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <functional>

namespace {

using crm::bench::Args;

struct Case {
    std::string name;
    double limitMs;
    std::function<std::size_t()> run; // returns the rows on the page
    std::string peerSql;              // the shell's comparable work
};

struct Timing {
    double medianMs = 0;
    double maxMs = 0;
    std::size_t rows = 0;
};

Timing timeIt(const std::function<std::size_t()>& run, int repeats) {
    std::vector<double> ms;
    Timing t;
    for (int i = 0; i < repeats; ++i) {
        const std::int64_t start = crm::bench::nowNanoseconds();
        t.rows = run();
        ms.push_back(crm::bench::secondsSince(start) * 1000.0);
    }
    std::sort(ms.begin(), ms.end());
    t.medianMs = ms[ms.size() / 2];
    t.maxMs = ms.back();
    return t;
}

// The cursor a client holds after paging to row `offset` of the name sort.
crm::PageCursor cursorAtRow(const crm::Database& db, std::int64_t offset) {
    SQLite::Statement st(db.sql(), "SELECT name, id FROM customer ORDER BY name COLLATE NOCASE, id "
                                   "LIMIT 1 OFFSET ?");
    st.bind(1, offset - 1);
    if (!st.executeStep())
        throw std::runtime_error("the file has fewer than " + std::to_string(offset) + " customers");
    return {st.getColumn(0).getString(), 0, st.getColumn(1).getInt64()};
}

std::string sqlQuoted(const std::string& text) {
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

constexpr const char* kPeerColumns =
    "SELECT id, code, name, kind, industry, region, phone, email, owner, stage, first_purchase, "
    "last_purchase, purchase_count, net_amount, costed_amount, cost, last_interaction FROM customer ";

Case listCase(const crm::Database& db, std::string name, std::optional<crm::PageCursor> after) {
    crm::PageRequest request;
    request.after = after;
    std::string where;
    if (after)
        where = "WHERE (name COLLATE NOCASE, id) > (" + sqlQuoted(after->sortText) + ", " +
                std::to_string(after->id) + ") ";
    return {std::move(name), 20.0,
            [&db, request] { return crm::CustomerQuery(db).page(request).rows.size(); },
            std::string(kPeerColumns) + where + "ORDER BY name COLLATE NOCASE, id LIMIT 101;"};
}

// Every run times a search as if typed for the first time: the ids a
// connection keeps for a search of 4+-character words (search_index.h)
// would otherwise make the repeats free.
void forgetKeptSearch(const crm::Database& db) { db.keptSearch() = crm::search::KeptSearch{}; }

Case searchCase(const crm::Database& db, std::string name, const std::string& text) {
    crm::PageRequest request;
    request.filter.search = text;
    const std::string like = sqlQuoted("%" + text + "%");
    return {std::move(name), 30.0,
            [&db, request] {
                forgetKeptSearch(db);
                return crm::CustomerQuery(db).page(request).rows.size();
            },
            std::string(kPeerColumns) + "WHERE name LIKE " + like + " OR phone LIKE " + like + " OR email LIKE " +
                like + " ORDER BY name COLLATE NOCASE, id LIMIT 101;"};
}

// As the app's list searches: count the matches, then read the first page
// telling the store how many there are (it may walk the sort's index).
Case listSearchCase(const crm::Database& db, std::string name, const std::string& text) {
    Case c = searchCase(db, std::move(name), text);
    crm::PageRequest request;
    request.filter.search = text;
    c.run = [&db, request]() mutable {
        forgetKeptSearch(db);
        request.matching = crm::CustomerQuery(db).count(request.filter);
        return crm::CustomerQuery(db).page(request).rows.size();
    };
    return c;
}

// The last four digits of a stored phone number, as a user would type them.
std::string phoneDigits(const crm::Database& db, std::int64_t id) {
    SQLite::Statement st(db.sql(), "SELECT phone FROM customer WHERE id = ?");
    st.bind(1, std::max<std::int64_t>(1, id));
    const std::string phone = st.executeStep() ? st.getColumn(0).getString() : "";
    return phone.size() >= 4 ? phone.substr(phone.size() - 4) : "2540";
}

} // namespace

int main(int argc, char** argv) {
    try {
        const Args args(argc, argv, {{"db", "bench/data/bench-1m.crm"}, {"repeats", "15"},
                                     {"keyset-row", "500000"}, {"sqlite3", "sqlite3"}});
        const crm::Database db = crm::Database::open(args.text("db"));
        const std::int64_t customers = db.sql().execAndGet("SELECT count(*) FROM customer").getInt64();
        const std::int64_t row = std::min(args.number("keyset-row"), customers / 2);
        const std::vector<Case> cases{
            listCase(db, "first page by name", std::nullopt),
            listCase(db, "page after row " + std::to_string(row), cursorAtRow(db, row)),
            searchCase(db, "search 2 Chinese chars", "星辰"),
            searchCase(db, "search 4 Chinese chars", "星辰科技"),
            searchCase(db, "search 5 Latin letters", "clark"),
            searchCase(db, "search phone digits", phoneDigits(db, customers / 2)),
            listSearchCase(db, "list: count + page, 星辰", "星辰"),
            listSearchCase(db, "list: count + page, 星辰科技", "星辰科技"),
            listSearchCase(db, "list: count + page, clark", "clark"),
            listSearchCase(db, "list: count + page, 07", "07"),
            listSearchCase(db, "list: count + page, phone digits", phoneDigits(db, customers / 2)),
        };
        const int repeats = static_cast<int>(args.number("repeats"));
        std::printf("%lld customers in %s; medians of %d runs, 100-row pages; searches: 星辰, "
                    "星辰科技, clark, %s\n\n",
                    static_cast<long long>(customers), args.text("db").c_str(), repeats,
                    phoneDigits(db, customers / 2).c_str());
        std::printf("| %-34s | %10s | %8s | %6s | %5s | %14s |\n", "query (CustomerQuery::page)",
                    "median ms", "max ms", "limit", "rows", "sqlite3 peer ms");
        std::printf("|%s|%s|%s|%s|%s|%s|\n", std::string(36, '-').c_str(), std::string(12, '-').c_str(),
                    std::string(10, '-').c_str(), std::string(8, '-').c_str(), std::string(7, '-').c_str(),
                    std::string(16, '-').c_str());
        bool allWithin = true;
        for (const Case& c : cases) {
            const Timing t = timeIt(c.run, repeats);
            const double peer = crm::bench::peerMedianMs(args.text("sqlite3"), args.text("db"), c.peerSql, repeats);
            allWithin = allWithin && t.medianMs < c.limitMs;
            std::printf("| %-34s | %10.2f | %8.2f | %6.0f | %5zu | %14.2f |\n", c.name.c_str(),
                        t.medianMs, t.maxMs, c.limitMs, t.rows, peer);
        }
        std::printf("\n%s\n", allWithin ? "all medians within their limits" : "SOME MEDIANS OVER THEIR LIMITS");
        return allWithin ? 0 : 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_query: %s\n", e.what());
        return 1;
    }
}
