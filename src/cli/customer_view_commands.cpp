// customer show | list.
#include "commands.h"
#include "customer_filter.h"
#include "context.h"
#include "customer_show.h"
#include "output.h"

#include "crm/errors.h"
#include "crm/names.h"
#include "crm/store/customer_query.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <map>
#include <memory>

namespace crm::cli {

namespace {

constexpr int kPageSize = 1000;

struct ListOptions {
    std::string stage, kind, owner, tag, region, industry, search;
    std::string sort = "name";
    bool descending = false;
    int limit = 50;
    std::string format = "table";
};

const std::map<std::string, CustomerSort>& sortKeys() {
    static const std::map<std::string, CustomerSort> keys{
        {"name", CustomerSort::Name},   {"code", CustomerSort::Code},
        {"stage", CustomerSort::Stage}, {"owner", CustomerSort::Owner},
        {"last-purchase", CustomerSort::LastPurchase},
        {"net-amount", CustomerSort::NetAmount}, {"industry", CustomerSort::Industry},
        {"region", CustomerSort::Region}};
    return keys;
}

// Up to `limit` rows (0: all), read page by page.
std::vector<CustomerRow> readRows(const Database& db, const ListOptions& o) {
    PageRequest request;
    request.filter = customerFilterFrom(o);
    request.sort = sortKeys().at(o.sort);
    request.descending = o.descending;
    const CustomerQuery query(db);
    std::vector<CustomerRow> rows;
    const auto wanted = o.limit > 0 ? static_cast<std::size_t>(o.limit) : SIZE_MAX;
    do {
        request.limit = static_cast<int>(std::min<std::size_t>(wanted - rows.size(), kPageSize));
        CustomerPage page = query.page(request);
        rows.insert(rows.end(), page.rows.begin(), page.rows.end());
        request.after = page.next;
    } while (request.after && rows.size() < wanted);
    return rows;
}

std::string dateText(const std::optional<Date>& date) { return date ? toIso(*date) : ""; }

std::vector<std::string> fieldsOf(const CustomerRow& r, int decimals) {
    return {r.code, r.name, std::string(toKey(r.kind)), std::string(toKey(r.stage)), r.owner,
            r.industry, r.region, r.phone, r.email, dateText(r.aggregates.firstPurchase),
            dateText(r.aggregates.lastPurchase), std::to_string(r.aggregates.purchaseCount),
            formatMoney(r.aggregates.netAmount, decimals),
            formatMoney(r.aggregates.margin(), decimals)};
}

const std::vector<std::string>& fieldNames() {
    static const std::vector<std::string> names{
        "code",   "name",  "kind",           "stage",         "owner",     "industry",   "region",
        "phone",  "email", "first_purchase", "last_purchase", "purchases", "net_amount", "margin"};
    return names;
}

void printCsv(std::ostream& out, const std::vector<CustomerRow>& rows, int decimals) {
    writeCsvRow(out, fieldNames());
    for (const auto& row : rows)
        writeCsvRow(out, fieldsOf(row, decimals));
}

// Numbers (purchases, amounts) unquoted; no purchase date is null.
std::string jsonValue(std::size_t field, const std::string& value) {
    const bool number = field >= 11;
    const bool date = field == 9 || field == 10;
    if (number)
        return value;
    return date && value.empty() ? std::string("null") : jsonString(value);
}

void printJson(std::ostream& out, const std::vector<CustomerRow>& rows, int decimals) {
    const auto& names = fieldNames();
    out << "[";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto fields = fieldsOf(rows[r], decimals);
        out << (r > 0 ? ",\n " : "\n ") << "{";
        for (std::size_t f = 0; f < fields.size(); ++f) {
            out << (f > 0 ? ", " : "") << jsonString(names[f]) << ": " << jsonValue(f, fields[f]);
        }
        out << "}";
    }
    out << (rows.empty() ? "]\n" : "\n]\n");
}

void printTable(const Context& context, const Database& db, const std::vector<CustomerRow>& rows,
                const ListOptions& o) {
    const Currency& currency = db.currency();
    Table table({{"code"}, {"name", Table::Align::Left, 32}, {"kind"}, {"stage"}, {"owner"},
                 {"region"}, {"last purchase"}, {"purchases", Table::Align::Right},
                 {"net " + currency.code, Table::Align::Right}});
    for (const auto& r : rows)
        table.addRow({r.code, r.name, std::string(toKey(r.kind)), std::string(toKey(r.stage)),
                      r.owner, r.region, dateText(r.aggregates.lastPurchase),
                      countText(r.aggregates.purchaseCount),
                      formatMoneyGrouped(r.aggregates.netAmount, currency.decimals)});
    table.print(context.out());
    const std::int64_t total = CustomerQuery(db).count(customerFilterFrom(o));
    context.out() << countText(static_cast<std::int64_t>(rows.size())) << " of "
                  << countText(total) << " customers"
                  << (static_cast<std::int64_t>(rows.size()) < total ? " (see --limit)" : "")
                  << '\n';
}

void runList(const Context& context, const ListOptions& o) {
    const Database db = context.openDatabase();
    const auto rows = readRows(db, o);
    if (o.format == "csv")
        printCsv(context.out(), rows, db.currency().decimals);
    else if (o.format == "json")
        printJson(context.out(), rows, db.currency().decimals);
    else
        printTable(context, db, rows, o);
}

void addListCommand(CLI::App& customer, Context& context) {
    auto o = std::make_shared<ListOptions>();
    auto* cmd = customer.add_subcommand("list", "List customers, filtered and sorted");
    cmd->add_option("--stage", o->stage, "Only this lifecycle stage (key or Chinese term)");
    cmd->add_option("--kind", o->kind, "Only org or person");
    cmd->add_option("--owner", o->owner, "Only this owner (exact)");
    cmd->add_option("--tag", o->tag, "Only customers with this tag");
    cmd->add_option("--region", o->region, "Only this region (exact)");
    cmd->add_option("--industry", o->industry, "Only this industry (exact)");
    cmd->add_option("--search", o->search,
                    "Any part of name, code, email, phone or a contact's name, email, phone");
    cmd->add_option("--sort", o->sort,
                    "Sort by name|code|stage|owner|last-purchase|net-amount|industry|region")
        ->check(CLI::IsMember({"name", "code", "stage", "owner", "last-purchase", "net-amount",
                               "industry", "region"}))
        ->capture_default_str();
    cmd->add_flag("--desc", o->descending, "Sort in descending order");
    cmd->add_option("--limit", o->limit, "At most N customers; 0 for all")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    cmd->add_option("--format", o->format, "table, csv or json")
        ->check(CLI::IsMember({"table", "csv", "json"}))
        ->capture_default_str();
    cmd->callback([&context, o] { runList(context, *o); });
}

} // namespace

void addCustomerViewCommands(CLI::App& customer, Context& context) {
    auto code = std::make_shared<std::string>();
    auto* show = customer.add_subcommand(
        "show", "Show a customer: profile, purchases, contacts, recent transactions and "
                "interactions, open follow-ups, stage history");
    show->add_option("CODE", *code, "Code of the customer")->required();
    show->callback([&context, code] { showCustomer(context, *code); });
    addListCommand(customer, context);
}

} // namespace crm::cli
