#pragma once
// One customer in full, as the desktop app's detail shows it: the profile and
// every record kept under it, with its transactions and interactions merged
// into one timeline. Read with indexed look-ups by customer only, so opening
// a customer costs the same in a file of a thousand or a million customers.
#include "crm/contact.h"
#include "crm/customer.h"
#include "crm/interaction.h"
#include "crm/stage.h"
#include "crm/store/audit_log.h"
#include "crm/transaction.h"

#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

namespace crm {

class Database;

// One line of the timeline: a transaction or an interaction.
struct TimelineEntry {
    std::variant<Transaction, Interaction> record;

    const Date& date() const;
    // Interactions have a time of day; a transaction counts as the start of its day.
    int minuteOfDay() const;
    std::int64_t id() const;
    bool isTransaction() const { return std::holds_alternative<Transaction>(record); }
};

// Newest first: by date, then time of day (a day's transactions under its
// interactions), then by id, newest first.
std::vector<TimelineEntry> mergeTimeline(const std::vector<Transaction>& transactions,
                                         const std::vector<Interaction>& interactions);

struct CustomerRecords {
    Customer customer;
    CustomerAggregates aggregates;
    std::vector<Contact> contacts;
    std::vector<PrimaryContactChange> primaryHistory; // oldest first
    std::vector<Transaction> transactions;            // oldest first
    std::vector<TimelineEntry> timeline;              // newest first
    std::vector<FollowUp> followUps;                  // open and done, by due date
    std::vector<Interaction> complaints;              // newest first
    std::vector<StageChange> stageHistory;            // oldest first, in timeline order
    std::vector<AuditEntry> changes;                  // the audit log, newest first
};

// Everything above for one customer; nullopt when there is no such customer.
std::optional<CustomerRecords> loadCustomerRecords(const Database& db, std::int64_t customerId);

} // namespace crm
