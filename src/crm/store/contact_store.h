#pragma once
// Contact persons of organisations, and the history of the primary contact.
#include "crm/contact.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace crm {

class Database;

class ContactStore {
public:
    explicit ContactStore(const Database& db) : m_db(db) {}

    // A contact added as primary becomes the customer's primary contact as
    // of `today` (the previous one stops being primary); recorded in history.
    std::int64_t add(const Contact& contact, const Date& today);
    void update(const Contact& contact, const Date& today);
    void remove(std::int64_t id);
    void makePrimary(std::int64_t contactId, const Date& since);

    std::optional<Contact> find(std::int64_t id) const;
    std::vector<Contact> listFor(std::int64_t customerId) const;
    // Oldest first.
    std::vector<PrimaryContactChange> primaryHistory(std::int64_t customerId) const;

private:
    const Database& m_db;
};

} // namespace crm
