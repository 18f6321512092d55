#include "crm/store/interaction_store.h"

#include "crm/names.h"
#include "crm/store/aggregates.h"
#include "crm/store/database.h"
#include "crm/store/records/record_rows.h"
#include "crm/store/sql_util.h"
#include "crm/store/statement_cache.h"
#include "crm/validation.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace crm {

using Cached = sql::CachedStatement;

namespace {

constexpr const char* kSelectInteraction =
    "SELECT id, customer_id, contact_id, day, minute, type, subject, body, outcome, logged_by, "
    "complaint_status, resolution FROM interaction ";

Interaction readInteraction(const SQLite::Statement& st) {
    Interaction i;
    i.id = st.getColumn(0).getInt64();
    i.customerId = st.getColumn(1).getInt64();
    i.contactId = sql::optionalInt(st.getColumn(2));
    i.date = sql::dateColumn(st.getColumn(3));
    i.minuteOfDay = st.getColumn(4).getInt();
    const std::string type = st.getColumn(5).getString();
    i.type = records::storedKey(parseInteractionType(type), "interaction.type", type);
    i.subject = sql::textColumn(st.getColumn(6));
    i.text = sql::textColumn(st.getColumn(7));
    i.outcome = sql::textColumn(st.getColumn(8));
    i.loggedBy = sql::textColumn(st.getColumn(9));
    if (!st.getColumn(10).isNull()) {
        const std::string status = st.getColumn(10).getString();
        i.complaintStatus = records::storedKey(parseComplaintStatus(status),
                                               "interaction.complaint_status", status);
    }
    i.resolution = sql::textColumn(st.getColumn(11));
    return i;
}

// Binds every column but id to parameters 1..11 (customer_id last).
void bindFields(SQLite::Statement& st, const Interaction& i) {
    sql::bindOptionalInt(st, 1, i.contactId);
    sql::bindDate(st, 2, i.date);
    st.bind(3, i.minuteOfDay);
    st.bind(4, std::string(toKey(i.type)));
    st.bind(5, i.subject);
    st.bind(6, i.text);
    st.bind(7, i.outcome);
    st.bind(8, i.loggedBy);
    if (i.complaintStatus)
        st.bind(9, std::string(toKey(*i.complaintStatus)));
    else
        st.bind(9);
    st.bind(10, i.resolution);
    st.bind(11, i.customerId);
}

// A complaint without a status is a new one: Open.
Interaction normalised(const Interaction& interaction) {
    Interaction out = interaction;
    if (out.type == InteractionType::Complaint && !out.complaintStatus)
        out.complaintStatus = ComplaintStatus::Open;
    return out;
}

constexpr const char* kInsert =
    "INSERT INTO interaction(contact_id, day, minute, type, subject, body, outcome, logged_by, "
    "complaint_status, resolution, customer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// The customer exists and the contact, when given, is one of its contacts.
void checkLinks(const Database& db, const Interaction& interaction) {
    const auto customer = records::requireCustomer(db, interaction.customerId);
    if (!interaction.contactId)
        return;
    const std::int64_t owner = records::contactOwner(db, *interaction.contactId);
    if (owner != interaction.customerId)
        throw ValidationError({FieldError{
            "contact", "contact " + std::to_string(*interaction.contactId) +
                           " is not a contact of " + records::describe(customer)}});
}

// checkLinks() for many rows, each customer and contact looked up once.
class LinkCheck {
public:
    explicit LinkCheck(const Database& db) : m_db(db) {}
    void check(const Interaction& row) {
        if (m_customers.insert(row.customerId).second)
            (void)records::requireCustomer(m_db, row.customerId);
        if (!row.contactId)
            return;
        auto [it, fresh] = m_owners.try_emplace(*row.contactId, 0);
        if (fresh)
            it->second = records::contactOwner(m_db, *row.contactId);
        if (it->second != row.customerId)
            checkLinks(m_db, row); // throws, naming the customer
    }

private:
    const Database& m_db;
    std::unordered_set<std::int64_t> m_customers;
    std::unordered_map<std::int64_t, std::int64_t> m_owners; // contact -> its customer
};

// Follow-ups that came of an interaction belong to its customer, so they move with it.
void moveFollowUps(const Database& db, std::int64_t interactionId, std::int64_t customerId) {
    Cached stCached(db.statements(), "UPDATE follow_up SET customer_id = ? WHERE interaction_id = ?");
    SQLite::Statement& st = *stCached;
    st.bind(1, customerId);
    st.bind(2, interactionId);
    st.exec();
}

std::string interactionLabel(const Interaction& i) {
    return "interaction '" + i.subject + "' of customer " + std::to_string(i.customerId);
}

std::vector<Interaction> readAll(SQLite::Statement& st) {
    std::vector<Interaction> all;
    while (st.executeStep())
        all.push_back(readInteraction(st));
    return all;
}

} // namespace

