#include "crm/store/search_index.h"

#include "crm/store/database.h"
#include "crm/store/statement_cache.h"

#include <algorithm>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <future>
#include <optional>
#include <utility>
#include <vector>

namespace crm::search {

namespace {

// Length in bytes of the UTF-8 sequence starting with `lead` (1 for bad bytes).
std::size_t sequenceLength(unsigned char lead) {
    if (lead >= 0xf0) return 4;
    if (lead >= 0xe0) return 3;
    if (lead >= 0xc0) return 2;
    return 1;
}

bool isAsciiWordChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = lowerAscii(c);
    return out;
}

// Non-ASCII characters that separate words: CJK and full-width punctuation
// and spaces (U+3000-U+303F, U+FF00-U+FF0F, U+FF1A-U+FF20) and general
// punctuation (U+2000-U+206F).
bool isWideSeparator(std::string_view ch) {
    if (ch.size() != 3)
        return false;
    const auto b0 = static_cast<unsigned char>(ch[0]);
    const auto b1 = static_cast<unsigned char>(ch[1]);
    const auto b2 = static_cast<unsigned char>(ch[2]);
    if (b0 == 0xe3 && b1 == 0x80) return true;               // U+3000-U+303F
    if (b0 == 0xe2 && (b1 == 0x80 || b1 == 0x81)) return true; // U+2000-U+207F
    if (b0 == 0xef && b1 == 0xbc) return b2 <= 0x8f || (b2 >= 0x9a && b2 <= 0xa0);
    return false;
}

// Splits text into words: runs of ASCII letters and digits, and runs of
// other (non-ASCII) characters, each run's characters listed.
struct Run {
    bool ascii = true;
    std::vector<std::string_view> chars;
};

std::vector<Run> runs(std::string_view text) {
    std::vector<Run> out;
    for (std::size_t i = 0; i < text.size();) {
        const auto len = std::min(sequenceLength(static_cast<unsigned char>(text[i])),
                                  text.size() - i);
        const std::string_view ch = text.substr(i, len);
        i += len;
        const bool ascii = len == 1;
        const bool wordChar = ascii ? isAsciiWordChar(ch[0]) : !isWideSeparator(ch);
        if (!wordChar) {
            out.push_back({});
            continue;
        }
        if (out.empty() || out.back().ascii != ascii || out.back().chars.empty())
            out.push_back({ascii, {}});
        out.back().chars.push_back(ch);
    }
    std::erase_if(out, [](const Run& r) { return r.chars.empty(); });
    return out;
}

std::string joined(const std::vector<std::string_view>& chars, std::size_t from, std::size_t n) {
    std::string s;
    for (std::size_t k = from; k < from + n && k < chars.size(); ++k)
        s += chars[k];
    return s;
}

std::string escapedGlob(std::string_view word) {
    std::string out;
    for (char c : word) {
        if (c == '*' || c == '?' || c == '[') {
            out += '[';
            out += c;
            out += ']';
        } else {
            out += c;
        }
    }
    return out;
}

std::string quotedFtsString(const std::string& token) {
    std::string out = "\"";
    for (char c : token)
        out += (c == '"') ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// The FTS5 query for a word of one or two characters: ASCII words by prefix,
// other characters as the exact one- or two-character gram.
std::string shortWordQuery(std::string_view word) {
    std::string query;
    for (const Run& run : runs(word)) {
        if (!query.empty())
            query += " AND ";
        query += quotedFtsString(lowered(joined(run.chars, 0, run.chars.size())));
        if (run.ascii)
            query += "*";
    }
    return query;
}

std::size_t characterCount(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xc0u) != 0x80u)
            ++n;
    return n;
}

std::vector<std::string_view> whitespaceWords(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n'))
            ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n')
            ++i;
        if (i > start)
            words.push_back(text.substr(start, i - start));
    }
    return words;
}

using sql::CachedStatement;

// The searchable text of a customer and its contacts; nullopt when the
// customer does not exist.
std::optional<std::string> sourceText(const Database& db, std::int64_t customerId) {
    CachedStatement customer(db.statements(),
                             "SELECT name, code, email, phone FROM customer WHERE id = ?");
    customer->bind(1, customerId);
    if (!customer->executeStep())
        return std::nullopt;
    std::string text;
    for (int c = 0; c < 4; ++c)
        text += customer->getColumn(c).getString() + "\n";
    CachedStatement contacts(db.statements(),
                             "SELECT name, email, phone FROM contact WHERE customer_id = ?");
    contacts->bind(1, customerId);
    while (contacts->executeStep())
        for (int c = 0; c < 3; ++c)
            text += contacts->getColumn(c).getString() + "\n";
    return text;
}

