#include "crm/store/customer_store.h"

#include "crm/errors.h"
#include "crm/names.h"
#include "crm/store/aggregates.h"
#include "crm/store/audit_log.h"
#include "crm/store/database.h"
#include "crm/store/search_index.h"
#include "crm/store/sql_util.h"
#include "crm/store/statement_cache.h"
#include "crm/validation.h"

#include <algorithm>
#include <SQLiteCpp/Database.h>

namespace crm {

namespace {

constexpr const char* kColumns =
    "id, code, kind, name, industry, region, address, phone, email, owner, created_on, notes, "
    "company_stage, annual_category_spend, birthday, stage";

// Binds the editable fields, in the order of kInsert / kUpdate (1..14).
void bindFields(SQLite::Statement& st, const Customer& c) {
    st.bind(1, c.code);
    st.bind(2, std::string(toKey(c.kind)));
    st.bind(3, c.name);
    st.bind(4, c.industry);
    st.bind(5, c.region);
    st.bind(6, c.address);
    st.bind(7, c.phone);
    st.bind(8, c.email);
    st.bind(9, c.owner);
    sql::bindDate(st, 10, c.createdOn);
    st.bind(11, c.notes);
    if (c.companyStage)
        st.bind(12, std::string(toKey(*c.companyStage)));
    else
        st.bind(12);
    sql::bindOptionalInt(st, 13, c.annualCategorySpend);
    sql::bindOptionalDate(st, 14, c.birthday);
}

constexpr const char* kInsert =
    "INSERT INTO customer(code, kind, name, industry, region, address, phone, email, owner, "
    "created_on, notes, company_stage, annual_category_spend, birthday) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kUpdate =
    "UPDATE customer SET code = ?, kind = ?, name = ?, industry = ?, region = ?, address = ?, "
    "phone = ?, email = ?, owner = ?, created_on = ?, notes = ?, company_stage = ?, "
    "annual_category_spend = ?, birthday = ? WHERE id = ?";

Customer readCustomer(SQLite::Statement& st) {
    Customer c;
    c.id = st.getColumn(0).getInt64();
    c.code = st.getColumn(1).getString();
    c.kind = parseCustomerKind(st.getColumn(2).getString()).value_or(CustomerKind::Organisation);
    c.name = st.getColumn(3).getString();
    c.industry = st.getColumn(4).getString();
    c.region = st.getColumn(5).getString();
    c.address = st.getColumn(6).getString();
    c.phone = st.getColumn(7).getString();
    c.email = st.getColumn(8).getString();
    c.owner = st.getColumn(9).getString();
    c.createdOn = sql::dateColumn(st.getColumn(10));
    c.notes = st.getColumn(11).getString();
    if (!st.getColumn(12).isNull())
        c.companyStage = parseCompanyStage(st.getColumn(12).getString());
    c.annualCategorySpend = sql::optionalInt(st.getColumn(13));
    c.birthday = sql::optionalDate(st.getColumn(14));
    c.stage = parseStage(st.getColumn(15).getString()).value_or(Stage::Prospect);
    return c;
}

void readTags(SQLite::Database& sql, Customer& c) {
    SQLite::Statement st(sql, "SELECT tag FROM customer_tag WHERE customer_id = ? ORDER BY tag");
    st.bind(1, static_cast<std::int64_t>(c.id));
    while (st.executeStep())
        c.tags.push_back(st.getColumn(0).getString());
}

// Removes only the tags that went and adds only the new ones, so that the
// audit log records what changed rather than every tag again. The tags of
// a new customer are part of its "added" entry (`logChanges` false).
void writeTags(const Database& db, std::int64_t id, const std::vector<std::string>& tags,
               bool logChanges = true) {
    sql::CachedStatement existing(db.statements(), "SELECT tag FROM customer_tag WHERE customer_id = ?");
    existing->bind(1, id);
    std::vector<std::string> gone;
    while (existing->executeStep()) {
        std::string tag = existing->getColumn(0).getString();
        if (std::find(tags.begin(), tags.end(), tag) == tags.end())
            gone.push_back(std::move(tag));
    }
    existing->reset();
    sql::CachedStatement del(db.statements(),
                             "DELETE FROM customer_tag WHERE tag = ? AND customer_id = ?");
    for (const auto& tag : gone) {
        del->bind(1, tag);
        del->bind(2, id);
        del->exec();
        del->reset();
        audit::logTag(db, id, tag, false);
    }
    sql::CachedStatement ins(db.statements(),
                             "INSERT OR IGNORE INTO customer_tag(customer_id, tag) VALUES (?, ?)");
    for (const auto& tag : tags) {
        ins->bind(1, id);
        ins->bind(2, tag);
        if (ins->exec() > 0 && logChanges) // not a tag it already had
            audit::logTag(db, id, tag, true);
        ins->reset();
    }
}

std::optional<Customer> findWhere(SQLite::Database& sql, const char* where,
                                  const auto& bindKey) {
    SQLite::Statement st(sql, std::string("SELECT ") + kColumns + " FROM customer WHERE " + where);
    bindKey(st);
    if (!st.executeStep())
        return std::nullopt;
    Customer c = readCustomer(st);
    readTags(sql, c);
    return c;
}

[[noreturn]] void rethrowWrite(const SQLite::Exception& e, const Customer& c,
                               std::string_view doing) {
    if (sql::isConstraintViolation(e) && std::string_view(e.what()).find("customer.code") !=
                                             std::string_view::npos)
        throw ConflictError("code: a customer with code '" + c.code + "' already exists");
    sql::rethrow(e, std::string(doing) + " customer '" + c.code + "'");
}

// Inserts one customer with its tags; its search entry is built at commit.
std::int64_t insertOne(const Database& db, SQLite::Statement& insert, const Customer& c) {
    throwIfInvalid(validate(c));
    insert.reset();
    bindFields(insert, c);
    insert.exec();
    const std::int64_t id = db.sql().getLastInsertRowid();
    audit::logCustomerAdded(db, id, c.name);
    if (!c.tags.empty())
        writeTags(db, id, c.tags, false);
    db.markSearchStale(id);
    return id;
}

} // namespace

std::int64_t CustomerStore::add(const Customer& customer) {
    const std::vector<std::int64_t> ids = addBatch(std::span(&customer, 1));
    return ids.front();
}

std::vector<std::int64_t> CustomerStore::addBatch(std::span<const Customer> customers) {
    std::vector<std::int64_t> ids;
    ids.reserve(customers.size());
    const Customer* current = nullptr;
    try {
        WriteTransaction tx(m_db);
        sql::CachedStatement insert(m_db.statements(), kInsert);
        for (const Customer& c : customers) {
            current = &c;
            ids.push_back(insertOne(m_db, *insert, c));
        }
        tx.commit();
    } catch (const SQLite::Exception& e) {
        // Before the first row (BEGIN failed: busy, read-only) name the first.
        const Customer none;
        rethrowWrite(e, current ? *current : customers.empty() ? none : customers.front(), "adding");
    }
    return ids;
}

void CustomerStore::update(const Customer& customer) {
    throwIfInvalid(validate(customer));
    try {
        WriteTransaction tx(m_db);
        // Cached: the statement carries the audit trigger's program, which
        // is compiled again at every prepare (an update import does many).
        sql::CachedStatement st(m_db.statements(), kUpdate);
        bindFields(*st, customer);
        st->bind(15, static_cast<std::int64_t>(customer.id));
        if (st->exec() == 0)
            throw NotFoundError("no customer with id " + std::to_string(customer.id));
        writeTags(m_db, customer.id, customer.tags);
        m_db.markSearchStale(customer.id);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        rethrowWrite(e, customer, "updating");
    }
}

void CustomerStore::remove(std::int64_t id) {
    try {
        WriteTransaction tx(m_db);
        search::forget(m_db, id);
        SQLite::Statement st(m_db.sql(), "DELETE FROM customer WHERE id = ?");
        st.bind(1, static_cast<std::int64_t>(id));
        if (st.exec() == 0)
            throw NotFoundError("no customer with id " + std::to_string(id));
        tx.commit();
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "deleting customer " + std::to_string(id));
    }
}

std::optional<Customer> CustomerStore::find(std::int64_t id) const {
    return findWhere(m_db.sql(), "id = ?",
                     [id](SQLite::Statement& st) { st.bind(1, static_cast<std::int64_t>(id)); });
}

std::optional<Customer> CustomerStore::findByCode(std::string_view code) const {
    return findWhere(m_db.sql(), "code = ?",
                     [code](SQLite::Statement& st) { st.bind(1, std::string(code)); });
}

std::int64_t CustomerStore::idForCode(std::string_view code) const {
    SQLite::Statement st(m_db.sql(), "SELECT id FROM customer WHERE code = ?");
    st.bind(1, std::string(code));
    if (!st.executeStep())
        throw NotFoundError("no customer with code '" + std::string(code) + "'");
    return st.getColumn(0).getInt64();
}

CustomerAggregates CustomerStore::aggregates(std::int64_t id) const {
    return aggregates::read(m_db, id);
}

CustomerAggregates CustomerStore::recomputeAggregates(std::int64_t id) const {
    return aggregates::compute(m_db, id);
}

} // namespace crm
