#include "crm/store/contact_store.h"

#include "crm/names.h"
#include "crm/store/database.h"
#include "crm/store/records/record_rows.h"
#include "crm/store/search_index.h"
#include "crm/store/sql_util.h"
#include "crm/store/statement_cache.h"
#include "crm/validation.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace crm {

using Cached = sql::CachedStatement;

namespace {

constexpr const char* kSelectContact =
    "SELECT id, customer_id, name, role, is_primary, phone, email, birthday FROM contact ";

Contact readContact(const SQLite::Statement& st) {
    Contact c;
    c.id = st.getColumn(0).getInt64();
    c.customerId = st.getColumn(1).getInt64();
    c.name = st.getColumn(2).getString();
    const std::string role = st.getColumn(3).getString();
    c.role = records::storedKey(parseContactRole(role), "contact.role", role);
    c.primary = st.getColumn(4).getInt() != 0;
    c.phone = sql::textColumn(st.getColumn(5));
    c.email = sql::textColumn(st.getColumn(6));
    c.birthday = sql::optionalDate(st.getColumn(7));
    return c;
}

// Binds name, role, phone, email and birthday to parameters 1..5.
void bindFields(SQLite::Statement& st, const Contact& c) {
    st.bind(1, c.name);
    st.bind(2, std::string(toKey(c.role)));
    st.bind(3, c.phone);
    st.bind(4, c.email);
    sql::bindOptionalDate(st, 5, c.birthday);
}

Contact requireContact(const Database& db, std::int64_t id) {
    Cached stCached(db.statements(), std::string(kSelectContact) + "WHERE id = ?");
    SQLite::Statement& st = *stCached;
    st.bind(1, id);
    if (!st.executeStep())
        throw NotFoundError("contact " + std::to_string(id) + " not found");
    return readContact(st);
}

void requireOrganisation(const records::CustomerRef& customer) {
    if (customer.kind != CustomerKind::Organisation)
        throw ValidationError({FieldError{
            "customer", records::describe(customer) + " is a person; only organisations have contacts"}});
}

// The previous primary (if any) stops being primary, `contact` becomes it as
// of `since`, and the change is appended to the history with the name as it
// is now, so the history still reads right after the contact is deleted.
void makeContactPrimary(const Database& db, const Contact& contact, const Date& since) {
    Cached clearCached(db.statements(), "UPDATE contact SET is_primary = 0 WHERE customer_id = ? AND is_primary = 1");
    SQLite::Statement& clear = *clearCached;
    clear.bind(1, contact.customerId);
    clear.exec();
    Cached setCached(db.statements(), "UPDATE contact SET is_primary = 1 WHERE id = ?");
    SQLite::Statement& set = *setCached;
    set.bind(1, contact.id);
    set.exec();
    Cached historyCached(db.statements(), "INSERT INTO primary_contact_change"
                                   "(customer_id, contact_id, contact_name, since) VALUES (?, ?, ?, ?)");
    SQLite::Statement& history = *historyCached;
    history.bind(1, contact.customerId);
    history.bind(2, contact.id);
    history.bind(3, contact.name);
    sql::bindDate(history, 4, since);
    history.exec();
}

void clearPrimaryFlag(const Database& db, std::int64_t contactId) {
    Cached stCached(db.statements(), "UPDATE contact SET is_primary = 0 WHERE id = ?");
    SQLite::Statement& st = *stCached;
    st.bind(1, contactId);
    st.exec();
}

std::string contactLabel(const Contact& contact) {
    return "contact '" + contact.name + "' of customer " + std::to_string(contact.customerId);
}

} // namespace

std::int64_t ContactStore::add(const Contact& contact, const Date& today) {
    throwIfInvalid(validate(contact));
    if (contact.primary)
        records::requireDate(today, "since");
    const Database& db = m_db;
    auto& sql = db.sql();
    try {
        WriteTransaction tx(m_db);
        requireOrganisation(records::requireCustomer(db, contact.customerId));
        Cached stCached(db.statements(), "INSERT INTO contact(name, role, phone, email, birthday, "
                                  "customer_id, is_primary) VALUES (?, ?, ?, ?, ?, ?, 0)");
        SQLite::Statement& st = *stCached;
        bindFields(st, contact);
        st.bind(6, contact.customerId);
        st.exec();
        Contact added = contact;
        added.id = sql.getLastInsertRowid();
        if (added.primary)
            makeContactPrimary(db, added, today);
        m_db.markSearchStale(added.customerId);
        tx.commit();
        return added.id;
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "adding " + contactLabel(contact));
    }
}

