// crm export customers|transactions|contacts|interactions --out FILE: CSV
// export through the domain's exporters; the summary on stdout, notes on stderr.
#include "context.h"
#include "csv_commands.h"
#include "customer_filter.h"
#include "output.h"

#include "crm/csv/export_customers.h"
#include "crm/csv/export_records.h"
#include "crm/names.h"
#include "crm/store/mapped_reads.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <sstream>
#include <unistd.h>

namespace crm::cli {

namespace {

struct ExportCommandOptions {
    std::string out, columns, delimiter = "comma", encoding = "utf-8", lineEnding = "crlf";
    bool noFormulaGuard = false;
    std::string asOf;                                                 // customers
    std::string stage, kind, owner, tag, region, industry, search, segment; // customers
    std::string customer, from, to, type;                             // records
};

template <typename T>
T parsedOrThrow(std::optional<T> value, const std::string& field, const std::string& text,
                const std::string& valid) {
    if (!value)
        throw ValidationError({{field, "'" + text + "' is not one of " + valid}});
    return *value;
}

// "a, b,c" -> {"a", "b", "c"}
std::vector<std::string> columnNames(const std::string& text) {
    std::vector<std::string> names;
    std::string name;
    std::istringstream in(text);
    while (std::getline(in, name, ',')) {
        const auto first = name.find_first_not_of(' ');
        const auto last = name.find_last_not_of(' ');
        names.push_back(first == std::string::npos ? "" : name.substr(first, last - first + 1));
    }
    return names;
}

// On a terminal, a line on stderr that counts rows; nothing for scripts.
csv::ExportProgress terminalProgress(const std::string& what) {
    if (!::isatty(STDERR_FILENO))
        return {};
    return [what](std::int64_t done, std::int64_t total) {
        std::cerr << "\r  " << countText(done) << " / " << countText(total) << ' ' << what
                  << std::flush;
        return true;
    };
}

csv::ExportOptions exportOptions(const ExportCommandOptions& o, const std::string& what) {
    csv::ExportOptions options;
    options.writer.delimiter = parsedOrThrow(csv::parseExportDelimiter(o.delimiter), "delimiter",
                                             o.delimiter, "comma, semicolon, tab");
    options.writer.encoding = parsedOrThrow(csv::parseOutputEncoding(o.encoding), "encoding",
                                            o.encoding, "utf-8, utf-8-bom, gb18030");
    options.writer.lineEnding = parsedOrThrow(csv::parseLineEnding(o.lineEnding), "line-ending",
                                              o.lineEnding, "crlf, lf");
    options.writer.formulaGuard = !o.noFormulaGuard;
    if (!o.columns.empty())
        options.columns = columnNames(o.columns);
    options.progress = terminalProgress(what);
    return options;
}

void report(const Context& context, const ExportCommandOptions& o, const std::string& what,
            const csv::ExportOptions& options, const csv::ExportResult& result) {
    if (options.progress)
        std::cerr << "\r\033[K" << std::flush;
    for (const auto& note : result.notes)
        std::cerr << "crm: note: " << note << '\n';
    context.out() << "exported " << countText(result.rows) << ' ' << what << " to " << o.out
                  << '\n';
}

void runCustomers(const Context& context, const ExportCommandOptions& o) {
    csv::CustomerExportRequest request;
    request.filter = customerFilterFrom(o);
    if (!o.segment.empty() && !(request.segment = rfm::parseSegment(o.segment)))
        throw ValidationError({{"segment", "'" + o.segment + "' is not an RFM segment"}});
    request.asOf = dateOrToday(context, "as-of", o.asOf);
    const auto options = exportOptions(o, "customers");
    // The RFM columns score everyone: unmapped, as fast and 190 MB instead of
    // 760 MB resident on the 1M file (bench/README.md, CSV export).
    MappedReads::setAllowed(false);
    const Database db = context.openDatabase();
    report(context, o, "customers", options, csv::exportCustomers(db, request, options, o.out));
}

using RecordExport = csv::ExportResult (*)(const Database&, const csv::RecordExportRequest&,
                                           const csv::ExportOptions&, const std::filesystem::path&);

void runRecords(const Context& context, const ExportCommandOptions& o, const std::string& what,
                RecordExport exportFn) {
    csv::RecordExportRequest request;
    if (!o.from.empty())
        request.from = parseDateOption("from", o.from);
    if (!o.to.empty())
        request.to = parseDateOption("to", o.to);
    if (!o.type.empty() && !(request.type = parseInteractionType(o.type)))
        throw ValidationError({{"type", "'" + o.type + "' is not an interaction type"}});
    const auto options = exportOptions(o, what);
    const Database db = context.openDatabase();
    if (!o.customer.empty())
        request.customerId = customerIdForCode(db, o.customer);
    report(context, o, what, options, exportFn(db, request, options, o.out));
}

CLI::App* addKind(CLI::App& parent, const std::string& name, const std::string& help,
                  ExportCommandOptions& o) {
    auto* cmd = parent.add_subcommand(name, help);
    cmd->add_option("--out", o.out, "The CSV file to write (replaced only when complete)")
        ->required();
    cmd->add_option("--columns", o.columns, "Columns to write, in order: a,b,c");
    cmd->add_option("--delimiter", o.delimiter, "comma (default), semicolon or tab");
    cmd->add_option("--encoding", o.encoding, "utf-8 (default), utf-8-bom (Excel) or gb18030");
    cmd->add_option("--line-ending", o.lineEnding, "crlf (default) or lf");
    cmd->add_flag("--no-formula-guard", o.noFormulaGuard,
                  "Do not prefix text cells starting with = + - @ with '");
    return cmd;
}

void addCustomers(CLI::App& exp, Context& context) {
    auto o = std::make_shared<ExportCommandOptions>();
    auto* cmd = addKind(exp, "customers", "Export customers (list filters, RFM, CLV)", *o);
    cmd->add_option("--as-of", o->asOf, "Date of RFM and CLV (default today)");
    cmd->add_option("--stage", o->stage, "Only this lifecycle stage");
    cmd->add_option("--kind", o->kind, "Only org or person");
    cmd->add_option("--owner", o->owner, "Only this owner (exact)");
    cmd->add_option("--tag", o->tag, "Only customers with this tag");
    cmd->add_option("--region", o->region, "Only this region (exact)");
    cmd->add_option("--industry", o->industry, "Only this industry (exact)");
    cmd->add_option("--search", o->search, "Only customers matching this text");
    cmd->add_option("--segment", o->segment, "Only this RFM segment (champions, at-risk ...)");
    cmd->callback([&context, o] { runCustomers(context, *o); });
}

void addRecords(CLI::App& exp, Context& context, const std::string& what, RecordExport fn,
                bool dated, bool typed) {
    auto o = std::make_shared<ExportCommandOptions>();
    auto* cmd = addKind(exp, what, "Export " + what, *o);
    cmd->add_option("--customer", o->customer, "Only this customer's (code)");
    if (dated) {
        cmd->add_option("--from", o->from, "Only on or after this date");
        cmd->add_option("--to", o->to, "Only on or before this date");
    }
    if (typed)
        cmd->add_option("--type", o->type, "Only this type (call, visit, complaint ...)");
    cmd->callback([&context, o, what, fn] { runRecords(context, *o, what, fn); });
}

} // namespace

void addExportCommand(CLI::App& app, Context& context) {
    auto* exp = app.add_subcommand("export", "Write customers or records to a CSV file");
    exp->require_subcommand(1);
    addCustomers(*exp, context);
    addRecords(*exp, context, "transactions", csv::exportTransactions, true, false);
    addRecords(*exp, context, "contacts", csv::exportContacts, false, false);
    addRecords(*exp, context, "interactions", csv::exportInteractions, true, true);
}

} // namespace crm::cli
