// crm import customers|transactions|contacts|interactions FILE: CSV import
// through the domain's importer; problems on stderr, the summary on stdout.
#include "csv_commands.h"
#include "context.h"
#include "output.h"

#include "crm/csv/csv_error.h"
#include "crm/csv/import.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <unistd.h>

namespace crm::cli {

namespace {

struct ImportCommandOptions {
    std::string kind, file, onDuplicate = "error", rejects, map, delimiter, encoding;
    bool dryRun = false;
    bool skipInvalid = false;
};

template <typename T>
T parsedOrThrow(std::optional<T> value, const std::string& field, const std::string& text,
                const std::string& valid) {
    if (!value)
        throw ValidationError({{field, "'" + text + "' is not one of " + valid}});
    return *value;
}

// On a terminal, a line on stderr that counts rows while the file is read.
csv::ImportProgress terminalProgress() {
    if (!::isatty(STDERR_FILENO))
        return {};
    return [](const csv::ImportProgressInfo& p) {
        const auto percent = p.fileSize ? p.bytesRead * 100 / p.fileSize : 0;
        std::cerr << "\r  " << countText(static_cast<std::int64_t>(p.rowsRead)) << " rows ("
                  << percent << "%)" << std::flush;
        return true;
    };
}

csv::ImportOptions importOptions(const Context& context, const ImportCommandOptions& o) {
    csv::ImportOptions options;
    options.onDuplicate = parsedOrThrow(csv::parseOnDuplicate(o.onDuplicate), "on-duplicate",
                                        o.onDuplicate, "skip, update, error");
    if (!o.delimiter.empty())
        options.read.delimiter = parsedOrThrow(csv::parseDelimiter(o.delimiter), "delimiter",
                                               o.delimiter, "comma, semicolon, tab");
    if (!o.encoding.empty() && o.encoding != "auto")
        options.read.encoding = parsedOrThrow(csv::parseTextEncoding(o.encoding), "encoding",
                                              o.encoding, "utf-8, gb18030, utf-16le, utf-16be");
    if (!o.map.empty())
        options.mapFile = o.map;
    options.skipInvalid = o.skipInvalid;
    if (!o.rejects.empty())
        options.rejects = o.rejects;
    options.dryRun = o.dryRun;
    options.today = context.today();
    options.progress = terminalProgress();
    options.onProblem = [](const std::string& problem) { std::cerr << problem << '\n'; };
    return options;
}

std::string delimiterName(char d) {
    return d == '\t' ? "tab" : d == ';' ? "semicolon" : "comma";
}

void printSummary(std::ostream& out, const ImportCommandOptions& o, csv::ImportKind kind,
                  const csv::ImportSummary& s) {
    auto n = [](std::uint64_t v) { return countText(static_cast<std::int64_t>(v)); };
    const bool done = s.committed;
    out << o.file << " (" << s.encoding << ", " << delimiterName(s.delimiter) << "): "
        << n(s.rowsRead) << " rows read, " << n(s.imported) << (done ? " imported, " : " to import, ")
        << n(s.updated) << (done ? " updated, " : " to update, ") << n(s.skipped)
        << " skipped (already stored), " << n(s.rejected) << " rejected\n";
    if (!s.ignoredColumns.empty()) {
        out << "ignored columns:";
        for (const auto& c : s.ignoredColumns)
            out << " '" << c << "'";
        out << '\n';
    }
    if (o.dryRun)
        out << "dry run: nothing was changed\n";
    else if (s.rejected > 0 && !o.skipInvalid)
        out << "nothing imported: the file has invalid rows (all or nothing; --skip-invalid "
               "--rejects FILE imports the valid ones)\n";
    else if (s.committed && s.imported == 0 && s.updated == 0 && s.rowsRead > 0)
        out << "nothing new: the database already holds these rows\n";
    else if (s.committed && s.imported > 0 && kind == csv::ImportKind::Transactions)
        out << "lifecycle stages are not replayed by an import: run `crm lifecycle-replay`\n";
}

void runImport(Context& context, const ImportCommandOptions& o) {
    const auto kind = parsedOrThrow(csv::parseImportKind(o.kind), "kind", o.kind,
                                    "customers, transactions, contacts, interactions");
    const csv::ImportOptions options = importOptions(context, o);
    const Database db = context.openDatabase();
    const csv::ImportSummary summary = csv::importCsv(db, kind, o.file, options);
    if (options.progress)
        std::cerr << "\r\033[K" << std::flush;
    printSummary(context.out(), o, kind, summary);
    if (summary.rejected > 0 && !o.skipInvalid)
        throw CommandError(std::to_string(summary.rejected) + " invalid row(s) in '" + o.file +
                           "': nothing imported");
}

} // namespace

void addImportCommand(CLI::App& app, Context& context) {
    auto o = std::make_shared<ImportCommandOptions>();
    auto* cmd = app.add_subcommand("import", "Import a CSV file (all rows, or none if one is invalid)");
    cmd->add_option("kind", o->kind, "customers, transactions, contacts or interactions")->required();
    cmd->add_option("file", o->file, "The CSV file")->required()->type_name("FILE");
    cmd->add_flag("--dry-run", o->dryRun, "Check every row; change nothing");
    cmd->add_option("--on-duplicate", o->onDuplicate, "A key already stored: skip, update or error (default)");
    auto* skip = cmd->add_flag("--skip-invalid", o->skipInvalid, "Import the valid rows; invalid ones go to --rejects");
    auto* rejects = cmd->add_option("--rejects", o->rejects, "Where --skip-invalid writes invalid rows with the reason")
                        ->type_name("FILE");
    skip->needs(rejects);
    rejects->needs(skip);
    cmd->add_option("--map", o->map, "Column mapping file: 'file header = field' per line")->type_name("FILE");
    cmd->add_option("--delimiter", o->delimiter, "comma, semicolon or tab (default: detected)");
    cmd->add_option("--encoding", o->encoding, "utf-8, gb18030, utf-16le, utf-16be (default: detected)");
    cmd->callback([&context, o] { runImport(context, *o); });
}

} // namespace crm::cli