void ContactStore::update(const Contact& contact, const Date& today) {
    throwIfInvalid(validate(contact));
    if (contact.primary)
        records::requireDate(today, "since");
    const Database& db = m_db;
    try {
        WriteTransaction tx(m_db);
        const Contact stored = requireContact(db, contact.id);
        if (stored.customerId != contact.customerId)
            throw ValidationError({FieldError{
                "customer", "contact " + std::to_string(contact.id) +
                                " belongs to customer " + std::to_string(stored.customerId) +
                                " and cannot move to another customer"}});
        Cached stCached(db.statements(), "UPDATE contact SET name = ?, role = ?, phone = ?, email = ?, "
                                  "birthday = ? WHERE id = ?");
        SQLite::Statement& st = *stCached;
        bindFields(st, contact);
        st.bind(6, contact.id);
        st.exec();
        if (contact.primary && !stored.primary)
            makeContactPrimary(db, contact, today);
        else if (!contact.primary && stored.primary)
            clearPrimaryFlag(db, contact.id);
        m_db.markSearchStale(contact.customerId);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "updating " + contactLabel(contact));
    }
}

void ContactStore::remove(std::int64_t id) {
    const Database& db = m_db;
    try {
        WriteTransaction tx(m_db);
        const std::int64_t customerId = records::contactOwner(db, id);
        // The history keeps the name; its contact_id becomes NULL (ON DELETE SET NULL).
        Cached stCached(db.statements(), "DELETE FROM contact WHERE id = ?");
        SQLite::Statement& st = *stCached;
        st.bind(1, id);
        st.exec();
        m_db.markSearchStale(customerId);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "deleting contact " + std::to_string(id));
    }
}

void ContactStore::makePrimary(std::int64_t contactId, const Date& since) {
    records::requireDate(since, "since");
    const Database& db = m_db;
    try {
        WriteTransaction tx(m_db);
        const Contact contact = requireContact(db, contactId);
        if (contact.primary)
            return; // already primary: the history has its entry
        makeContactPrimary(db, contact, since);
        m_db.markSearchStale(contact.customerId);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "making contact " + std::to_string(contactId) + " primary");
    }
}

std::optional<Contact> ContactStore::find(std::int64_t id) const {
    try {
        Cached stCached(m_db.statements(), std::string(kSelectContact) + "WHERE id = ?");
        SQLite::Statement& st = *stCached;
        st.bind(1, id);
        if (!st.executeStep())
            return std::nullopt;
        return readContact(st);
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "reading contact " + std::to_string(id));
    }
}

std::vector<Contact> ContactStore::listFor(std::int64_t customerId) const {
    try {
        Cached stCached(m_db.statements(), std::string(kSelectContact) +
                                             "WHERE customer_id = ? "
                                             "ORDER BY is_primary DESC, name COLLATE NOCASE, id");
        SQLite::Statement& st = *stCached;
        st.bind(1, customerId);
        std::vector<Contact> contacts;
        while (st.executeStep())
            contacts.push_back(readContact(st));
        return contacts;
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "listing contacts of customer " + std::to_string(customerId));
    }
}

std::vector<PrimaryContactChange> ContactStore::primaryHistory(std::int64_t customerId) const {
    try {
        Cached stCached(m_db.statements(),
                             "SELECT contact_id, contact_name, since FROM primary_contact_change "
                             "WHERE customer_id = ? ORDER BY since, id");
        SQLite::Statement& st = *stCached;
        st.bind(1, customerId);
        std::vector<PrimaryContactChange> history;
        while (st.executeStep())
            history.push_back({customerId, sql::optionalInt(st.getColumn(0)),
                               st.getColumn(1).getString(), sql::dateColumn(st.getColumn(2))});
        return history;
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "reading the primary contact history of customer " +
                            std::to_string(customerId));
    }
}

} // namespace crm
