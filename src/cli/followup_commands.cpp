// followup add | list | done: reminders to get back to a customer.
#include "commands.h"
#include "context.h"
#include "output.h"

#include "crm/errors.h"
#include "crm/store/customer_store.h"
#include "crm/store/interaction_store.h"

#include <CLI/CLI.hpp>

#include <map>
#include <memory>

namespace crm::cli {

namespace {

struct AddOptions {
    std::string code, due, subject;
    std::optional<std::int64_t> interactionId;
};

struct ListOptions {
    std::string code, dueBy;
    bool all = false;
};

struct DoneOptions {
    std::int64_t id = 0;
    std::string date;
};

void runAdd(const Context& context, const AddOptions& o) {
    const Database db = context.openDatabase();
    FollowUp followUp;
    followUp.customerId = customerIdForCode(db, o.code);
    followUp.due = parseDateOption("due", o.due);
    followUp.subject = o.subject;
    followUp.interactionId = o.interactionId;
    const auto id = FollowUpStore(db).add(followUp);
    context.out() << "Added follow-up " << id << " for " << o.code << ", due "
                  << toIso(followUp.due) << ": " << followUp.subject << '\n';
}

// Customer codes of the listed follow-ups, each looked up once.
class CodeCache {
public:
    explicit CodeCache(const Database& db) : m_store(db) {}
    const std::string& codeOf(std::int64_t customerId) {
        auto it = m_codes.find(customerId);
        if (it == m_codes.end()) {
            const auto customer = m_store.find(customerId);
            it = m_codes.emplace(customerId, customer ? customer->code : "?").first;
        }
        return it->second;
    }

private:
    CustomerStore m_store;
    std::map<std::int64_t, std::string> m_codes;
};

void runList(const Context& context, const ListOptions& o) {
    const Database db = context.openDatabase();
    FollowUpStore::Filter filter;
    if (!o.code.empty())
        filter.customerId = customerIdForCode(db, o.code);
    if (!o.dueBy.empty())
        filter.dueOnOrBefore = parseDateOption("due-by", o.dueBy);
    filter.openOnly = !o.all;
    const auto followUps = FollowUpStore(db).list(filter);
    CodeCache codes(db);
    Table table({{"id", Table::Align::Right}, {"due"}, {"customer"},
                 {"subject", Table::Align::Left, 60}, {"done"}});
    for (const auto& f : followUps)
        table.addRow({std::to_string(f.id), toIso(f.due), codes.codeOf(f.customerId), f.subject,
                      f.done ? toIso(*f.done) : ""});
    if (!table.empty())
        table.print(context.out());
    context.out() << countText(static_cast<std::int64_t>(followUps.size()))
                  << (o.all ? " follow-ups\n" : " open follow-ups\n");
}

void runDone(const Context& context, const DoneOptions& o) {
    const Database db = context.openDatabase();
    const Date done = dateOrToday(context, "date", o.date);
    FollowUpStore store(db);
    store.markDone(o.id, done);
    context.out() << "Follow-up " << o.id << " done on " << toIso(done) << '\n';
}

void addAddCommand(CLI::App& group, Context& context) {
    auto o = std::make_shared<AddOptions>();
    auto* cmd = group.add_subcommand("add", "Add a follow-up (回访) for a customer");
    cmd->add_option("CODE", o->code, "Code of the customer")->required();
    cmd->add_option("--due", o->due, "Due date, YYYY-MM-DD")->required();
    cmd->add_option("--subject", o->subject, "What to do")->required();
    cmd->add_option("--interaction-id", o->interactionId, "Id of the interaction it comes from");
    cmd->callback([&context, o] { runAdd(context, *o); });
}

void addListCommand(CLI::App& group, Context& context) {
    auto o = std::make_shared<ListOptions>();
    auto* cmd = group.add_subcommand("list", "List open follow-ups, oldest due first");
    cmd->add_option("--customer", o->code, "Only those of the customer with this code");
    cmd->add_option("--due-by", o->dueBy, "Only those due on or before this date, YYYY-MM-DD");
    cmd->add_flag("--all", o->all, "Include follow-ups already done");
    cmd->callback([&context, o] { runList(context, *o); });
}

void addDoneCommand(CLI::App& group, Context& context) {
    auto o = std::make_shared<DoneOptions>();
    auto* cmd = group.add_subcommand("done", "Mark a follow-up done");
    cmd->add_option("ID", o->id, "Id of the follow-up (see followup list)")->required();
    cmd->add_option("--date", o->date, "Date it was done, YYYY-MM-DD (default today)");
    cmd->callback([&context, o] { runDone(context, *o); });
}

} // namespace

void addFollowUpCommands(CLI::App& app, Context& context) {
    auto* group = app.add_subcommand("followup", "Follow-ups: reminders to get back to a customer");
    group->require_subcommand(1);
    addAddCommand(*group, context);
    addListCommand(*group, context);
    addDoneCommand(*group, context);
}

} // namespace crm::cli
