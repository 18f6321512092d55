#include "crm/store/interaction_store.h"

#include "crm/store/database.h"
#include "crm/store/records/record_rows.h"
#include "crm/store/sql_util.h"
#include "crm/store/statement_cache.h"
#include "crm/validation.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace crm {

using Cached = sql::CachedStatement;

namespace {

constexpr const char* kSelectFollowUp =
    "SELECT id, customer_id, due, subject, done, interaction_id FROM follow_up ";

FollowUp readFollowUp(const SQLite::Statement& st) {
    FollowUp f;
    f.id = st.getColumn(0).getInt64();
    f.customerId = st.getColumn(1).getInt64();
    f.due = sql::dateColumn(st.getColumn(2));
    f.subject = st.getColumn(3).getString();
    f.done = sql::optionalDate(st.getColumn(4));
    f.interactionId = sql::optionalInt(st.getColumn(5));
    return f;
}

// Binds every column but id to parameters 1..5 (customer_id last).
void bindFields(SQLite::Statement& st, const FollowUp& f) {
    sql::bindDate(st, 1, f.due);
    st.bind(2, f.subject);
    sql::bindOptionalDate(st, 3, f.done);
    sql::bindOptionalInt(st, 4, f.interactionId);
    st.bind(5, f.customerId);
}

// The customer exists and the interaction, when given, is one of its interactions.
void checkLinks(const Database& db, const FollowUp& followUp) {
    const auto customer = records::requireCustomer(db, followUp.customerId);
    if (!followUp.interactionId)
        return;
    const std::int64_t owner = records::interactionOwner(db, *followUp.interactionId);
    if (owner != followUp.customerId)
        throw ValidationError({FieldError{
            "interaction", "interaction " + std::to_string(*followUp.interactionId) +
                               " is not an interaction of " + records::describe(customer)}});
}

void requireFollowUp(const Database& db, std::int64_t id) {
    Cached stCached(db.statements(), "SELECT 1 FROM follow_up WHERE id = ?");
    SQLite::Statement& st = *stCached;
    st.bind(1, id);
    if (!st.executeStep())
        throw NotFoundError("follow-up " + std::to_string(id) + " not found");
}

std::string followUpLabel(const FollowUp& f) {
    return "follow-up '" + f.subject + "' of customer " + std::to_string(f.customerId);
}

// The WHERE clause of list(): fixed fragments only, values are bound.
std::string listCondition(const FollowUpStore::Filter& filter) {
    std::string where = "WHERE 1";
    if (filter.customerId)
        where += " AND customer_id = :customer";
    if (filter.dueOnOrBefore)
        where += " AND due <= :due";
    if (filter.openOnly)
        where += " AND done IS NULL";
    return where;
}

} // namespace

std::int64_t FollowUpStore::add(const FollowUp& followUp) {
    throwIfInvalid(validate(followUp));
    const Database& db = m_db;
    auto& sql = db.sql();
    try {
        WriteTransaction tx(m_db);
        checkLinks(db, followUp);
        Cached stCached(db.statements(), "INSERT INTO follow_up(due, subject, done, interaction_id, "
                                  "customer_id) VALUES (?, ?, ?, ?, ?)");
        SQLite::Statement& st = *stCached;
        bindFields(st, followUp);
        st.exec();
        const std::int64_t id = sql.getLastInsertRowid();
        tx.commit();
        return id;
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "adding " + followUpLabel(followUp));
    }
}

void FollowUpStore::update(const FollowUp& followUp) {
    throwIfInvalid(validate(followUp));
    const Database& db = m_db;
    try {
        WriteTransaction tx(m_db);
        requireFollowUp(db, followUp.id);
        checkLinks(db, followUp);
        Cached stCached(db.statements(), "UPDATE follow_up SET due = ?, subject = ?, done = ?, "
                                  "interaction_id = ?, customer_id = ? WHERE id = ?");
        SQLite::Statement& st = *stCached;
        bindFields(st, followUp);
        st.bind(6, followUp.id);
        st.exec();
        tx.commit();
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "updating " + followUpLabel(followUp));
    }
}

void FollowUpStore::markDone(std::int64_t id, const Date& done) {
    records::requireDate(done, "done");
    const Database& db = m_db;
    try {
        WriteTransaction tx(m_db);
        requireFollowUp(db, id);
        Cached stCached(db.statements(), "UPDATE follow_up SET done = ? WHERE id = ?");
        SQLite::Statement& st = *stCached;
        sql::bindDate(st, 1, done);
        st.bind(2, id);
        st.exec();
        tx.commit();
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "marking follow-up " + std::to_string(id) + " done");
    }
}

void FollowUpStore::remove(std::int64_t id) {
    const Database& db = m_db;
    try {
        WriteTransaction tx(m_db);
        requireFollowUp(db, id);
        Cached stCached(db.statements(), "DELETE FROM follow_up WHERE id = ?");
        SQLite::Statement& st = *stCached;
        st.bind(1, id);
        st.exec();
        tx.commit();
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "deleting follow-up " + std::to_string(id));
    }
}

std::optional<FollowUp> FollowUpStore::find(std::int64_t id) const {
    try {
        Cached stCached(m_db.statements(), std::string(kSelectFollowUp) + "WHERE id = ?");
        SQLite::Statement& st = *stCached;
        st.bind(1, id);
        if (!st.executeStep())
            return std::nullopt;
        return readFollowUp(st);
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "reading follow-up " + std::to_string(id));
    }
}

std::vector<FollowUp> FollowUpStore::list(const Filter& filter) const {
    try {
        Cached stCached(m_db.statements(), std::string(kSelectFollowUp) + listCondition(filter) +
                                             " ORDER BY due, id");
        SQLite::Statement& st = *stCached;
        if (filter.customerId)
            st.bind(":customer", *filter.customerId);
        if (filter.dueOnOrBefore)
            st.bind(":due", toDayNumber(*filter.dueOnOrBefore));
        std::vector<FollowUp> all;
        while (st.executeStep())
            all.push_back(readFollowUp(st));
        return all;
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "listing follow-ups");
    }
}

} // namespace crm