std::int64_t InteractionStore::add(const Interaction& interaction) {
    return addBatch(std::span(&interaction, 1)).front();
}

std::vector<std::int64_t> InteractionStore::addBatch(std::span<const Interaction> interactions) {
    std::vector<Interaction> rows;
    rows.reserve(interactions.size());
    for (const Interaction& interaction : interactions) {
        rows.push_back(normalised(interaction));
        throwIfInvalid(validate(rows.back()));
    }
    const Database& db = m_db;
    std::vector<std::int64_t> ids;
    ids.reserve(rows.size());
    const Interaction* current = nullptr;
    try {
        WriteTransaction tx(m_db);
        LinkCheck links(db);
        std::unordered_map<std::int64_t, std::int64_t> latestDay; // per customer
        Cached insert(db.statements(), kInsert);
        for (const Interaction& row : rows) {
            current = &row;
            links.check(row);
            bindFields(*insert, row);
            insert->exec();
            insert->reset();
            ids.push_back(db.sql().getLastInsertRowid());
            const std::int64_t day = toDayNumber(row.date);
            auto [it, fresh] = latestDay.try_emplace(row.customerId, day);
            it->second = std::max(it->second, day);
        }
        for (const auto& [customerId, day] : latestDay)
            aggregates::noteInteraction(m_db, customerId, day);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "adding " + interactionLabel(current ? *current : rows.front()));
    }
    return ids;
}

void InteractionStore::update(const Interaction& interaction) {
    const Interaction row = normalised(interaction);
    throwIfInvalid(validate(row));
    const Database& db = m_db;
    try {
        WriteTransaction tx(m_db);
        const std::int64_t previousCustomer = records::interactionOwner(db, row.id);
        checkLinks(db, row);
        Cached stCached(db.statements(), "UPDATE interaction SET contact_id = ?, day = ?, minute = ?, "
                                  "type = ?, subject = ?, body = ?, outcome = ?, logged_by = ?, "
                                  "complaint_status = ?, resolution = ?, customer_id = ? "
                                  "WHERE id = ?");
        SQLite::Statement& st = *stCached;
        bindFields(st, row);
        st.bind(12, row.id);
        st.exec();
        if (previousCustomer != row.customerId) {
            moveFollowUps(db, row.id, row.customerId);
            aggregates::refreshLastInteraction(m_db, previousCustomer);
        }
        aggregates::refreshLastInteraction(m_db, row.customerId);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "updating " + interactionLabel(row));
    }
}

void InteractionStore::remove(std::int64_t id) {
    const Database& db = m_db;
    try {
        WriteTransaction tx(m_db);
        const std::int64_t customerId = records::interactionOwner(db, id);
        // Follow-ups that came of it stay; their link becomes NULL (ON DELETE SET NULL).
        Cached stCached(db.statements(), "DELETE FROM interaction WHERE id = ?");
        SQLite::Statement& st = *stCached;
        st.bind(1, id);
        st.exec();
        aggregates::refreshLastInteraction(m_db, customerId);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "deleting interaction " + std::to_string(id));
    }
}

std::optional<Interaction> InteractionStore::find(std::int64_t id) const {
    try {
        Cached stCached(m_db.statements(), std::string(kSelectInteraction) + "WHERE id = ?");
        SQLite::Statement& st = *stCached;
        st.bind(1, id);
        if (!st.executeStep())
            return std::nullopt;
        return readInteraction(st);
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "reading interaction " + std::to_string(id));
    }
}

std::vector<Interaction> InteractionStore::listFor(std::int64_t customerId) const {
    try {
        Cached stCached(m_db.statements(), std::string(kSelectInteraction) +
                                             "WHERE customer_id = ? "
                                             "ORDER BY day DESC, minute DESC, id DESC");
        SQLite::Statement& st = *stCached;
        st.bind(1, customerId);
        return readAll(st);
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "listing interactions of customer " + std::to_string(customerId));
    }
}

std::vector<Interaction> InteractionStore::openComplaints() const {
    try {
        // Literal keys (not bound) so SQLite can use the partial index on open complaints.
        Cached stCached(m_db.statements(), std::string(kSelectInteraction) +
                                             "WHERE complaint_status IN ('open', 'in-progress') "
                                             "ORDER BY day, minute, id");
        SQLite::Statement& st = *stCached;
        return readAll(st);
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "listing open complaints");
    }
}

} // namespace crm
