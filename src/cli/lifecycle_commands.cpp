// lifecycle-rules show|set|reset, lifecycle-replay, stages, stage-history,
// stage-flow: the lifecycle stages (客户生命周期) of every customer.
#include "commands.h"
#include "context.h"
#include "output.h"

#include "crm/analytics/lifecycle_merge.h"
#include "crm/analytics/lifecycle_settings.h"
#include "crm/names.h"
#include "crm/store/lifecycle_report.h"
#include "crm/store/lifecycle_rules_store.h"
#include "crm/store/lifecycle_timeline.h"
#include "crm/store/stage_store.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace crm::cli {

namespace {

struct RuleOptions {
    std::string key, value;
};

struct StagesOptions {
    std::string asOf, format = "table";
    bool replay = false;
};

struct FlowOptions {
    std::string from, to, format = "table";
};

// On a terminal, a line on stderr that counts customers while the replay runs.
LifecycleProgress terminalProgress() {
    if (!::isatty(STDERR_FILENO))
        return {};
    return [](std::int64_t done, std::int64_t total) {
        std::cerr << "\r  replaying " << countText(done) << " / " << countText(total)
                  << " customers" << (done == total ? "\r\033[K" : "") << std::flush;
        return true;
    };
}

// Replays every customer; returns the seconds it took.
double replayAll(const Database& db, const Date& asOf) {
    const auto start = std::chrono::steady_clock::now();
    replayLifecycles(db, asOf, terminalProgress());
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    return seconds.count();
}

std::string secondsText(double seconds) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f s", seconds);
    return text;
}

void runRulesShow(const Context& context) {
    const Database db = context.openDatabase();
    const lifecycle::Rules rules = LifecycleRulesStore(db).load();
    const lifecycle::Rules defaults;
    Table table({{"setting"}, {"value", Table::Align::Right}, {"default", Table::Align::Right},
                 {"meaning", Table::Align::Left, 80}});
    for (const auto& s : lifecycle::ruleSettings())
        table.addRow({std::string(s.key), lifecycle::ruleValue(rules, s.key),
                      lifecycle::ruleValue(defaults, s.key), std::string(s.description)});
    table.print(context.out());
}

void reportRuleChange(const Context& context, const Database& db, const std::string& key,
                      const std::string& before) {
    const lifecycle::Rules rules = LifecycleRulesStore(db).load();
    context.out() << key << " = " << lifecycle::ruleValue(rules, key) << " (was " << before
                  << "); stored stages are replayed under the new rules at the next "
                     "`crm stages` or `crm lifecycle-replay`\n";
}

void runRulesSet(const Context& context, const RuleOptions& o) {
    const Database db = context.openDatabase();
    LifecycleRulesStore store(db);
    const std::string before = lifecycle::ruleValue(store.load(), o.key);
    store.set(o.key, o.value);
    reportRuleChange(context, db, o.key, before);
}

void runRulesReset(const Context& context, const RuleOptions& o) {
    const Database db = context.openDatabase();
    LifecycleRulesStore store(db);
    const std::string before = lifecycle::ruleValue(store.load(), o.key);
    store.reset(o.key);
    reportRuleChange(context, db, o.key, before);
}

void runReplay(const Context& context, const StagesOptions& o) {
    const Database db = context.openDatabase();
    const Date asOf = dateOrToday(context, "as-of", o.asOf);
    const auto start = std::chrono::steady_clock::now();
    const auto result = replayLifecycles(db, asOf, terminalProgress());
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    context.out() << "Replayed " << countText(result.customers) << " customers as of "
                  << toIso(asOf) << ": " << countText(result.derivedChanges)
                  << " derived stage changes in " << secondsText(seconds.count()) << '\n';
}

// "12.3%", or "-" when the whole is zero.
std::string shareText(Money part, Money whole) {
    if (whole == 0)
        return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.1f%%",
                  100.0 * static_cast<double>(part) / static_cast<double>(whole));
    return text;
}

struct Sums {
    std::int64_t customers = 0;
    Money net = 0, margin = 0;
};

Sums sumOf(const std::vector<StageTotal>& totals) {
    Sums s;
    for (const auto& t : totals) {
        s.customers += t.customers;
        s.net += t.net;
        s.margin += t.margin;
    }
    return s;
}

void printStagesTable(const Context& context, const Database& db,
                      const std::vector<StageTotal>& totals) {
    const Sums all = sumOf(totals);
    const auto& currency = db.currency();
    Table table({{"stage"}, {"阶段"}, {"customers", Table::Align::Right},
                 {"net revenue", Table::Align::Right}, {"revenue %", Table::Align::Right},
                 {"margin", Table::Align::Right}, {"margin %", Table::Align::Right}});
    for (const auto& t : totals)
        table.addRow({std::string(stageLabel(t.stage)), std::string(stageLabelZh(t.stage)),
                      countText(t.customers), moneyText(t.net, currency), shareText(t.net, all.net),
                      moneyText(t.margin, currency), shareText(t.margin, all.margin)});
    table.addRow({"total", "", countText(all.customers), moneyText(all.net, currency), "",
                  moneyText(all.margin, currency), ""});
    table.print(context.out());
}

