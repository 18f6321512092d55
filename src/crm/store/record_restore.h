#pragma once
// Records put back exactly as they were, for undo: with the same ids (so the
// edits after them in an undo history still find them), the same links from
// other rows and the same histories. The stores' add() cannot do this: it
// hands out new ids and appends history. Each restore is one transaction.
#include "crm/contact.h"
#include "crm/customer.h"
#include "crm/interaction.h"
#include "crm/stage.h"
#include "crm/transaction.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace crm {

class Database;

// Who the customer's primary contact is, and the history of who it was.
struct PrimaryContactState {
    std::optional<std::int64_t> contactId;
    std::vector<PrimaryContactChange> history; // oldest first
};

// A customer and everything kept under it (what deleting it removes).
struct CustomerSnapshot {
    Customer customer; // with its tags and current stage
    std::vector<Contact> contacts;
    std::vector<PrimaryContactChange> primaryHistory;
    std::vector<Transaction> transactions;
    std::vector<Interaction> interactions;
    std::vector<FollowUp> followUps;
    std::vector<StageChange> stageHistory;
};

// A contact with what deleting it unlinks: the interactions held with it and
// the customer's primary-contact state.
struct ContactSnapshot {
    Contact contact;
    std::vector<std::int64_t> interactionIds;
    PrimaryContactState primary;
};

// An interaction with the follow-ups that came of it (deleting it unlinks them).
struct InteractionSnapshot {
    Interaction interaction;
    std::vector<std::int64_t> followUpIds;
};

class RecordRestore {
public:
    explicit RecordRestore(const Database& db) : m_db(db) {}

    // Each read throws NotFoundError when there is no such row.
    CustomerSnapshot readCustomer(std::int64_t customerId) const;
    ContactSnapshot readContact(std::int64_t contactId) const;
    InteractionSnapshot readInteraction(std::int64_t interactionId) const;
    PrimaryContactState readPrimary(std::int64_t customerId) const;

    // Inserts the customer and all its records with their ids; the
    // aggregates are recomputed, the stage history is kept as it was (not
    // replayed). ConflictError when the id or the code is taken.
    void restore(const CustomerSnapshot& records) const;
    // Inserts the contact (or replaces the one with its id), relinks its
    // interactions and puts the primary-contact state back.
    void restore(const ContactSnapshot& record) const;
    // Inserts the interaction with its id and relinks its follow-ups.
    void restore(const InteractionSnapshot& record) const;
    // Inserts with the id; aggregates and lifecycle follow as for an add.
    void restore(const Transaction& transaction) const;
    void restore(const FollowUp& followUp) const;
    // The primary flag and the history as in `state` (undo of a change of
    // primary contact, which appends to the history).
    void restorePrimary(std::int64_t customerId, const PrimaryContactState& state) const;

private:
    const Database& m_db;
};

} // namespace crm
