#pragma once
// Full-text search over customers and their contacts. Internal to the store:
// CustomerStore and ContactStore call refresh() in their transactions.
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace crm {
class Database;
}

namespace crm::search {

// Rebuilds the customer's search entry from its row and its contacts (and
// removes it when the customer no longer exists). Writers do not call this
// directly: they call Database::markSearchStale, and the outermost
// WriteTransaction calls it once per customer before it commits.
void refresh(const Database& db, std::int64_t customerId);
// The same for many customers, with four full-text statements in all: SQLite
// 3.40's FTS5 flushes its pending index to a new segment at the statement
// savepoint of every INSERT into it, so one INSERT per customer would write
// one tiny segment per customer.
void refresh(const Database& db, const std::set<std::int64_t>& customerIds);
// Removes the customer's entry (before the customer row is deleted).
void forget(const Database& db, std::int64_t customerId);

// "id IN (...) AND id IN (...)": a condition on customer.id matching every
// word of `text`, and appends the values to bind to `values` in order.
// Empty when the text has no words. `tested` is how the condition names
// the id: "+id" makes SQLite test each row of the index it walks for the
// sort instead of looking every match up and sorting them.
std::string condition(std::string_view text, std::vector<std::string>& values, const char* tested = "id");

// Whether every word of `text` is found by an index alone (no word of 4 or
// more characters, whose candidates are each checked against their
// document): the ids of its matches are then cheap to collect.
bool onlyShortWords(std::string_view text);

// "SELECT rowid FROM ... INTERSECT SELECT rowid FROM ...": the ids of the
// customers matching every word, straight from the indexes (every indexed
// document is a customer's). Empty when the text has no words.
std::string matchingIds(std::string_view text, std::vector<std::string>& values);

// The search whose matches a connection keeps (Database::keptSearch).
struct KeptSearch {
    std::string text;
    std::int64_t dataVersion = -1; // PRAGMA data_version: others' commits
    std::int64_t changes = -1;     // the connection's own total changes
};

// The SQL of the set of ids matching `text`, for "id IN (...)", with its
// values appended to `values`. A search with a word of 4 or more characters
// (whose candidates are each checked against their document) is collected
// once into temp.search_hits and then read from there while the text and
// the database stay the same, so a list's count and each of its pages do
// not check the documents again. Not kept inside a write transaction (a
// rollback would empty the table behind the key). Empty when the text has
// no words.
std::string matchingIdSet(const Database& db, std::string_view text, std::vector<std::string>& values);

// Exposed for tests: the two documents built from searchable text.
std::string trigramDocument(std::string_view text);
std::string gramDocument(std::string_view text);

} // namespace crm::search
