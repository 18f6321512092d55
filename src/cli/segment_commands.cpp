// clusters and at-risk: behaviour groups and early warning (docs/analytics.md).
// The domain computes; this file parses and prints.
#include "commands.h"
#include "context.h"
#include "output.h"

#include "crm/store/at_risk_query.h"
#include "crm/store/cluster_features.h"

#include <CLI/CLI.hpp>

#include <cmath>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

namespace crm::cli {

namespace {

std::string fixed(double value, int decimals) {
    if (!std::isfinite(value))
        return "null";
    std::ostringstream text;
    text << std::fixed << std::setprecision(decimals) << value;
    return text.str();
}

std::string percent(double share) { return fixed(100.0 * share, 1) + "%"; }

std::string money(double minorUnits, const Currency& c) {
    return formatMoney(std::llround(minorUnits), c.decimals);
}

// ---- clusters ------------------------------------------------------------

struct ClusterOptions {
    std::string asOf, format = "table";
    int k = 0; // 0: chosen by the silhouette
};

std::string marginText(const std::optional<double>& rate) {
    return rate ? percent(*rate) : "";
}

std::vector<std::string> groupCells(const clusters::GroupProfile& g, const Currency& c) {
    return {std::to_string(g.group),  g.name,
            countText(g.customers),   percent(g.share),
            fixed(g.meanRecencyDays, 0), fixed(g.meanFrequency, 1),
            money(g.meanMonetary, c), percent(g.revenueShare),
            marginText(g.marginRate)};
}

std::string heading(const ClusterReport& r, Date asOf) {
    const clusters::Grouping& g = r.grouping;
    return "Behaviour groups as of " + toIso(asOf) + ": " + countText(std::ssize(r.customers)) +
           " customers with purchases, " + std::to_string(g.k) + " groups (" +
           (g.chosenBySilhouette ? "k chosen by the silhouette" : "k given") +
           "; mean silhouette " + fixed(g.silhouette, 3) + " on a sample)";
}

void printClusterTable(std::ostream& out, const ClusterReport& r, Date asOf, const Currency& c) {
    if (r.customers.empty()) {
        out << "Behaviour groups as of " << toIso(asOf) << ": no customers with purchases\n";
        return;
    }
    out << heading(r, asOf) << "\n";
    const auto right = Table::Align::Right;
    Table table({{"group", right}, {"name", Table::Align::Left, 48}, {"customers", right},
                 {"share", right}, {"recency days", right}, {"frequency", right},
                 {"monetary " + c.code, right}, {"revenue share", right}, {"margin rate", right}});
    for (const clusters::GroupProfile& g : r.grouping.groups)
        table.addRow(groupCells(g, c));
    table.print(out);
    if (!r.grouping.chosenBySilhouette)
        return;
    out << "silhouette by k:";
    for (std::size_t i = 0; i < r.grouping.silhouettes.size(); ++i)
        out << "  " << i + 2 << ": "
            << (std::isfinite(r.grouping.silhouettes[i]) ? fixed(r.grouping.silhouettes[i], 3)
                                                         : "-"); // more groups than customers
    out << "\n";
}

void printGroupJson(std::ostream& out, const clusters::GroupProfile& g, const Currency& c) {
    out << R"({"group": )" << g.group << R"(, "name": )" << jsonString(g.name)
        << R"(, "customers": )" << g.customers << R"(, "share": )" << fixed(g.share, 6)
        << R"(, "mean_recency_days": )" << fixed(g.meanRecencyDays, 2)
        << R"(, "mean_frequency": )" << fixed(g.meanFrequency, 4) << R"(, "mean_monetary": )"
        << money(g.meanMonetary, c) << R"(, "revenue_share": )" << fixed(g.revenueShare, 6)
        << R"(, "margin_rate": )" << (g.marginRate ? fixed(*g.marginRate, 6) : "null")
        << R"(, "centroid": [)";
    for (std::size_t i = 0; i < g.centroid.size(); ++i)
        out << (i ? ", " : "") << fixed(g.centroid[i], 6);
    out << "]}";
}

void printClusterJson(std::ostream& out, const ClusterReport& r, Date asOf, const Currency& c) {
    const clusters::Grouping& g = r.grouping;
    out << R"({"as_of": )" << jsonString(toIso(asOf)) << R"(, "customers": )"
        << r.customers.size() << R"(, "k": )" << g.k << R"(, "k_chosen_by": )"
        << jsonString(g.chosenBySilhouette ? "silhouette" : "user") << R"(, "silhouette": )"
        << fixed(g.silhouette, 6) << R"(, "silhouette_by_k": {)";
    for (std::size_t i = 0; i < g.silhouettes.size(); ++i)
        out << (i ? ", " : "") << '"' << i + 2 << R"(": )" << fixed(g.silhouettes[i], 6);
    out << R"(}, "iterations": )" << g.iterations << R"(, "converged": )"
        << (g.converged ? "true" : "false") << R"(, "groups": [)";
    for (std::size_t i = 0; i < g.groups.size(); ++i) {
        out << (i ? ",\n  " : "\n  ");
        printGroupJson(out, g.groups[i], c);
    }
    out << "\n]}\n";
}

void printClusterCsv(std::ostream& out, const ClusterReport& r) {
    writeCsvRow(out, {"customer_id", "group", "group_name"});
    const auto& groups = r.grouping.groups;
    for (std::size_t i = 0; i < r.customers.size(); ++i) {
        const int group = r.grouping.groupOf[i];
        writeCsvRow(out, {r.customers[i].code, std::to_string(group),
                          groups[static_cast<std::size_t>(group - 1)].name});
    }
}

void runClusters(const Context& context, const ClusterOptions& o) {
    const Date asOf = parseDateOption("as-of", o.asOf);
    clusters::GroupingOptions options;
    if (o.k > 0)
        options.k = o.k;
    const Database db = context.openDatabase();
    const ClusterReport report = computeClusters(db, asOf, options);
    std::ostream& out = context.out();
    if (o.format == "json")
        printClusterJson(out, report, asOf, db.currency());
    else if (o.format == "csv")
        printClusterCsv(out, report);
    else
        printClusterTable(out, report, asOf, db.currency());
}


// ---- at-risk -------------------------------------------------------------

struct AtRiskOptions {
    std::string asOf, owner, format = "table";
    int limit = 50; // 0: all
};

std::string basisText(ValueBasis basis) {
    return basis == ValueBasis::Clv ? "clv" : "yearly_revenue";
}

std::string valueSource(const AtRiskReport& r, Date asOf) {
    if (r.modelId)
        return "value at stake: 12-month CLV from the stored lifetime-value model " +
               std::to_string(*r.modelId) + " as of " + toIso(asOf) +
               " (average yearly net revenue where the CLV does not exist)";
    return "value at stake: average yearly net revenue (no lifetime-value model stored for " +
           toIso(asOf) + "; `crm clv fit --as-of " + toIso(asOf) + "` stores one)";
}

std::string stageSource(const AtRiskReport& r, Date asOf) {
    if (!r.timelineAsOf)
        return "stages: the stored stage changes (no full lifecycle replay recorded)";
    if (*r.timelineAsOf < asOf)
        return "stages: lifecycle timeline as of " + toIso(*r.timelineAsOf) +
               ", before " + toIso(asOf) + " (`crm lifecycle-replay --as-of " + toIso(asOf) +
               "` brings it up to date)";
    return "stages: lifecycle timeline as of " + toIso(*r.timelineAsOf);
}

std::vector<std::string> riskCells(const AtRiskRow& row, const Currency& c) {
    return {row.code, row.name, row.owner, money(row.valueAtStake, c), basisText(row.basis),
            fixed(row.risk, 3), money(row.score, c), row.reason};
}

const std::vector<std::string> kRiskColumns{"customer_id", "name",  "owner", "value_at_stake",
                                            "value_basis", "risk", "score", "reason"};

void printRiskTable(std::ostream& out, const AtRiskReport& r, const AtRiskOptions& o,
                    Date asOf, const Currency& c) {
    out << "Customers at risk as of " << toIso(asOf)
        << (o.owner.empty() ? "" : " (owner " + o.owner + ")") << ": "
        << countText(r.customersAtRisk) << " of " << countText(r.customersAssessed)
        << " customers with purchases show warning signs; ranked by value at stake x risk\n"
        << "  " << valueSource(r, asOf) << "\n  R score compared with " << toIso(r.rBeforeDate)
        << "; " << stageSource(r, asOf) << "\n";
    const auto right = Table::Align::Right;
    Table table({{"#", right}, {"customer_id"}, {"name", Table::Align::Left, 24}, {"owner"},
                 {"value at stake", right}, {"risk", right}, {"score", right},
                 {"reason", Table::Align::Left, 160}});
    for (std::size_t i = 0; i < r.rows.size(); ++i) {
        const AtRiskRow& row = r.rows[i];
        table.addRow({std::to_string(i + 1), row.code, row.name, row.owner,
                      money(row.valueAtStake, c) + (row.basis == ValueBasis::Clv ? " clv" : " yr"),
                      fixed(row.risk, 2), money(row.score, c), row.reason});
    }
    table.print(out);
}

std::string optionalInt(const std::optional<int>& v) { return v ? std::to_string(*v) : "null"; }

void printRiskRowJson(std::ostream& out, const AtRiskRow& row, const Currency& c) {
    const risk::Signals& s = row.warningSigns;
    const auto cells = riskCells(row, c);
    out << "{";
    for (std::size_t k = 0; k < cells.size(); ++k) {
        const bool number = k == 3 || k == 5 || k == 6;
        out << (k ? ", " : "") << jsonString(kRiskColumns[k]) << ": "
            << (number ? cells[k] : jsonString(cells[k]));
    }
    out << R"(, "days_silent": )" << s.daysSilent << R"(, "usual_gap_days": )"
        << (s.usualGapDays ? fixed(*s.usualGapDays, 1) : "null") << R"(, "r_now": )"
        << optionalInt(s.rNow) << R"(, "r_before": )" << optionalInt(s.rBefore)
        << R"(, "decline_stage": )" << (s.declining ? "true" : "false") << R"(, "p_alive": )"
        << (s.pAlive ? fixed(*s.pAlive, 6) : "null") << "}";
}

void printRiskJson(std::ostream& out, const AtRiskReport& r, const AtRiskOptions& o, Date asOf,
                   const Currency& c) {
    out << R"({"as_of": )" << jsonString(toIso(asOf)) << R"(, "owner": )"
        << (o.owner.empty() ? "null" : jsonString(o.owner)) << R"(, "model_id": )"
        << (r.modelId ? std::to_string(*r.modelId) : "null") << R"(, "r_compared_with": )"
        << jsonString(toIso(r.rBeforeDate)) << R"(, "lifecycle_timeline_as_of": )"
        << (r.timelineAsOf ? jsonString(toIso(*r.timelineAsOf)) : "null")
        << R"(, "customers_assessed": )" << r.customersAssessed << R"(, "customers_at_risk": )"
        << r.customersAtRisk << R"(, "customers": [)";
    for (std::size_t i = 0; i < r.rows.size(); ++i) {
        out << (i ? ",\n  " : "\n  ");
        printRiskRowJson(out, r.rows[i], c);
    }
    out << "\n]}\n";
}

void runAtRisk(const Context& context, const AtRiskOptions& o) {
    AtRiskRequest request;
    request.asOf = parseDateOption("as-of", o.asOf);
    if (!o.owner.empty())
        request.owner = o.owner;
    request.limit = static_cast<std::size_t>(o.limit);
    const Database db = context.openDatabase();
    const AtRiskReport report = computeAtRisk(db, request);
    std::ostream& out = context.out();
    if (o.format == "json")
        return printRiskJson(out, report, o, request.asOf, db.currency());
    if (o.format == "table")
        return printRiskTable(out, report, o, request.asOf, db.currency());
    std::cerr << "note: " << valueSource(report, request.asOf) << '\n'; // stdout stays pure CSV
    writeCsvRow(out, kRiskColumns);
    for (const AtRiskRow& row : report.rows)
        writeCsvRow(out, riskCells(row, db.currency()));
}

void addAtRisk(CLI::App& app, Context& context) {
    auto o = std::make_shared<AtRiskOptions>();
    auto* cmd = app.add_subcommand("at-risk", "Customers ranked by value at stake x risk of "
                                              "leaving, with the reason");
    cmd->add_option("--as-of", o->asOf, "Assess as of this date (YYYY-MM-DD)")->required();
    cmd->add_option("--owner", o->owner, "Only this owner's customers (case-insensitive)");
    cmd->add_option("--limit", o->limit, "Rows to print (0: all)")
        ->check(CLI::Range(0, 100'000'000))
        ->capture_default_str();
    cmd->add_option("--format", o->format, "table, csv or json")
        ->check(CLI::IsMember({"table", "csv", "json"}))
        ->capture_default_str();
    cmd->callback([&context, o] { runAtRisk(context, *o); });
}

} // namespace

void addSegmentCommands(CLI::App& app, Context& context) {
    auto o = std::make_shared<ClusterOptions>();
    auto* cmd = app.add_subcommand("clusters", "Behaviour groups: k-means over log recency, "
                                               "frequency, monetary and margin rate");
    cmd->add_option("--as-of", o->asOf, "Behaviour as of this date (YYYY-MM-DD)")->required();
    cmd->add_option("--k", o->k, "Number of groups (default: best silhouette for 2..8)")
        ->check(CLI::Range(1, 50));
    cmd->add_option("--format", o->format, "table, json or csv")
        ->check(CLI::IsMember({"table", "json", "csv"}))
        ->capture_default_str();
    cmd->callback([&context, o] { runClusters(context, *o); });
    addAtRisk(app, context);
}

} // namespace crm::cli
