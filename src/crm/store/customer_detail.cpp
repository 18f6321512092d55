#include "crm/store/customer_detail.h"

#include "crm/analytics/lifecycle_merge.h"
#include "crm/store/contact_store.h"
#include "crm/store/customer_store.h"
#include "crm/store/interaction_store.h"
#include "crm/store/stage_store.h"
#include "crm/store/transaction_store.h"

#include <algorithm>
#include <iterator>
#include <tuple>

namespace crm {

const Date& TimelineEntry::date() const {
    return std::visit([](const auto& r) -> const Date& { return r.date; }, record);
}

int TimelineEntry::minuteOfDay() const {
    if (const auto* interaction = std::get_if<Interaction>(&record))
        return interaction->minuteOfDay;
    return -1;
}

std::int64_t TimelineEntry::id() const {
    return std::visit([](const auto& r) { return r.id; }, record);
}

std::vector<TimelineEntry> mergeTimeline(const std::vector<Transaction>& transactions,
                                         const std::vector<Interaction>& interactions) {
    std::vector<TimelineEntry> entries;
    entries.reserve(transactions.size() + interactions.size());
    for (const Transaction& t : transactions)
        entries.push_back({t});
    for (const Interaction& i : interactions)
        entries.push_back({i});
    const auto key = [](const TimelineEntry& e) {
        return std::tuple(e.date(), e.minuteOfDay(), !e.isTransaction(), e.id());
    };
    std::sort(entries.begin(), entries.end(),
              [&](const TimelineEntry& a, const TimelineEntry& b) { return key(b) < key(a); });
    return entries;
}

namespace {

std::vector<Interaction> complaintsOf(const std::vector<Interaction>& interactions) {
    std::vector<Interaction> complaints;
    std::copy_if(interactions.begin(), interactions.end(), std::back_inserter(complaints),
                 [](const Interaction& i) { return i.type == InteractionType::Complaint; });
    return complaints;
}

std::vector<FollowUp> allFollowUps(const Database& db, std::int64_t customerId) {
    FollowUpStore::Filter filter;
    filter.customerId = customerId;
    filter.openOnly = false;
    return FollowUpStore(db).list(filter);
}

std::vector<StageChange> stageHistory(const Database& db, std::int64_t customerId) {
    auto changes = StageStore(db).history(customerId);
    // The stored order is by date and id; on one date the derived change
    // comes before a manual one, as the lifecycle reads them.
    std::stable_sort(changes.begin(), changes.end(), lifecycle::comesBefore);
    return changes;
}

} // namespace

std::optional<CustomerRecords> loadCustomerRecords(const Database& db, std::int64_t customerId) {
    const CustomerStore customers(db);
    auto customer = customers.find(customerId);
    if (!customer)
        return std::nullopt;
    CustomerRecords records;
    records.customer = std::move(*customer);
    records.aggregates = customers.aggregates(customerId);
    const ContactStore contacts(db);
    records.contacts = contacts.listFor(customerId);
    records.primaryHistory = contacts.primaryHistory(customerId);
    records.transactions = TransactionStore(db).listFor(customerId);
    const auto interactions = InteractionStore(db).listFor(customerId);
    records.timeline = mergeTimeline(records.transactions, interactions);
    records.complaints = complaintsOf(interactions);
    records.followUps = allFollowUps(db, customerId);
    records.stageHistory = stageHistory(db, customerId);
    records.changes = audit::trail(db, customerId);
    return records;
}

} // namespace crm
