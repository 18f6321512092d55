// contact add, tx add, interaction add, stage set: records of one customer.
#include "commands.h"
#include "context.h"
#include "output.h"

#include "crm/errors.h"
#include "crm/names.h"
#include "crm/store/contact_store.h"
#include "crm/store/interaction_store.h"
#include "crm/store/stage_store.h"
#include "crm/store/transaction_store.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace crm::cli {

namespace {

struct ContactOptions {
    std::string code, name, role = "other", phone, email, birthday;
    bool primary = false;
};

struct TxOptions {
    std::string code, date, amount, cost, product, reference;
};

struct InteractionOptions {
    std::string code, type, subject, text, outcome, by, date, time, status, resolution;
    std::optional<std::int64_t> contactId;
};

struct StageOptions {
    std::string code, stage, date, reason;
};

template <typename T>
T parsedOrThrow(std::optional<T> value, const std::string& field, const std::string& text,
                const std::string& expected) {
    if (!value)
        throw ValidationError({{field, "'" + text + "' is not " + expected}});
    return *value;
}

void runContactAdd(const Context& context, const ContactOptions& o) {
    const Database db = context.openDatabase();
    Contact contact;
    contact.customerId = customerIdForCode(db, o.code);
    contact.name = o.name;
    contact.role = parsedOrThrow(parseContactRole(o.role), "role", o.role,
                                 "a role (decision-maker, purchaser, technical, user, other)");
    contact.primary = o.primary;
    contact.phone = o.phone;
    contact.email = o.email;
    if (!o.birthday.empty())
        contact.birthday = parseDateOption("birthday", o.birthday);
    const auto id = ContactStore(db).add(contact, context.today());
    context.out() << "Added contact " << id << " to " << o.code << ": " << contact.name << " ("
                  << toKey(contact.role) << (contact.primary ? ", primary" : "") << ")\n";
}

void runTxAdd(const Context& context, const TxOptions& o) {
    const Database db = context.openDatabase();
    Transaction tx;
    tx.customerId = customerIdForCode(db, o.code);
    tx.date = dateOrToday(context, "date", o.date);
    tx.amount = parseMoneyOption("amount", o.amount, db.currency());
    if (!o.cost.empty())
        tx.cost = parseMoneyOption("cost", o.cost, db.currency());
    tx.product = o.product;
    tx.reference = o.reference;
    const auto id = TransactionStore(db).add(tx);
    context.out() << "Added " << (tx.isPurchase() ? "purchase " : "refund ") << id << " for "
                  << o.code << " on " << toIso(tx.date) << ": "
                  << moneyText(tx.amount, db.currency()) << '\n';
}

// Without --date and --time: now. With a --date alone: 00:00.
int minuteOf(const Context& context, const InteractionOptions& o) {
    if (!o.time.empty())
        return parseTimeOption("time", o.time);
    return o.date.empty() ? context.minuteOfDayNow() : 0;
}

Interaction interactionFrom(const Context& context, const InteractionOptions& o) {
    Interaction i;
    i.type = parsedOrThrow(parseInteractionType(o.type), "type", o.type,
                           "an interaction type (call, visit, email, meeting, complaint, note)");
    i.contactId = o.contactId;
    i.date = dateOrToday(context, "date", o.date);
    i.minuteOfDay = minuteOf(context, o);
    i.subject = o.subject;
    i.text = o.text;
    i.outcome = o.outcome;
    i.loggedBy = o.by;
    if (!o.status.empty())
        i.complaintStatus = parsedOrThrow(parseComplaintStatus(o.status), "status", o.status,
                                          "a complaint status (open, in-progress, resolved)");
    i.resolution = o.resolution;
    return i;
}

void runInteractionAdd(const Context& context, const InteractionOptions& o) {
    const Database db = context.openDatabase();
    Interaction interaction = interactionFrom(context, o);
    interaction.customerId = customerIdForCode(db, o.code);
    const auto id = InteractionStore(db).add(interaction);
    context.out() << "Added interaction " << id << " for " << o.code << ": "
                  << toKey(interaction.type) << " on " << toIso(interaction.date) << ' '
                  << timeText(interaction.minuteOfDay) << '\n';
}

void runStageSet(const Context& context, const StageOptions& o) {
    const Database db = context.openDatabase();
    const std::int64_t customerId = customerIdForCode(db, o.code);
    const Stage stage = parsedOrThrow(
        parseStage(o.stage), "stage", o.stage,
        "a lifecycle stage (prospect, exploration, formation, stability, decline, lost)");
    const Date on = dateOrToday(context, "date", o.date);
    StageStore(db).setManual(customerId, stage, on, o.reason);
    context.out() << "Stage of " << o.code << " set to " << stageLabel(stage) << " "
                  << stageLabelZh(stage) << " on " << toIso(on) << '\n';
}

CLI::App* codeCommand(CLI::App& group, const std::string& name, const std::string& help,
                      std::string& code) {
    auto* cmd = group.add_subcommand(name, help);
    cmd->add_option("CODE", code, "Code of the customer")->required();
    return cmd;
}

void addContactCommands(CLI::App& app, Context& context) {
    auto* group = app.add_subcommand("contact", "Contact persons of organisations");
    group->require_subcommand(1);
    auto o = std::make_shared<ContactOptions>();
    auto* cmd = codeCommand(*group, "add", "Add a contact person to an organisation", o->code);
    cmd->add_option("--name", o->name, "Name of the contact")->required();
    cmd->add_option("--role", o->role, "decision-maker|purchaser|technical|user|other")
        ->capture_default_str();
    cmd->add_flag("--primary", o->primary, "Make this the primary contact (as of today)");
    cmd->add_option("--phone", o->phone, "Phone number");
    cmd->add_option("--email", o->email, "Email address");
    cmd->add_option("--birthday", o->birthday, "Birthday, YYYY-MM-DD");
    cmd->callback([&context, o] { runContactAdd(context, *o); });
}

void addTxCommands(CLI::App& app, Context& context) {
    auto* group = app.add_subcommand("tx", "Purchases and refunds");
    group->require_subcommand(1);
    auto o = std::make_shared<TxOptions>();
    auto* cmd = codeCommand(*group, "add", "Add a purchase, or a refund with a negative amount",
                            o->code);
    cmd->add_option("--amount", o->amount, "Amount in the database currency, e.g. 123.45; "
                                           "negative for a refund")
        ->required();
    cmd->add_option("--date", o->date, "Date, YYYY-MM-DD (default today)");
    cmd->add_option("--cost", o->cost, "Direct cost of the sale (for the margin)");
    cmd->add_option("--product", o->product, "Product or category");
    cmd->add_option("--reference", o->reference,
                    "Order or invoice number; unique per customer, so re-imports do not count twice");
    cmd->callback([&context, o] { runTxAdd(context, *o); });
}

void addInteractionCommands(CLI::App& app, Context& context) {
    auto* group = app.add_subcommand("interaction", "Calls, visits, emails, meetings, complaints, notes");
    group->require_subcommand(1);
    auto o = std::make_shared<InteractionOptions>();
    auto* cmd = codeCommand(*group, "add", "Log a contact with the customer", o->code);
    cmd->add_option("--type", o->type, "call|visit|email|meeting|complaint|note")->required();
    cmd->add_option("--subject", o->subject, "Subject (a subject or a text is required)");
    cmd->add_option("--text", o->text, "What was said or done");
    cmd->add_option("--outcome", o->outcome, "The result");
    cmd->add_option("--by", o->by, "Who logged it");
    cmd->add_option("--date", o->date, "Date, YYYY-MM-DD (default today)");
    cmd->add_option("--time", o->time, "Time, HH:MM (default now, or 00:00 with --date)");
    cmd->add_option("--contact-id", o->contactId, "Id of the contact person involved");
    cmd->add_option("--status", o->status, "Complaints: open|in-progress|resolved (default open)");
    cmd->add_option("--resolution", o->resolution, "Complaints: how it was resolved");
    cmd->callback([&context, o] { runInteractionAdd(context, *o); });
}

void addStageCommands(CLI::App& app, Context& context) {
    auto* group = app.add_subcommand("stage", "Lifecycle stages (客户生命周期)");
    group->require_subcommand(1);
    auto o = std::make_shared<StageOptions>();
    auto* cmd = codeCommand(*group, "set", "Move a customer to a lifecycle stage by hand", o->code);
    cmd->add_option("STAGE", o->stage,
                    "prospect|exploration|formation|stability|decline|lost, or the Chinese "
                    "term (潜在客户, 考察期, 形成期, 稳定期, 退化期, 流失)")
        ->required();
    cmd->add_option("--date", o->date, "Date of the change, YYYY-MM-DD (default today)");
    cmd->add_option("--reason", o->reason, "Why the customer moved");
    cmd->callback([&context, o] { runStageSet(context, *o); });
}

} // namespace

void addRecordCommands(CLI::App& app, Context& context) {
    addContactCommands(app, context);
    addTxCommands(app, context);
    addInteractionCommands(app, context);
    addStageCommands(app, context);
}

} // namespace crm::cli
