// customer add | edit | delete. (show and list: customer_view_commands.cpp)
#include "commands.h"
#include "context.h"

#include "crm/errors.h"
#include "crm/names.h"
#include "crm/store/customer_store.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>

namespace crm::cli {

namespace {

// The customer options as typed; nullopt: not given. An empty value given
// to an optional field (--email "") clears it.
struct CustomerFields {
    std::optional<std::string> name, kind, industry, region, address, phone, email, owner,
        created, notes, companyStage, annualSpend, birthday;
    std::vector<std::string> tags;
    CLI::Option* tagOption = nullptr;
};

struct AddOptions {
    std::string code;
    CustomerFields fields;
};

struct EditOptions {
    std::string code;
    std::optional<std::string> newCode;
    CustomerFields fields;
    std::vector<std::string> addTags, removeTags;
};

struct DeleteOptions {
    std::string code;
    bool yes = false;
};

void addFieldOptions(CLI::App& cmd, CustomerFields& f) {
    cmd.add_option("--name", f.name, "Name of the organisation or person");
    cmd.add_option("--kind", f.kind, "org (organisation) or person; default org");
    cmd.add_option("--industry", f.industry, "Industry");
    cmd.add_option("--region", f.region, "Region");
    cmd.add_option("--address", f.address, "Postal address");
    cmd.add_option("--phone", f.phone, "Phone number");
    cmd.add_option("--email", f.email, "Email address");
    cmd.add_option("--owner", f.owner, "Sales rep who owns the customer");
    f.tagOption = cmd.add_option("--tag", f.tags, "A tag (repeat for several)");
    cmd.add_option("--created", f.created, "Date the customer was created, YYYY-MM-DD "
                                           "(default today)");
    cmd.add_option("--notes", f.notes, "Free notes");
    cmd.add_option("--company-stage", f.companyStage,
                   "Organisations: the company's own stage, start-up|growth|mature");
    cmd.add_option("--annual-spend", f.annualSpend,
                   "Organisations: estimated annual spend in our category (share of wallet)");
    cmd.add_option("--birthday", f.birthday, "Persons: birthday, YYYY-MM-DD");
}

template <typename T, typename Parse>
std::optional<T> parseOptional(const std::string& text, Parse parse) {
    if (text.empty())
        return std::nullopt;
    return parse(text);
}

void applyKind(Customer& c, const std::string& text) {
    const auto kind = parseCustomerKind(text);
    if (!kind)
        throw ValidationError({{"kind", "'" + text + "' is not a kind (org or person)"}});
    c.kind = *kind;
}

CompanyStage parseCompanyStageOption(const std::string& text) {
    const auto stage = parseCompanyStage(text);
    if (!stage)
        throw ValidationError(
            {{"company_stage", "'" + text + "' is not a company stage (start-up, growth, mature)"}});
    return *stage;
}

void applyTexts(Customer& c, const CustomerFields& f) {
    const std::pair<const std::optional<std::string>*, std::string*> texts[] = {
        {&f.name, &c.name},       {&f.industry, &c.industry}, {&f.region, &c.region},
        {&f.address, &c.address}, {&f.phone, &c.phone},       {&f.email, &c.email},
        {&f.owner, &c.owner},     {&f.notes, &c.notes}};
    for (const auto& [given, field] : texts)
        if (*given)
            *field = **given;
    if (f.tagOption->count() > 0)
        c.tags = f.tags;
}

// Sets on `c` every field given in `f`, parsing dates and money.
void applyFields(Customer& c, const CustomerFields& f, const Currency& currency) {
    if (f.kind)
        applyKind(c, *f.kind);
    applyTexts(c, f);
    if (f.created)
        c.createdOn = parseDateOption("created", *f.created);
    if (f.companyStage)
        c.companyStage = parseOptional<CompanyStage>(*f.companyStage, parseCompanyStageOption);
    if (f.annualSpend)
        c.annualCategorySpend = parseOptional<Money>(*f.annualSpend, [&](const std::string& t) {
            return parseMoneyOption("annual_spend", t, currency);
        });
    if (f.birthday)
        c.birthday = parseOptional<Date>(
            *f.birthday, [](const std::string& t) { return parseDateOption("birthday", t); });
}

std::string describe(const Customer& c) {
    return c.code + ": " + c.name + " (" + std::string(toKey(c.kind)) + ")";
}

void runAdd(const Context& context, const AddOptions& options) {
    const Database db = context.openDatabase();
    Customer customer;
    customer.code = options.code;
    customer.createdOn = context.today();
    applyFields(customer, options.fields, db.currency());
    CustomerStore(db).add(customer);
    context.out() << "Added customer " << describe(customer) << '\n';
}

bool anythingGiven(const EditOptions& o) {
    const auto& f = o.fields;
    for (const auto* given : {&f.name, &f.kind, &f.industry, &f.region, &f.address, &f.phone,
                              &f.email, &f.owner, &f.created, &f.notes, &f.companyStage,
                              &f.annualSpend, &f.birthday, &o.newCode})
        if (*given)
            return true;
    return f.tagOption->count() > 0 || !o.addTags.empty() || !o.removeTags.empty();
}

void editTags(std::vector<std::string>& tags, const EditOptions& o) {
    for (const auto& tag : o.removeTags)
        std::erase(tags, tag);
    for (const auto& tag : o.addTags)
        if (std::find(tags.begin(), tags.end(), tag) == tags.end())
            tags.push_back(tag);
}

void runEdit(const Context& context, const EditOptions& options) {
    const Database db = context.openDatabase();
    CustomerStore store(db);
    Customer customer = *store.find(store.idForCode(options.code));
    if (!anythingGiven(options))
        throw CommandError("nothing to change for customer '" + options.code +
                           "': give the options to change (see crm customer edit --help)");
    applyFields(customer, options.fields, db.currency());
    editTags(customer.tags, options);
    if (options.newCode)
        customer.code = *options.newCode;
    store.update(customer);
    context.out() << "Updated customer " << describe(customer) << '\n';
}

void runDelete(const Context& context, const DeleteOptions& options) {
    const Database db = context.openDatabase();
    CustomerStore store(db);
    const Customer customer = *store.find(store.idForCode(options.code));
    if (!options.yes)
        throw CommandError("deleting customer '" + customer.code + "' (" + customer.name +
                           ") also deletes its contacts, transactions, interactions, "
                           "follow-ups and stage history; add --yes to confirm");
    store.remove(customer.id);
    context.out() << "Deleted customer " << describe(customer) << '\n';
}

void addAddCommand(CLI::App& customer, Context& context) {
    auto options = std::make_shared<AddOptions>();
    auto* cmd = customer.add_subcommand("add", "Add a customer");
    cmd->add_option("--code", options->code, "The customer's unique code, e.g. C-0001")
        ->required();
    addFieldOptions(*cmd, options->fields);
    cmd->get_option("--name")->required();
    cmd->callback([&context, options] { runAdd(context, *options); });
}

void addEditCommand(CLI::App& customer, Context& context) {
    auto options = std::make_shared<EditOptions>();
    auto* cmd = customer.add_subcommand(
        "edit", "Change a customer: only the options given change; an empty value (--email \"\") "
                "clears an optional field");
    cmd->add_option("CODE", options->code, "Code of the customer")->required();
    cmd->add_option("--new-code", options->newCode, "Give the customer a new code");
    addFieldOptions(*cmd, options->fields);
    cmd->get_option("--tag")->description("Replace all tags (repeat for several)");
    cmd->add_option("--add-tag", options->addTags, "Add a tag (repeatable)");
    cmd->add_option("--remove-tag", options->removeTags, "Remove a tag (repeatable)");
    cmd->callback([&context, options] { runEdit(context, *options); });
}

void addDeleteCommand(CLI::App& customer, Context& context) {
    auto options = std::make_shared<DeleteOptions>();
    auto* cmd = customer.add_subcommand(
        "delete", "Delete a customer with all its contacts, transactions, interactions, "
                  "follow-ups and stage history");
    cmd->add_option("CODE", options->code, "Code of the customer")->required();
    cmd->add_flag("--yes,-y", options->yes, "Confirm the deletion (required)");
    cmd->callback([&context, options] { runDelete(context, *options); });
}

} // namespace

void addCustomerCommands(CLI::App& app, Context& context) {
    auto* customer = app.add_subcommand("customer", "Add, show, list, edit and delete customers");
    customer->require_subcommand(1);
    addAddCommand(*customer, context);
    addCustomerViewCommands(*customer, context);
    addEditCommand(*customer, context);
    addDeleteCommand(*customer, context);
}

} // namespace crm::cli