void printStagesCsv(const Context& context, const Database& db,
                    const std::vector<StageTotal>& totals) {
    const Sums all = sumOf(totals);
    const int decimals = db.currency().decimals;
    writeCsvRow(context.out(), {"stage", "customers", "net_revenue", "revenue_share", "margin",
                                "margin_share"});
    for (const auto& t : totals)
        writeCsvRow(context.out(), {std::string(toKey(t.stage)), std::to_string(t.customers),
                                    formatMoney(t.net, decimals), shareText(t.net, all.net),
                                    formatMoney(t.margin, decimals),
                                    shareText(t.margin, all.margin)});
}

// A share as a JSON number (fraction of 1), or null when the whole is zero.
std::string shareJson(Money part, Money whole) {
    if (whole == 0)
        return "null";
    char text[32];
    std::snprintf(text, sizeof text, "%.6f", static_cast<double>(part) / static_cast<double>(whole));
    return text;
}

void printStagesJson(const Context& context, const Database& db, const Date& asOf,
                     const std::vector<StageTotal>& totals) {
    const Sums all = sumOf(totals);
    const int decimals = db.currency().decimals;
    auto& out = context.out();
    out << "{\"as_of\": " << jsonString(toIso(asOf)) << ", \"currency\": "
        << jsonString(db.currency().code) << ", \"stages\": [";
    for (std::size_t i = 0; i < totals.size(); ++i) {
        const auto& t = totals[i];
        out << (i ? ", " : "") << "{\"stage\": " << jsonString(toKey(t.stage))
            << ", \"customers\": " << t.customers << ", \"net_revenue\": "
            << formatMoney(t.net, decimals) << ", \"revenue_share\": " << shareJson(t.net, all.net)
            << ", \"margin\": " << formatMoney(t.margin, decimals)
            << ", \"margin_share\": " << shareJson(t.margin, all.margin) << "}";
    }
    out << "]}\n";
}

// Replays when asked or when the stored timeline is not as of the date.
void runStages(const Context& context, const StagesOptions& o) {
    const Database db = context.openDatabase();
    const Date asOf = dateOrToday(context, "as-of", o.asOf);
    const bool replay = o.replay || lifecycleTimelineAsOf(db) != asOf;
    const double seconds = replay ? replayAll(db, asOf) : 0.0;
    const auto totals = stageTotals(db, asOf);
    if (o.format == "csv")
        return printStagesCsv(context, db, totals);
    if (o.format == "json")
        return printStagesJson(context, db, asOf, totals);
    context.out() << "Lifecycle stages as of " << toIso(asOf) << " ("
                  << (replay ? "replayed now in " + secondsText(seconds) : "stored timeline")
                  << ")\n";
    printStagesTable(context, db, totals);
}

void runStageHistory(const Context& context, const std::string& code) {
    const Database db = context.openDatabase();
    auto changes = StageStore(db).history(customerIdForCode(db, code));
    std::stable_sort(changes.begin(), changes.end(), lifecycle::comesBefore);
    context.out() << "Stage history of " << code << " (" << changes.size() << " changes)\n";
    Table table({{"date"}, {"from"}, {"to"}, {"by"}, {"reason", Table::Align::Left, 100}});
    for (const auto& c : changes)
        table.addRow({toIso(c.on), c.from ? std::string(stageLabel(*c.from)) : "-",
                      std::string(stageLabel(c.to)), c.manual ? "manual" : "derived", c.reason});
    if (!table.empty())
        table.print(context.out());
}

void printFlowTable(const Context& context, const StageFlow& flow) {
    std::vector<Table::Column> columns{{"from \\ to"}};
    for (int t = 0; t < kStageCount; ++t)
        columns.push_back({std::string(stageLabel(static_cast<Stage>(t))), Table::Align::Right});
    Table table(std::move(columns));
    for (int f = 0; f < kStageCount; ++f) {
        std::vector<std::string> row{std::string(stageLabel(static_cast<Stage>(f)))};
        for (const auto count : flow[static_cast<std::size_t>(f)])
            row.push_back(countText(count));
        table.addRow(std::move(row));
    }
    table.print(context.out());
}

