// customer show: one customer's profile, aggregates, contacts, recent
// transactions and interactions, open follow-ups and stage history.
#include "customer_show.h"

#include "context.h"
#include "output.h"

#include "crm/names.h"
#include "crm/store/contact_store.h"
#include "crm/store/customer_store.h"
#include "crm/store/interaction_store.h"
#include "crm/store/stage_store.h"
#include "crm/store/transaction_store.h"

#include <algorithm>

namespace crm::cli {

namespace {

constexpr std::size_t kRecentRows = 10;

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

std::string dateText(const std::optional<Date>& date) { return date ? toIso(*date) : "-"; }

void printProfile(std::ostream& out, const Customer& c, const Currency& currency) {
    out << c.code << "  " << c.name << " (" << toKey(c.kind) << ")\n";
    Table table({{""}, {"", Table::Align::Left, 100}});
    table.addRow({"stage:", std::string(stageLabel(c.stage)) + " " + std::string(stageLabelZh(c.stage))});
    const std::pair<const char*, const std::string*> texts[] = {
        {"industry:", &c.industry}, {"region:", &c.region}, {"address:", &c.address},
        {"phone:", &c.phone},       {"email:", &c.email},   {"owner:", &c.owner}};
    for (const auto& [label, value] : texts)
        if (!value->empty())
            table.addRow({label, *value});
    if (!c.tags.empty())
        table.addRow({"tags:", joined(c.tags)});
    table.addRow({"created:", toIso(c.createdOn)});
    if (c.companyStage)
        table.addRow({"company stage:", std::string(toKey(*c.companyStage))});
    if (c.annualCategorySpend)
        table.addRow({"annual spend:", moneyText(*c.annualCategorySpend, currency)});
    if (c.birthday)
        table.addRow({"birthday:", toIso(*c.birthday)});
    if (!c.notes.empty())
        table.addRow({"notes:", c.notes});
    table.print(out, 2, false);
}

void printAggregates(std::ostream& out, const CustomerAggregates& a, const Currency& currency) {
    out << "\nPurchases\n";
    Table table({{""}, {"", Table::Align::Left, 100}});
    table.addRow({"first purchase:", dateText(a.firstPurchase)});
    table.addRow({"last purchase:", dateText(a.lastPurchase)});
    table.addRow({"purchases:", countText(a.purchaseCount)});
    table.addRow({"net amount:", moneyText(a.netAmount, currency)});
    table.addRow({"margin:", moneyText(a.margin(), currency) + " (on " +
                                 moneyText(a.costedAmount, currency) + " with a known cost)"});
    table.addRow({"last interaction:", dateText(a.lastInteraction)});
    table.print(out, 2, false);
}

void printContacts(std::ostream& out, const Database& db, std::int64_t customerId) {
    const auto contacts = ContactStore(db).listFor(customerId);
    out << "\nContacts (" << contacts.size() << ")\n";
    Table table({{"id", Table::Align::Right}, {"name"}, {"role"}, {"primary"}, {"phone"},
                 {"email"}, {"birthday"}});
    for (const auto& c : contacts)
        table.addRow({std::to_string(c.id), c.name, std::string(toKey(c.role)),
                      c.primary ? "primary" : "", c.phone, c.email, dateText(c.birthday)});
    if (!table.empty())
        table.print(out, 2);
}

void printTransactions(std::ostream& out, const Database& db, std::int64_t customerId,
                       const Currency& currency) {
    const auto all = TransactionStore(db).listFor(customerId); // oldest first
    const std::size_t shown = std::min(all.size(), kRecentRows);
    out << "\nRecent transactions (" << shown << " of " << all.size() << ")\n";
    Table table({{"id", Table::Align::Right}, {"date"}, {"amount", Table::Align::Right},
                 {"cost", Table::Align::Right}, {"product"}, {"reference"}});
    for (auto it = all.rbegin(); it != all.rbegin() + static_cast<std::ptrdiff_t>(shown); ++it)
        table.addRow({std::to_string(it->id), toIso(it->date),
                      formatMoneyGrouped(it->amount, currency.decimals),
                      it->cost ? formatMoneyGrouped(*it->cost, currency.decimals) : "",
                      it->product, it->reference});
    if (!table.empty())
        table.print(out, 2);
}

std::string interactionSummary(const Interaction& i) {
    std::string text = i.subject.empty() ? i.text : i.subject;
    if (!i.outcome.empty())
        text += " → " + i.outcome;
    if (i.complaintStatus)
        text += " [" + std::string(toKey(*i.complaintStatus)) + "]";
    return text;
}

void printInteractions(std::ostream& out, const Database& db, std::int64_t customerId) {
    const auto all = InteractionStore(db).listFor(customerId); // newest first
    const std::size_t shown = std::min(all.size(), kRecentRows);
    out << "\nRecent interactions (" << shown << " of " << all.size() << ")\n";
    Table table({{"id", Table::Align::Right}, {"date"}, {"time"}, {"type"}, {"by"},
                 {"subject", Table::Align::Left, 60}});
    for (std::size_t k = 0; k < shown; ++k)
        table.addRow({std::to_string(all[k].id), toIso(all[k].date), timeText(all[k].minuteOfDay),
                      std::string(toKey(all[k].type)), all[k].loggedBy,
                      interactionSummary(all[k])});
    if (!table.empty())
        table.print(out, 2);
}

void printFollowUps(std::ostream& out, const Database& db, std::int64_t customerId) {
    FollowUpStore::Filter filter;
    filter.customerId = customerId;
    const auto open = FollowUpStore(db).list(filter);
    out << "\nOpen follow-ups (" << open.size() << ")\n";
    Table table({{"id", Table::Align::Right}, {"due"}, {"subject", Table::Align::Left, 60}});
    for (const auto& f : open)
        table.addRow({std::to_string(f.id), toIso(f.due), f.subject});
    if (!table.empty())
        table.print(out, 2);
}

void printStageHistory(std::ostream& out, const Database& db, std::int64_t customerId) {
    const auto history = StageStore(db).history(customerId);
    out << "\nStage history (" << history.size() << ")\n";
    Table table({{"date"}, {"from"}, {"to"}, {"how"}, {"reason", Table::Align::Left, 60}});
    for (const auto& change : history)
        table.addRow({toIso(change.on), change.from ? std::string(toKey(*change.from)) : "-",
                      std::string(toKey(change.to)), change.manual ? "manual" : "derived",
                      change.reason});
    if (!table.empty())
        table.print(out, 2);
}

} // namespace

void showCustomer(const Context& context, const std::string& code) {
    const Database db = context.openDatabase();
    const CustomerStore store(db);
    const Customer customer = *store.find(store.idForCode(code));
    std::ostream& out = context.out();
    printProfile(out, customer, db.currency());
    printAggregates(out, store.aggregates(customer.id), db.currency());
    if (customer.kind == CustomerKind::Organisation)
        printContacts(out, db, customer.id);
    printTransactions(out, db, customer.id, db.currency());
    printInteractions(out, db, customer.id);
    printFollowUps(out, db, customer.id);
    printStageHistory(out, db, customer.id);
}

} // namespace crm::cli
