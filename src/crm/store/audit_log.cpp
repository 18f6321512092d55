#include "crm/store/audit_log.h"

#include "crm/store/database.h"
#include "crm/store/statement_cache.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <cstdlib>
#include <mutex>
#include <unordered_map>
#include <vector>
#include <pwd.h>
#include <unistd.h>

namespace crm::audit {

namespace {

enum class Kind { Text, Date };

struct Field {
    const char* column;
    const char* name; // as logged
    Kind kind = Kind::Text;
};

// One audited table. `customer` is the column holding the customer's id;
// `label` names an added or deleted record (logged as field `labelName`).
struct Table {
    const char* table;
    const char* record;
    const char* customer;
    const char* id; // the record's id column, or nullptr
    const char* labelName;
    const char* label;
    std::vector<Field> fields; // audited on change
    bool logAdded;
    bool goesWithItsCustomer; // deleted by the customer's cascade
};

const std::vector<Table>& tables() {
    static const std::vector<Table> all{
        {"customer", "customer", "id", "id", "name", "name",
         {{"code", "code"}, {"kind", "kind"}, {"name", "name"}, {"industry", "industry"},
          {"region", "region"}, {"address", "address"}, {"phone", "phone"}, {"email", "email"},
          {"owner", "owner"}, {"created_on", "created_on", Kind::Date}, {"notes", "notes"},
          {"company_stage", "company_stage"}, {"annual_category_spend", "annual_category_spend"},
          {"birthday", "birthday", Kind::Date}},
         false, false}, // added: logged by CustomerStore (logCustomerAdded)
        {"contact", "contact", "customer_id", "id", "name", "name",
         {{"name", "name"}, {"role", "role"}, {"is_primary", "primary"}, {"phone", "phone"},
          {"email", "email"}, {"birthday", "birthday", Kind::Date}},
         true, true},
        {"txn", "transaction", "customer_id", "id", "amount", "amount",
         {{"day", "date", Kind::Date}, {"amount", "amount"}, {"cost", "cost"},
          {"product", "product"}, {"reference", "reference"}},
         false, true},
        {"interaction", "interaction", "customer_id", "id", "subject", "subject",
         {{"day", "date", Kind::Date}, {"minute", "minute"}, {"type", "type"},
          {"subject", "subject"}, {"body", "body"}, {"outcome", "outcome"},
          {"complaint_status", "complaint_status"}, {"resolution", "resolution"}},
         false, true},
        {"follow_up", "follow-up", "customer_id", "id", "subject", "subject",
         {{"due", "due", Kind::Date}, {"subject", "subject"}, {"done", "done", Kind::Date}},
         true, true},
    };
    return all;
}

constexpr const char* kInsert =
    "INSERT INTO audit_log(at, user, customer_id, record, record_id, action, field, old_value, "
    "new_value) ";
// When (UTC) and who: crm_audit_user() is the connection's user, NULL while
// suspended, when nothing is logged. A function rather than a temporary
// table: reading the temp database in every logged statement made a
// 200,000-customer import 3x slower, and so did 'localtime'.
constexpr const char* kWhen = "datetime('now'), crm_audit_user()";
constexpr const char* kFromUser = " WHERE crm_audit_user() IS NOT NULL";

std::string value(const char* row, const Field& f) {
    const std::string column = std::string(row) + "." + f.column;
    return f.kind == Kind::Date ? "date(" + column + ")" : column;
}

std::string idOf(const Table& t, const char* row) {
    return t.id ? std::string(row) + "." + t.id : std::string("NULL");
}

std::string quoted(const char* text) { return std::string("'") + text + "'"; }

std::string insertTrigger(const Table& t) {
    return std::string("CREATE TEMP TRIGGER audit_") + t.table + "_insert AFTER INSERT ON main." +
           t.table + " BEGIN " + kInsert + "SELECT " + kWhen + ", NEW." + t.customer + ", " +
           quoted(t.record) + ", " + idOf(t, "NEW") + ", 'added', " + quoted(t.labelName) +
           ", NULL, NEW." + t.label + kFromUser + "; END";
}

std::string updateTrigger(const Table& t) {
    std::string columns, changes;
    for (const Field& f : t.fields) {
        columns += (columns.empty() ? "" : ", ") + std::string(f.column);
        changes += (changes.empty() ? "" : " UNION ALL ") + std::string("SELECT ") +
                   quoted(f.name) + " AS f, " + value("OLD", f) + " AS o, " + value("NEW", f) +
                   " AS n WHERE OLD." + f.column + " IS NOT NEW." + f.column;
    }
    return std::string("CREATE TEMP TRIGGER audit_") + t.table + "_update AFTER UPDATE OF " +
           columns + " ON main." + t.table + " BEGIN " + kInsert + "SELECT " + kWhen + ", NEW." +
           t.customer + ", " + quoted(t.record) + ", " + idOf(t, "NEW") +
           ", 'changed', c.f, c.o, c.n FROM (" + changes + ") AS c" + kFromUser + "; END";
}

std::string deleteTrigger(const Table& t) {
    const std::string when =
        t.goesWithItsCustomer
            ? std::string(" WHEN EXISTS (SELECT 1 FROM customer WHERE id = OLD.") + t.customer + ")"
            : std::string();
    return std::string("CREATE TEMP TRIGGER audit_") + t.table + "_delete AFTER DELETE ON main." +
           t.table + when + " BEGIN " + kInsert + "SELECT " + kWhen + ", OLD." + t.customer +
           ", " + quoted(t.record) + ", " + idOf(t, "OLD") + ", 'deleted', " +
           quoted(t.labelName) + ", OLD." + t.label + ", NULL" + kFromUser + "; END";
}

} // namespace

namespace {

std::mutex g_userMutex;
std::string g_programUser;

} // namespace

void setProgramUser(const std::string& user) {
    const std::lock_guard lock(g_userMutex);
    g_programUser = user;
}

std::string defaultUser() {
    {
        const std::lock_guard lock(g_userMutex);
        if (!g_programUser.empty())
            return g_programUser;
    }
    if (const char* user = std::getenv("CRM_USER"); user && *user)
        return user;
    // getpwuid_r: connections are opened on several threads at once (the
    // dashboard's readers), and getpwuid's result is one static buffer.
    passwd entry{};
    passwd* found = nullptr;
    std::vector<char> buffer(16384);
    if (::getpwuid_r(::geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found &&
        found->pw_name && *found->pw_name)
        return found->pw_name;
    if (const char* user = std::getenv("USER"); user && *user)
        return user;
    return "unknown";
}

namespace {

// The audit user of each connection, reached by its handle.
struct ConnectionUser {
    std::string name;
    bool suspended = false;
};

std::mutex g_connectionsMutex;
std::unordered_map<sqlite3*, ConnectionUser*> g_connections;

ConnectionUser& userOf(SQLite::Database& sql) {
    const std::lock_guard lock(g_connectionsMutex);
    return *g_connections.at(sql.getHandle());
}

void currentUser(sqlite3_context* context, int, sqlite3_value**) {
    const auto* user = static_cast<const ConnectionUser*>(sqlite3_user_data(context));
    if (user->suspended)
        sqlite3_result_null(context);
    else
        sqlite3_result_text(context, user->name.data(), static_cast<int>(user->name.size()),
                            SQLITE_TRANSIENT);
}

void forget(void* data) {
    auto* gone = static_cast<ConnectionUser*>(data);
    const std::lock_guard lock(g_connectionsMutex);
    std::erase_if(g_connections, [gone](const auto& entry) { return entry.second == gone; });
    delete gone;
}

// Registers crm_audit_user() on the connection; SQLite calls forget() when
// the connection closes.
void registerUserFunction(SQLite::Database& sql) {
    auto* user = new ConnectionUser;
    {
        const std::lock_guard lock(g_connectionsMutex);
        g_connections[sql.getHandle()] = user;
    }
    const int rc = sqlite3_create_function_v2(sql.getHandle(), "crm_audit_user", 0, SQLITE_UTF8,
                                              user, currentUser, nullptr, nullptr, forget);
    if (rc != SQLITE_OK)
        throw SQLite::Exception(sql.getHandle(), rc);
}

void installTriggers(SQLite::Database& sql) {
    for (const Table& t : tables()) {
        if (t.logAdded)
            sql.exec(insertTrigger(t));
        if (!t.fields.empty())
            sql.exec(updateTrigger(t));
        sql.exec(deleteTrigger(t));
    }
}

void dropTriggers(SQLite::Database& sql) {
    for (const Table& t : tables())
        for (const char* event : {"_insert", "_update", "_delete"})
            sql.exec(std::string("DROP TRIGGER IF EXISTS temp.audit_") + t.table + event);
}

} // namespace

void prepareConnection(SQLite::Database& sql, const std::string& user) {
    registerUserFunction(sql);
    setUser(sql, user);
    installTriggers(sql);
}

Suspension::Suspension(const Database& db) : m_db(db) {
    if (db.isReadOnly())
        return;
    userOf(db.sql()).suspended = true;
    dropTriggers(db.sql());
}

Suspension::~Suspension() {
    if (m_db.isReadOnly())
        return;
    try {
        installTriggers(m_db.sql());
    } catch (...) {
        // Left without its triggers, the connection logs no row changes until
        // it is opened again; nothing of the file is lost.
    }
    userOf(m_db.sql()).suspended = false;
}

namespace {

// One entry written from C++: a single-row INSERT ... VALUES, which SQLite
// runs without a statement journal (an INSERT ... SELECT or a trigger needs
// one, and its cost grows with the unit of work around it).
void write(const Database& db, std::int64_t customerId, const char* record,
           std::optional<std::int64_t> recordId, const char* action, const char* field,
           const std::optional<std::string>& oldValue, const std::optional<std::string>& newValue) {
    if (userOf(db.sql()).suspended)
        return;
    sql::CachedStatement st(db.statements(),
                            std::string(kInsert) + "VALUES (" + kWhen + ", ?, ?, ?, ?, ?, ?, ?)");
    st->bind(1, customerId);
    st->bind(2, record);
    if (recordId)
        st->bind(3, *recordId);
    st->bind(4, action);
    st->bind(5, field);
    if (oldValue)
        st->bind(6, *oldValue);
    if (newValue)
        st->bind(7, *newValue);
    st->exec();
}

} // namespace

void logCustomerAdded(const Database& db, std::int64_t customerId, const std::string& name) {
    write(db, customerId, "customer", customerId, "added", "name", std::nullopt, name);
}

void logTag(const Database& db, std::int64_t customerId, const std::string& tag, bool added) {
    if (added)
        write(db, customerId, "tag", std::nullopt, "added", "tag", std::nullopt, tag);
    else
        write(db, customerId, "tag", std::nullopt, "deleted", "tag", tag, std::nullopt);
}

void setUser(SQLite::Database& sql, const std::string& user) {
    userOf(sql).name = user.empty() ? std::string("unknown") : user;
}

std::vector<AuditEntry> trail(const Database& db, std::int64_t customerId, int limit) {
    SQLite::Statement st(db.sql(), R"sql(
        SELECT id, at, user, customer_id, record, ifnull(record_id, 0), action, field,
               old_value, new_value
        FROM audit_log WHERE customer_id = ? ORDER BY id DESC LIMIT ?)sql");
    st.bind(1, customerId);
    st.bind(2, limit);
    std::vector<AuditEntry> entries;
    while (st.executeStep()) {
        AuditEntry e;
        e.id = st.getColumn(0).getInt64();
        e.at = st.getColumn(1).getString();
        e.user = st.getColumn(2).getString();
        e.customerId = st.getColumn(3).getInt64();
        e.record = st.getColumn(4).getString();
        e.recordId = st.getColumn(5).getInt64();
        e.action = st.getColumn(6).getString();
        e.field = st.getColumn(7).getString();
        if (!st.getColumn(8).isNull())
            e.oldValue = st.getColumn(8).getString();
        if (!st.getColumn(9).isNull())
            e.newValue = st.getColumn(9).getString();
        entries.push_back(std::move(e));
    }
    return entries;
}

} // namespace crm::audit