// Puts `customerIds` into temp.stale_search, the set the statements below
// work on.
void markStale(const Database& db, const std::set<std::int64_t>& customerIds) {
    db.sql().exec("CREATE TEMP TABLE IF NOT EXISTS stale_search(id INTEGER PRIMARY KEY)");
    db.sql().exec("DELETE FROM temp.stale_search");
    CachedStatement mark(db.statements(), "INSERT INTO temp.stale_search(id) VALUES (?)");
    for (const std::int64_t id : customerIds) {
        mark->bind(1, id);
        mark->exec();
        mark->reset();
    }
}

// One statement per index for the whole set (see refresh() in the header).
void unindexStale(const Database& db) {
    db.sql().exec("INSERT INTO search_trigram(search_trigram, rowid, doc) "
                  "SELECT 'delete', d.id, d.doc "
                  "FROM search_doc d JOIN temp.stale_search s ON s.id = d.id");
    db.sql().exec("INSERT INTO search_gram(search_gram, rowid, grams) "
                  "SELECT 'delete', d.id, d.grams "
                  "FROM search_doc d JOIN temp.stale_search s ON s.id = d.id");
}

void indexStale(const Database& db) {
    db.sql().exec("INSERT INTO search_trigram(rowid, doc) SELECT d.id, d.doc "
                  "FROM search_doc d JOIN temp.stale_search s ON s.id = d.id");
    db.sql().exec("INSERT INTO search_gram(rowid, grams) SELECT d.id, d.grams "
                  "FROM search_doc d JOIN temp.stale_search s ON s.id = d.id");
}

// A customer's two documents: for the trigram index and for the gram index.
struct Documents {
    std::string doc;
    std::string grams;
};
// By customer id; nullopt for a customer that is gone.
using Texts = std::vector<std::pair<std::int64_t, std::optional<std::string>>>;
using DocumentsOf = std::vector<std::pair<std::int64_t, std::optional<Documents>>>;

DocumentsOf documentsOf(const Texts& texts) {
    DocumentsOf out;
    out.reserve(texts.size());
    for (const auto& [id, text] : texts)
        out.emplace_back(id, text ? std::optional(Documents{trigramDocument(*text),
                                                            gramDocument(*text)})
                                  : std::nullopt);
    return out;
}

// Stores the customers' documents in search_doc (or drops them when the
// customer is gone); the full-text indexes are written by the caller.
void storeDocuments(const Database& db, const DocumentsOf& documents) {
    CachedStatement del(db.statements(), "DELETE FROM search_doc WHERE id = ?");
    CachedStatement put(db.statements(),
                        "INSERT OR REPLACE INTO search_doc(id, doc, grams) VALUES (?, ?, ?)");
    for (const auto& [id, d] : documents) {
        SQLite::Statement& st = d ? *put : *del;
        st.reset();
        st.bind(1, id);
        if (d) {
            st.bindNoCopy(2, d->doc);
            st.bindNoCopy(3, d->grams);
        }
        st.exec();
    }
}

// Customers per step of writeDocuments.
constexpr std::size_t kDocumentChunk = 2048;

// Reads the customers' texts and stores their documents. The documents of a
// chunk are made on a thread of their own while the writing connection
// stores the chunk before and reads the next (making them was 0.3 s of the
// 100,000-customer demo's single writing thread).
void writeDocuments(const Database& db, const std::set<std::int64_t>& customerIds) {
    std::future<DocumentsOf> pending;
    for (auto it = customerIds.begin(); it != customerIds.end();) {
        Texts texts;
        for (; it != customerIds.end() && texts.size() < kDocumentChunk; ++it)
            texts.emplace_back(*it, sourceText(db, *it));
        auto next = customerIds.size() <= kDocumentChunk
                        ? std::async(std::launch::deferred, documentsOf, std::move(texts))
                        : std::async(std::launch::async, documentsOf, std::move(texts));
        if (pending.valid())
            storeDocuments(db, pending.get());
        pending = std::move(next);
    }
    if (pending.valid())
        storeDocuments(db, pending.get());
}

} // namespace

std::string trigramDocument(std::string_view text) { return lowered(text); }

std::string gramDocument(std::string_view text) {
    std::string doc;
    auto emit = [&doc](const std::string& token) {
        if (!doc.empty())
            doc += ' ';
        doc += token;
    };
    for (const Run& run : runs(text)) {
        if (run.ascii) {
            emit(lowered(joined(run.chars, 0, run.chars.size())));
            continue;
        }
        for (std::size_t k = 0; k < run.chars.size(); ++k) {
            emit(std::string(run.chars[k]));
            if (k + 1 < run.chars.size())
                emit(joined(run.chars, k, 2));
        }
    }
    return doc;
}

