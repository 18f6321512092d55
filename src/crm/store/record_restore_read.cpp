// The reading half of RecordRestore: what a restore needs, taken through the
// stores' own queries so it reads exactly what they write.
#include "crm/errors.h"
#include "crm/store/contact_store.h"
#include "crm/store/customer_store.h"
#include "crm/store/interaction_store.h"
#include "crm/store/record_restore.h"
#include "crm/store/stage_store.h"
#include "crm/store/transaction_store.h"

#include <string>

namespace crm {

namespace {

template <class Row> Row required(std::optional<Row> row, const char* what, std::int64_t id) {
    if (!row)
        throw NotFoundError(std::string(what) + " " + std::to_string(id) + " not found");
    return std::move(*row);
}

std::vector<FollowUp> allFollowUps(const Database& db, std::int64_t customerId) {
    FollowUpStore::Filter filter;
    filter.customerId = customerId;
    filter.openOnly = false;
    return FollowUpStore(db).list(filter);
}

} // namespace

CustomerSnapshot RecordRestore::readCustomer(std::int64_t customerId) const {
    CustomerSnapshot records;
    records.customer = required(CustomerStore(m_db).find(customerId), "customer", customerId);
    const ContactStore contacts(m_db);
    records.contacts = contacts.listFor(customerId);
    records.primaryHistory = contacts.primaryHistory(customerId);
    records.transactions = TransactionStore(m_db).listFor(customerId);
    records.interactions = InteractionStore(m_db).listFor(customerId);
    records.followUps = allFollowUps(m_db, customerId);
    records.stageHistory = StageStore(m_db).history(customerId);
    return records;
}

PrimaryContactState RecordRestore::readPrimary(std::int64_t customerId) const {
    const ContactStore contacts(m_db);
    PrimaryContactState state;
    for (const Contact& c : contacts.listFor(customerId))
        if (c.primary)
            state.contactId = c.id;
    state.history = contacts.primaryHistory(customerId);
    return state;
}

ContactSnapshot RecordRestore::readContact(std::int64_t contactId) const {
    ContactSnapshot record;
    record.contact = required(ContactStore(m_db).find(contactId), "contact", contactId);
    for (const Interaction& i : InteractionStore(m_db).listFor(record.contact.customerId))
        if (i.contactId == contactId)
            record.interactionIds.push_back(i.id);
    record.primary = readPrimary(record.contact.customerId);
    return record;
}

InteractionSnapshot RecordRestore::readInteraction(std::int64_t interactionId) const {
    InteractionSnapshot record;
    record.interaction =
        required(InteractionStore(m_db).find(interactionId), "interaction", interactionId);
    for (const FollowUp& f : allFollowUps(m_db, record.interaction.customerId))
        if (f.interactionId == interactionId)
            record.followUpIds.push_back(f.id);
    return record;
}

} // namespace crm
