#include "edit/record_ops.h"

#include "crm/errors.h"
#include "crm/store/contact_store.h"
#include "crm/store/database.h"
#include "crm/store/interaction_store.h"
#include "crm/store/transaction_store.h"

#include <string>

namespace crm::ui {

namespace {

template <class Row> Row found(std::optional<Row> row, const char* what, std::int64_t id) {
    if (!row)
        throw NotFoundError(std::string(what) + " " + std::to_string(id) + " not found");
    return std::move(*row);
}

} // namespace

PrimaryContactState ContactOps::beforeAdd(const Database& db, std::int64_t customerId) {
    return RecordRestore(db).readPrimary(customerId);
}
void ContactOps::removeAdded(const Database& db, std::int64_t id,
                             const PrimaryContactState& before) {
    const std::int64_t customerId = read(db, id).contact.customerId;
    WriteTransaction tx(db);
    ContactStore(db).remove(id);
    RecordRestore(db).restorePrimary(customerId, before);
    tx.commit();
}
ContactSnapshot ContactOps::read(const Database& db, std::int64_t id) {
    return RecordRestore(db).readContact(id);
}
std::int64_t ContactOps::add(const Database& db, const Contact& c, const Date& today) {
    return ContactStore(db).add(c, today);
}
void ContactOps::update(const Database& db, const Contact& c, const Date& today) {
    ContactStore(db).update(c, today);
}
void ContactOps::remove(const Database& db, std::int64_t id) {
    ContactStore(db).remove(id);
}
void ContactOps::restore(const Database& db, const ContactSnapshot& s) {
    RecordRestore(db).restore(s);
}

Transaction TransactionOps::read(const Database& db, std::int64_t id) {
    return found(TransactionStore(db).find(id), "transaction", id);
}
std::int64_t TransactionOps::add(const Database& db, const Transaction& t, const Date&) {
    return TransactionStore(db).add(t);
}
void TransactionOps::update(const Database& db, const Transaction& t, const Date&) {
    TransactionStore(db).update(t);
}
void TransactionOps::remove(const Database& db, std::int64_t id) {
    TransactionStore(db).remove(id);
}
void TransactionOps::restore(const Database& db, const Transaction& t) {
    RecordRestore(db).restore(t);
}

InteractionSnapshot InteractionOps::read(const Database& db, std::int64_t id) {
    return RecordRestore(db).readInteraction(id);
}
std::int64_t InteractionOps::add(const Database& db, const Interaction& i, const Date&) {
    return InteractionStore(db).add(i);
}
void InteractionOps::update(const Database& db, const Interaction& i, const Date&) {
    InteractionStore(db).update(i);
}
void InteractionOps::remove(const Database& db, std::int64_t id) {
    InteractionStore(db).remove(id);
}
void InteractionOps::restore(const Database& db, const InteractionSnapshot& s) {
    RecordRestore(db).restore(s);
}

FollowUp FollowUpOps::read(const Database& db, std::int64_t id) {
    return found(FollowUpStore(db).find(id), "follow-up", id);
}
std::int64_t FollowUpOps::add(const Database& db, const FollowUp& f, const Date&) {
    return FollowUpStore(db).add(f);
}
void FollowUpOps::update(const Database& db, const FollowUp& f, const Date&) {
    FollowUpStore(db).update(f);
}
void FollowUpOps::remove(const Database& db, std::int64_t id) {
    FollowUpStore(db).remove(id);
}
void FollowUpOps::restore(const Database& db, const FollowUp& f) {
    RecordRestore(db).restore(f);
}

} // namespace crm::ui