void refresh(const Database& db, std::int64_t customerId) {
    refresh(db, std::set<std::int64_t>{customerId});
}

void refresh(const Database& db, const std::set<std::int64_t>& customerIds) {
    if (customerIds.empty())
        return;
    markStale(db, customerIds);
    unindexStale(db);
    writeDocuments(db, customerIds);
    indexStale(db);
}

void forget(const Database& db, std::int64_t customerId) {
    markStale(db, {customerId});
    unindexStale(db);
    CachedStatement del(db.statements(), "DELETE FROM search_doc WHERE id = ?");
    del->bind(1, customerId);
    del->exec();
}

namespace {

// One word's id query ("SELECT rowid FROM ..."); empty for punctuation only.
// Three characters are exactly one trigram: the index answers alone. Longer
// words are a pattern the index narrows down and each candidate's document
// is checked against (detail=none keeps no positions).
std::string wordIds(std::string_view word, std::vector<std::string>& values) {
    const std::size_t length = characterCount(word);
    if (length == 3) {
        values.push_back(quotedFtsString(lowered(word)));
        return "SELECT rowid FROM search_trigram WHERE search_trigram MATCH ?";
    }
    if (length > 3) {
        values.push_back("*" + escapedGlob(lowered(word)) + "*");
        return "SELECT rowid FROM search_trigram WHERE doc GLOB ?";
    }
    std::string query = shortWordQuery(word);
    if (query.empty())
        return {}; // punctuation only: matches everything
    values.push_back(std::move(query));
    return "SELECT rowid FROM search_gram WHERE search_gram MATCH ?";
}

} // namespace

std::string condition(std::string_view text, std::vector<std::string>& values, const char* tested) {
    std::string where;
    for (std::string_view word : whitespaceWords(text)) {
        const std::string ids = wordIds(word, values);
        if (ids.empty())
            continue;
        where += (where.empty() ? "" : " AND ") + std::string(tested) + " IN (" + ids + ")";
    }
    return where;
}

bool onlyShortWords(std::string_view text) {
    const auto words = whitespaceWords(text);
    return std::none_of(words.begin(), words.end(), [](std::string_view w) { return characterCount(w) > 3; });
}

std::string matchingIds(std::string_view text, std::vector<std::string>& values) {
    std::string query;
    for (std::string_view word : whitespaceWords(text)) {
        const std::string ids = wordIds(word, values);
        if (!ids.empty())
            query += (query.empty() ? "" : " INTERSECT ") + ids;
    }
    return query;
}

namespace {

std::int64_t dataVersion(const Database& db) {
    return db.sql().execAndGet("PRAGMA data_version").getInt64();
}

std::int64_t ownChanges(const Database& db) { return sqlite3_total_changes64(db.sql().getHandle()); }

bool isKept(const Database& db, std::string_view text) {
    const KeptSearch& kept = db.keptSearch();
    return kept.text == text && kept.changes == ownChanges(db) && kept.dataVersion == dataVersion(db);
}

void keep(const Database& db, std::string_view text, const std::string& ids,
          const std::vector<std::string>& values) {
    KeptSearch& kept = db.keptSearch();
    kept = {};
    db.sql().exec("CREATE TEMP TABLE IF NOT EXISTS search_hits(id INTEGER PRIMARY KEY)");
    db.sql().exec("DELETE FROM temp.search_hits");
    SQLite::Statement fill(db.sql(), "INSERT INTO temp.search_hits " + ids);
    for (std::size_t i = 0; i < values.size(); ++i)
        fill.bind(static_cast<int>(i) + 1, values[i]);
    fill.exec();
    kept = {std::string(text), dataVersion(db), ownChanges(db)};
}

} // namespace

std::string matchingIdSet(const Database& db, std::string_view text, std::vector<std::string>& values) {
    const bool inTransaction = sqlite3_get_autocommit(db.sql().getHandle()) == 0;
    if (onlyShortWords(text) || inTransaction)
        return matchingIds(text, values);
    if (!isKept(db, text)) {
        std::vector<std::string> wordValues;
        const std::string ids = matchingIds(text, wordValues);
        if (ids.empty())
            return ids;
        keep(db, text, ids, wordValues);
    }
    return "SELECT id FROM temp.search_hits";
}

} // namespace crm::search
