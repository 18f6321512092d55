#include "app.h"

#include "commands.h"
#include "context.h"

#include "crm/errors.h"

#include <CLI/CLI.hpp>

namespace crm::cli {

namespace {

constexpr const char* kFooter = R"(Database: --db FILE, else the environment variable CRM_DB, else
$XDG_DATA_HOME/crm/crm.db (or ~/.local/share/crm/crm.db), created on first use.
A file named with --db or CRM_DB must exist: create it with `crm init` or `crm demo`.
Customers are addressed by their code everywhere: crm customer show C-0001.
Exit codes: 0 success; 1 usage error, invalid value, unknown customer or record,
conflict or refused request; 2 the database file cannot be used (not a CRM
database, damaged, newer, locked, unreadable) or an internal error.)";

void buildApp(CLI::App& app, Context& context) {
    app.footer(kFooter);
    app.set_version_flag("--version", std::string("crm ") + CRM_VERSION);
    app.add_option("--db", context.databaseOption(), "The CRM database file")
        ->envname("CRM_DB")
        ->type_name("FILE");
    app.require_subcommand(1);
    app.fallthrough(); // --db is accepted after the subcommand too
    addDatabaseCommands(app, context);
    addCustomerCommands(app, context);
    addRecordCommands(app, context);
    addFollowUpCommands(app, context);
    addRfmCommands(app, context);
    addLifecycleCommands(app, context);
    addValueCommands(app, context);
    addCsvCommands(app, context);
    addSegmentCommands(app, context);
}

// One line whatever the reason holds: a typed value may contain newlines.
std::string oneLine(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r')
            c = ' ';
    return text;
}

int fail(std::ostream& err, const std::string& reason, int code) {
    err << "crm: " << oneLine(reason) << '\n';
    return code;
}

// CLI11's own messages, on one line, with where to find help.
int reportParseError(CLI::App& app, const CLI::ParseError& e, std::ostream& out,
                     std::ostream& err) {
    if (e.get_exit_code() == 0)
        return app.exit(e, out, err); // --help, --version
    std::string reason = e.what();
    const auto unparsed = app.remaining();
    if (dynamic_cast<const CLI::RequiredError*>(&e) && !unparsed.empty() &&
        !unparsed.front().starts_with("-"))
        reason = "unknown command '" + unparsed.front() + "'; " + reason;
    return fail(err, reason + " (see --help)", kExitUsage);
}

} // namespace

int run(int argc, char** argv, std::ostream& out, std::ostream& err) {
    Context context(out);
    CLI::App app("crm: a customer relationship database on the command line", "crm");
    buildApp(app, context);
    try {
        app.parse(argc, argv);
        out.flush();
        return kExitOk;
    } catch (const CLI::ParseError& e) {
        return reportParseError(app, e, out, err);
    } catch (const ValidationError& e) {
        return fail(err, e.what(), kExitUsage);
    } catch (const NotFoundError& e) {
        return fail(err, e.what(), kExitUsage);
    } catch (const ConflictError& e) {
        return fail(err, e.what(), kExitUsage);
    } catch (const CommandError& e) {
        return fail(err, e.what(), kExitUsage);
    } catch (const StoreError& e) {
        return fail(err, e.what(), kExitStore);
    } catch (const Error& e) {
        return fail(err, e.what(), kExitUsage);
    } catch (const std::exception& e) {
        if (const auto store = storeErrorFor(e))
            return fail(err, store->what(), kExitStore);
        return fail(err, std::string("internal error: ") + e.what(), kExitStore);
    }
}

} // namespace crm::cli
