#pragma once
// The contact history (calls, visits, complaints...) and follow-ups.
#include "crm/interaction.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace crm {

class Database;

class InteractionStore {
public:
    explicit InteractionStore(const Database& db) : m_db(db) {}

    std::int64_t add(const Interaction& interaction);
    // Adds many in one transaction, as add() would one by one; their ids in
    // order. Each customer's last interaction is updated once. Throws as
    // add() does, for the first row at fault, and then adds none.
    std::vector<std::int64_t> addBatch(std::span<const Interaction> interactions);
    void update(const Interaction& interaction);
    void remove(std::int64_t id);
    std::optional<Interaction> find(std::int64_t id) const;
    // Newest first.
    std::vector<Interaction> listFor(std::int64_t customerId) const;
    // Complaints not yet resolved, oldest first.
    std::vector<Interaction> openComplaints() const;

private:
    const Database& m_db;
};

class FollowUpStore {
public:
    explicit FollowUpStore(const Database& db) : m_db(db) {}

    std::int64_t add(const FollowUp& followUp);
    void update(const FollowUp& followUp);
    void markDone(std::int64_t id, const Date& done);
    void remove(std::int64_t id);
    std::optional<FollowUp> find(std::int64_t id) const;

    struct Filter {
        std::optional<std::int64_t> customerId;
        std::optional<Date> dueOnOrBefore;
        bool openOnly = true;
    };
    // By due date, oldest first.
    std::vector<FollowUp> list(const Filter& filter) const;

private:
    const Database& m_db;
};

} // namespace crm