void printFlowCsv(const Context& context, const StageFlow& flow) {
    writeCsvRow(context.out(), {"from", "to", "count"});
    for (int f = 0; f < kStageCount; ++f)
        for (int t = 0; t < kStageCount; ++t)
            writeCsvRow(context.out(),
                        {std::string(toKey(static_cast<Stage>(f))), std::string(toKey(static_cast<Stage>(t))),
                         std::to_string(flow[static_cast<std::size_t>(f)][static_cast<std::size_t>(t)])});
}

void printFlowJson(const Context& context, const Date& from, const Date& to, const StageFlow& flow) {
    auto& out = context.out();
    out << "{\"from\": " << jsonString(toIso(from)) << ", \"to\": " << jsonString(toIso(to))
        << ", \"counts\": {";
    for (int f = 0; f < kStageCount; ++f) {
        out << (f ? ", " : "") << jsonString(toKey(static_cast<Stage>(f))) << ": {";
        for (int t = 0; t < kStageCount; ++t)
            out << (t ? ", " : "") << jsonString(toKey(static_cast<Stage>(t))) << ": "
                << flow[static_cast<std::size_t>(f)][static_cast<std::size_t>(t)];
        out << "}";
    }
    out << "}}\n";
}

void runStageFlow(const Context& context, const FlowOptions& o) {
    const Date from = parseDateOption("from", o.from);
    const Date to = parseDateOption("to", o.to);
    if (to < from)
        throw ValidationError({{"to", toIso(to) + " is before --from " + toIso(from)}});
    const Database db = context.openDatabase();
    const StageFlow flow = stageFlow(db, from, to);
    if (o.format == "csv")
        return printFlowCsv(context, flow);
    if (o.format == "json")
        return printFlowJson(context, from, to, flow);
    context.out() << "Stage changes from " << toIso(from) << " to " << toIso(to)
                  << " (rows: from, columns: to)\n";
    printFlowTable(context, flow);
}

void addRulesCommands(CLI::App& app, Context& context) {
    auto* group = app.add_subcommand("lifecycle-rules", "Thresholds of the lifecycle stage rules");
    group->require_subcommand(1);
    group->add_subcommand("show", "List every threshold with its value and default")
        ->callback([&context] { runRulesShow(context); });
    auto o = std::make_shared<RuleOptions>();
    auto* set = group->add_subcommand("set", "Change one threshold (KEY as `show` lists it)");
    set->add_option("KEY", o->key, "e.g. lifecycle.lost_after_days")->required();
    set->add_option("VALUE", o->value, "The new value")->required();
    set->callback([&context, o] { runRulesSet(context, *o); });
    auto* reset = group->add_subcommand("reset", "Put one threshold back to its default");
    reset->add_option("KEY", o->key, "e.g. lifecycle.lost_after_days")->required();
    reset->callback([&context, o] { runRulesReset(context, *o); });
}

void addStagesCommands(CLI::App& app, Context& context) {
    auto o = std::make_shared<StagesOptions>();
    auto* replay = app.add_subcommand("lifecycle-replay",
                                      "Derive every customer's stage timeline as of a date");
    replay->add_option("--as-of", o->asOf, "YYYY-MM-DD (default today)");
    replay->callback([&context, o] { runReplay(context, *o); });
    auto* stages = app.add_subcommand(
        "stages", "Customers, revenue and margin per lifecycle stage as of a date "
                  "(replays first when the stored timeline is of another date)");
    stages->add_option("--as-of", o->asOf, "YYYY-MM-DD (default today)");
    stages->add_flag("--replay", o->replay, "Replay even when the stored timeline is of this date");
    stages->add_option("--format", o->format, "table|csv|json")
        ->check(CLI::IsMember({"table", "csv", "json"}))
        ->capture_default_str();
    stages->callback([&context, o] { runStages(context, *o); });
}

void addHistoryCommands(CLI::App& app, Context& context) {
    auto code = std::make_shared<std::string>();
    auto* history = app.add_subcommand("stage-history", "Every stage change of one customer");
    history->add_option("CODE", *code, "Code of the customer")->required();
    history->callback([&context, code] { runStageHistory(context, *code); });
    auto o = std::make_shared<FlowOptions>();
    auto* flow = app.add_subcommand("stage-flow", "Stage changes between two dates, from x to");
    flow->add_option("--from", o->from, "First day, YYYY-MM-DD")->required();
    flow->add_option("--to", o->to, "Last day, YYYY-MM-DD")->required();
    flow->add_option("--format", o->format, "table|csv|json")
        ->check(CLI::IsMember({"table", "csv", "json"}))
        ->capture_default_str();
    flow->callback([&context, o] { runStageFlow(context, *o); });
}

} // namespace

void addLifecycleCommands(CLI::App& app, Context& context) {
    addRulesCommands(app, context);
    addStagesCommands(app, context);
    addHistoryCommands(app, context);
}

} // namespace crm::cli
