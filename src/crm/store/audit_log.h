#pragma once
// The audit log: who changed what and when, per customer (customer, field,
// old value, new value). Every writable connection of the CRM installs
// temporary triggers that write it in the same transaction as the change,
// so no write path (dialogs, imports, the command line, undo) can skip it.
// What is logged:
//  - customers: added, every profile field changed, deleted; tags added
//    and removed;
//  - contacts and follow-ups: added, changed (per field), deleted;
//  - transactions and interactions: changed (per field) and deleted. Their
//    addition is itself an entry of the customer's timeline, so it is not
//    logged twice (and a ten-million-row import does not double the file).
// Rows removed because their customer was deleted are not logged one by
// one: the customer's own "deleted" entry says it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace crm {

class Database;

struct AuditEntry {
    std::int64_t id = 0;
    std::string at;     // UTC, "YYYY-MM-DD HH:MM:SS"
    std::string user;   // who: the connection's audit user
    std::int64_t customerId = 0;
    std::string record; // customer, tag, contact, transaction, interaction, follow-up
    std::int64_t recordId = 0;
    std::string action; // added, changed, deleted
    // The column changed ("name", "email", "amount", ...); for an added or
    // deleted record, the column that names it (with its value in
    // newValue or oldValue). Dates are ISO text, money minor units.
    std::string field;
    std::optional<std::string> oldValue;
    std::optional<std::string> newValue;
};

namespace audit {

// The name changes are logged under when nobody said otherwise: the
// program's user (setProgramUser), else $CRM_USER, else the
// operating-system login name, else "unknown".
std::string defaultUser();
// Who uses this program (the desktop app's current user): connections
// opened from now on log under this name. Empty: back to the default.
void setProgramUser(const std::string& user);

// Installs the temporary audit triggers on a writable connection, logging
// as `user`. Internal to Database.
void prepareConnection(SQLite::Database& sql, const std::string& user);
void setUser(SQLite::Database& sql, const std::string& user);

// A new customer and its tags are logged by CustomerStore rather than by
// triggers: a statement that fires a trigger carries a statement journal,
// which SQLite truncates at its end by walking the sub-journal of the
// whole batch around it; an import of 200,000 customers took 4x as long.
void logCustomerAdded(const Database& db, std::int64_t customerId, const std::string& name);
void logTag(const Database& db, std::int64_t customerId, const std::string& tag, bool added);

// While alive, the connection's changes are not logged. Only for writing
// a new file's first content that no user made (the demo generator): the
// log is of changes to a company's data, not of its synthesis. The
// connection's logging triggers are dropped meanwhile (a trigger runs, and
// journals, a program for every written row even when it logs nothing), so
// it is made outside a unit of work.
class Suspension {
public:
    explicit Suspension(const Database& db);
    ~Suspension();
    Suspension(const Suspension&) = delete;
    Suspension& operator=(const Suspension&) = delete;

private:
    const Database& m_db;
};

// The customer's entries, newest first (at most `limit`).
std::vector<AuditEntry> trail(const Database& db, std::int64_t customerId, int limit = 1000);

} // namespace audit
} // namespace crm
