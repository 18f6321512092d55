// The writing half of RecordRestore: rows inserted with the ids they had.
#include "crm/store/record_restore.h"

#include "crm/errors.h"
#include "crm/names.h"
#include "crm/store/aggregates.h"
#include "crm/store/database.h"
#include "crm/store/lifecycle_timeline.h"
#include "crm/store/records/record_rows.h"
#include "crm/store/sql_util.h"
#include "crm/store/statement_cache.h"
#include "crm/store/transaction_days.h"
#include "crm/validation.h"

#include <SQLiteCpp/Database.h>
#include <algorithm>

namespace crm {

namespace {

using Cached = sql::CachedStatement;

void bindOptionalKey(SQLite::Statement& st, int index, const auto& value) {
    if (value)
        st.bind(index, std::string(toKey(*value)));
    else
        st.bind(index);
}

void insertCustomerRow(const Database& db, const Customer& c) {
    SQLite::Statement st(db.sql(),
                         "INSERT INTO customer(id, code, kind, name, industry, region, address, "
                         "phone, email, owner, created_on, notes, company_stage, "
                         "annual_category_spend, birthday, stage) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, c.id);
    st.bind(2, c.code);
    st.bind(3, std::string(toKey(c.kind)));
    int i = 4;
    for (const std::string* text :
         {&c.name, &c.industry, &c.region, &c.address, &c.phone, &c.email, &c.owner})
        st.bind(i++, *text);
    sql::bindDate(st, 11, c.createdOn);
    st.bind(12, c.notes);
    bindOptionalKey(st, 13, c.companyStage);
    sql::bindOptionalInt(st, 14, c.annualCategorySpend);
    sql::bindOptionalDate(st, 15, c.birthday);
    st.bind(16, std::string(toKey(c.stage)));
    st.exec();
    Cached tag(db.statements(),
               "INSERT OR IGNORE INTO customer_tag(customer_id, tag) VALUES (?, ?)");
    for (const std::string& t : c.tags) {
        tag->bind(1, c.id);
        tag->bind(2, t);
        tag->exec();
        tag->reset();
    }
}

// Inserts the contact, or updates the one with its id; the primary flag is
// left to writePrimary (one primary per customer is a unique index).
void upsertContact(const Database& db, const Contact& c) {
    throwIfInvalid(validate(c));
    Cached st(
        db.statements(),
        "INSERT INTO contact(id, customer_id, name, role, is_primary, phone, email, birthday) "
        "VALUES (?, ?, ?, ?, 0, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        "role = excluded.role, phone = excluded.phone, email = excluded.email, "
        "birthday = excluded.birthday");
    st->bind(1, c.id);
    st->bind(2, c.customerId);
    st->bind(3, c.name);
    st->bind(4, std::string(toKey(c.role)));
    st->bind(5, c.phone);
    st->bind(6, c.email);
    sql::bindOptionalDate(*st, 7, c.birthday);
    st->exec();
}

void writePrimary(const Database& db, std::int64_t customerId, const PrimaryContactState& state) {
    SQLite::Statement clear(db.sql(), "UPDATE contact SET is_primary = 0 WHERE customer_id = ?");
    clear.bind(1, customerId);
    clear.exec();
    if (state.contactId) {
        SQLite::Statement set(db.sql(),
                              "UPDATE contact SET is_primary = 1 WHERE id = ? AND customer_id = ?");
        set.bind(1, *state.contactId);
        set.bind(2, customerId);
        set.exec();
    }
    SQLite::Statement drop(db.sql(), "DELETE FROM primary_contact_change WHERE customer_id = ?");
    drop.bind(1, customerId);
    drop.exec();
    // In history order, so the new row ids keep it (it is read by since, id).
    Cached add(db.statements(), "INSERT INTO primary_contact_change(customer_id, contact_id, "
                                "contact_name, since) VALUES (?, ?, ?, ?)");
    for (const PrimaryContactChange& change : state.history) {
        add->bind(1, customerId);
        sql::bindOptionalInt(*add, 2, change.contactId);
        add->bind(3, change.contactName);
        sql::bindDate(*add, 4, change.since);
        add->exec();
        add->reset();
    }
}

void insertTransaction(const Database& db, const Transaction& t) {
    throwIfInvalid(validate(t));
    Cached st(db.statements(), "INSERT INTO txn(id, customer_id, day, amount, cost, product, "
                               "reference) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st->bind(1, t.id);
    st->bind(2, t.customerId);
    sql::bindDate(*st, 3, t.date);
    st->bind(4, t.amount);
    sql::bindOptionalInt(*st, 5, t.cost);
    st->bind(6, t.product);
    sql::bindTextOrNull(*st, 7, t.reference);
    st->exec();
    noteTransactionDay(db.sql(), toDayNumber(t.date));
}

void insertInteraction(const Database& db, const Interaction& i) {
    throwIfInvalid(validate(i));
    Cached st(db.statements(),
              "INSERT INTO interaction(id, customer_id, contact_id, day, minute, type, subject, "
              "body, outcome, logged_by, complaint_status, resolution) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st->bind(1, i.id);
    st->bind(2, i.customerId);
    sql::bindOptionalInt(*st, 3, i.contactId);
    sql::bindDate(*st, 4, i.date);
    st->bind(5, i.minuteOfDay);
    st->bind(6, std::string(toKey(i.type)));
    int n = 7;
    for (const std::string* text : {&i.subject, &i.text, &i.outcome, &i.loggedBy})
        st->bind(n++, *text);
    bindOptionalKey(*st, 11, i.complaintStatus);
    st->bind(12, i.resolution);
    st->exec();
}

void insertFollowUp(const Database& db, const FollowUp& f) {
    throwIfInvalid(validate(f));
    Cached st(db.statements(), "INSERT INTO follow_up(id, customer_id, due, subject, done, "
                               "interaction_id) VALUES (?, ?, ?, ?, ?, ?)");
    st->bind(1, f.id);
    st->bind(2, f.customerId);
    sql::bindDate(*st, 3, f.due);
    st->bind(4, f.subject);
    sql::bindOptionalDate(*st, 5, f.done);
    sql::bindOptionalInt(*st, 6, f.interactionId);
    st->exec();
}

void insertStageChange(const Database& db, const StageChange& c) {
    Cached st(db.statements(), "INSERT INTO stage_change(id, customer_id, from_stage, to_stage, "
                               "day, reason, manual) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st->bind(1, c.id);
    st->bind(2, c.customerId);
    bindOptionalKey(*st, 3, c.from);
    st->bind(4, std::string(toKey(c.to)));
    sql::bindDate(*st, 5, c.on);
    st->bind(6, c.reason);
    st->bind(7, c.manual ? 1 : 0);
    st->exec();
}

// Sets `column` of the rows with `ids` (of this customer) to `value`.
void relink(const Database& db, const char* update, std::int64_t value, std::int64_t customerId,
            const std::vector<std::int64_t>& ids) {
    Cached st(db.statements(), update);
    for (std::int64_t id : ids) {
        st->bind(1, value);
        st->bind(2, id);
        st->bind(3, customerId);
        st->exec();
        st->reset();
    }
}

// Runs `write` as one unit of work; SQLite errors become the domain's.
template <class Write>
void inTransaction(const Database& db, const std::string& doing, Write&& write) {
    try {
        WriteTransaction tx(db);
        write();
        tx.commit();
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, doing);
    }
}

void insertRecordsOf(const Database& db, const CustomerSnapshot& r) {
    for (const Contact& c : r.contacts)
        upsertContact(db, c);
    const auto primary = std::find_if(r.contacts.begin(), r.contacts.end(),
                                      [](const Contact& c) { return c.primary; });
    PrimaryContactState state{std::nullopt, r.primaryHistory};
    if (primary != r.contacts.end())
        state.contactId = primary->id;
    writePrimary(db, r.customer.id, state);
    for (const Transaction& t : r.transactions)
        insertTransaction(db, t);
    for (const Interaction& i : r.interactions)
        insertInteraction(db, i);
    for (const FollowUp& f : r.followUps)
        insertFollowUp(db, f);
    for (const StageChange& c : r.stageHistory)
        insertStageChange(db, c);
}

} // namespace

void RecordRestore::restore(const CustomerSnapshot& records) const {
    const Customer& c = records.customer;
    throwIfInvalid(validate(c));
    try {
        WriteTransaction tx(m_db);
        insertCustomerRow(m_db, c);
        insertRecordsOf(m_db, records);
        aggregates::refresh(m_db, c.id);
        m_db.markSearchStale(c.id);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        if (sql::isConstraintViolation(e) &&
            std::string_view(e.what()).find("customer.code") != std::string_view::npos)
            throw ConflictError("code: a customer with code '" + c.code + "' already exists");
        sql::rethrow(e, "restoring customer '" + c.code + "'");
    }
}

void RecordRestore::restore(const ContactSnapshot& record) const {
    const Contact& c = record.contact;
    inTransaction(m_db, "restoring contact '" + c.name + "'", [&] {
        records::requireCustomer(m_db, c.customerId);
        upsertContact(m_db, c);
        relink(m_db, "UPDATE interaction SET contact_id = ? WHERE id = ? AND customer_id = ?", c.id,
               c.customerId, record.interactionIds);
        writePrimary(m_db, c.customerId, record.primary);
        m_db.markSearchStale(c.customerId);
    });
}

void RecordRestore::restore(const InteractionSnapshot& record) const {
    const Interaction& i = record.interaction;
    inTransaction(m_db, "restoring interaction " + std::to_string(i.id), [&] {
        records::requireCustomer(m_db, i.customerId);
        insertInteraction(m_db, i);
        relink(m_db, "UPDATE follow_up SET interaction_id = ? WHERE id = ? AND customer_id = ?",
               i.id, i.customerId, record.followUpIds);
        aggregates::refreshLastInteraction(m_db, i.customerId);
    });
}

void RecordRestore::restore(const Transaction& transaction) const {
    inTransaction(m_db, "restoring transaction " + std::to_string(transaction.id), [&] {
        records::requireCustomer(m_db, transaction.customerId);
        insertTransaction(m_db, transaction);
        aggregates::refresh(m_db, transaction.customerId);
        refreshLifecycle(m_db, transaction.customerId);
    });
}

void RecordRestore::restore(const FollowUp& followUp) const {
    inTransaction(m_db, "restoring follow-up " + std::to_string(followUp.id), [&] {
        records::requireCustomer(m_db, followUp.customerId);
        insertFollowUp(m_db, followUp);
    });
}

void RecordRestore::restorePrimary(std::int64_t customerId,
                                   const PrimaryContactState& state) const {
    inTransaction(m_db, "restoring the primary contact of customer " + std::to_string(customerId),
                  [&] {
                      records::requireCustomer(m_db, customerId);
                      writePrimary(m_db, customerId, state);
                  });
}

} // namespace crm
