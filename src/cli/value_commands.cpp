// clv fit, clv predict and pareto: customer value (docs/analytics-clv.md,
// docs/analytics.md). The domain computes; this file parses and prints.
#include "commands.h"
#include "context.h"
#include "output.h"

#include "crm/store/clv_valuation.h"
#include "crm/store/pareto_query.h"

#include <CLI/CLI.hpp>

#include <cmath>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

namespace crm::cli {

namespace {

// A JSON number with `digits` significant digits; null when not finite.
std::string number(double value, int digits = 10) {
    if (!std::isfinite(value))
        return "null";
    std::ostringstream text;
    text << std::setprecision(digits) << value;
    return text.str();
}

std::string fixed(double value, int decimals) {
    std::ostringstream text;
    text << std::fixed << std::setprecision(decimals) << value;
    return text.str();
}

// Minor units (possibly fractional) as an amount with the currency's
// decimals; empty when the model has no value (NaN: see expectedAverageSpend).
std::string amount(double minorUnits, const Currency& currency) {
    if (!std::isfinite(minorUnits))
        return "";
    return formatMoney(std::llround(minorUnits), currency.decimals);
}

// The fits' caveats (e.g. q <= 1), empty when there are none.
std::string caveats(const clv::ClvModel& m) {
    std::string text = m.purchases.status.message;
    if (!m.spend.status.message.empty())
        text += (text.empty() ? "" : "; ") + m.spend.status.message;
    return text;
}

std::string percent(double share) { return fixed(100.0 * share, 1) + "%"; }

clv::TimeUnit parseTimeUnit(const std::string& text) {
    return text == "day" ? clv::TimeUnit::Day : clv::TimeUnit::Week;
}

// ---- clv fit -------------------------------------------------------------

struct FitOptions {
    std::string asOf;
    std::string timeUnit = "week";
    std::string format = "table";
};

void printFitJson(std::ostream& out, const ClvFitResult& fit, Date asOf, const Currency& c) {
    const clv::ClvModel& m = fit.model;
    const clv::BgnbdParams& bg = m.purchases.params;
    // Gamma-Gamma in currency units: gamma scales, and the density of each
    // customer's mean spend gains ln(10^decimals).
    const double scale = std::pow(10.0, c.decimals);
    const double ggLogLikelihood =
        m.spend.logLikelihood + static_cast<double>(m.spend.repeaters) * std::log(scale);
    out << R"({"bgnbd": {"r": )" << number(bg.r) << R"(, "alpha": )" << number(bg.alpha)
        << R"(, "a": )" << number(bg.a) << R"(, "b": )" << number(bg.b)
        << R"(, "log_likelihood": )" << number(m.purchases.logLikelihood)
        << R"(}, "gamma_gamma": {"p": )" << number(m.spend.params.p) << R"(, "q": )"
        << number(m.spend.params.q) << R"(, "gamma": )" << number(m.spend.params.gamma / scale)
        << R"(, "log_likelihood": )" << number(ggLogLikelihood) << R"(}, "time_unit": )"
        << jsonString(clv::toString(m.unit)) << R"(, "customers": )" << m.customers
        << R"(, "repeaters": )" << m.repeaters << R"(, "converged": true, "message": )"
        << jsonString(caveats(m)) << R"(, "as_of": )"
        << jsonString(toIso(asOf)) << R"(, "model_id": )" << fit.modelId << "}\n";
}

void printFitTable(std::ostream& out, const ClvFitResult& fit, Date asOf, const Currency& c) {
    const clv::ClvModel& m = fit.model;
    const clv::BgnbdParams& bg = m.purchases.params;
    out << "Lifetime-value model " << fit.modelId << " fitted as of " << toIso(asOf) << " ("
        << clv::toString(m.unit) << "s), stored\n";
    out << "  customers " << countText(m.customers) << ", with repeat purchases "
        << countText(m.repeaters) << "\n";
    out << "  BG/NBD       r " << number(bg.r, 4) << "  alpha " << number(bg.alpha, 4) << "  a "
        << number(bg.a, 4) << "  b " << number(bg.b, 4) << "  log-likelihood "
        << fixed(m.purchases.logLikelihood, 2) << "\n";
    out << "  Gamma-Gamma  p " << number(m.spend.params.p, 4) << "  q "
        << number(m.spend.params.q, 4) << "  gamma "
        << number(m.spend.params.gamma / std::pow(10.0, c.decimals), 4) << " " << c.code << "\n";
    if (!caveats(m).empty())
        out << "  note: " << caveats(m) << "\n";
}

void runFit(const Context& context, const FitOptions& o) {
    const Date asOf = parseDateOption("as-of", o.asOf);
    const Database db = context.openDatabase();
    const ClvFitResult fit = fitAndStoreClvModel(db, asOf, parseTimeUnit(o.timeUnit));
    if (o.format == "json")
        printFitJson(context.out(), fit, asOf, db.currency());
    else
        printFitTable(context.out(), fit, asOf, db.currency());
}

// ---- clv predict ---------------------------------------------------------

struct PredictOptions {
    std::string asOf;
    int horizonMonths = 12;
    double discountMonthly = 0.01;
    std::string timeUnit; // empty: the stored model's, else week
    std::string format = "csv";
};

const std::vector<std::string> kPredictColumns{
    "customer_id", "p_alive", "expected_purchases", "expected_spend", "historical_value",
    "clv",         "potential_value", "historical_margin"};

std::vector<std::string> predictionCells(const CustomerPrediction& p, const Currency& c) {
    return {p.code,
            fixed(p.value.probabilityAlive, 6),
            fixed(p.value.expectedPurchases, 4),
            amount(p.value.expectedSpend, c),
            formatMoney(p.historicalValue, c.decimals),
            amount(p.value.lifetimeValue, c),
            p.potentialValue ? amount(*p.potentialValue, c) : "",
            p.historicalMargin ? formatMoney(*p.historicalMargin, c.decimals) : ""};
}

std::string modelSource(const ClvPrediction& p, Date asOf) {
    const std::string model = "lifetime-value model " + std::to_string(p.modelId) + " as of " +
                              toIso(asOf) + " (" + std::string(clv::toString(p.model.unit)) +
                              "s)";
    if (!p.fittedNow)
        return "using the stored " + model;
    return std::string(p.storedWasStale ? "the stored model no longer matches the data; "
                                        : "no model stored for this date; ") +
           "fitted and stored " + model;
}

void printPredictJson(std::ostream& out, const ClvPrediction& p, const PredictOptions& o,
                      const Currency& c) {
    out << R"({"model": {"id": )" << p.modelId << R"(, "source": )"
        << jsonString(p.fittedNow ? "fitted" : "stored") << R"(, "time_unit": )"
        << jsonString(clv::toString(p.model.unit)) << R"(}, "as_of": )" << jsonString(o.asOf)
        << R"(, "horizon_months": )" << o.horizonMonths << R"(, "discount_monthly": )"
        << number(o.discountMonthly) << R"(, "customers": [)";
    for (std::size_t i = 0; i < p.customers.size(); ++i) {
        const auto cells = predictionCells(p.customers[i], c);
        out << (i ? ",\n  {" : "\n  {") << R"("customer_id": )" << jsonString(cells[0]);
        for (std::size_t k = 1; k < cells.size(); ++k)
            out << ", " << jsonString(kPredictColumns[k]) << ": "
                << (cells[k].empty() ? "null" : cells[k]);
        out << "}";
    }
    out << "\n]}\n";
}

void printPredictTable(std::ostream& out, const ClvPrediction& p, const Currency& c) {
    std::vector<Table::Column> columns;
    for (const std::string& title : kPredictColumns)
        columns.push_back({title, title == "customer_id" ? Table::Align::Left : Table::Align::Right});
    Table table(std::move(columns));
    for (const CustomerPrediction& row : p.customers)
        table.addRow(predictionCells(row, c));
    table.print(out);
}

void runPredict(const Context& context, const PredictOptions& o) {
    ClvPredictionRequest request;
    request.asOf = parseDateOption("as-of", o.asOf);
    request.options.horizonMonths = o.horizonMonths;
    request.options.monthlyDiscountRate = o.discountMonthly;
    if (!o.timeUnit.empty())
        request.unit = parseTimeUnit(o.timeUnit);
    const Database db = context.openDatabase();
    const ClvPrediction prediction = predictClv(db, request);
    const std::string source = modelSource(prediction, request.asOf);
    std::ostream& out = context.out();
    if (o.format == "json") {
        printPredictJson(out, prediction, o, db.currency());
    } else if (o.format == "table") {
        out << source << ", horizon " << o.horizonMonths << " months, discount "
            << number(100 * o.discountMonthly) << "% a month; money in " << db.currency().code
            << "\n";
        printPredictTable(out, prediction, db.currency());
    } else {
        std::cerr << "note: " << source << '\n'; // stdout stays pure CSV
        writeCsvRow(out, kPredictColumns);
        for (const CustomerPrediction& row : prediction.customers)
            writeCsvRow(out, predictionCells(row, db.currency()));
    }
}

// ---- pareto --------------------------------------------------------------

struct ParetoOptions {
    std::string asOf;
    std::string format = "table";
};

std::string optionalNumber(const std::optional<double>& value) {
    return value ? number(*value, 6) : "null";
}

void printConcentrationJson(std::ostream& out, const pareto::Concentration& k,
                            const Currency& c) {
    out << R"({"customers": )" << k.customers << R"(, "total": )"
        << formatMoney(k.total, c.decimals) << R"(, "customers_for_80": )"
        << (k.customersFor80 ? std::to_string(*k.customersFor80) : "null")
        << R"(, "share_for_80": )" << optionalNumber(k.shareFor80) << R"(, "gini": )"
        << optionalNumber(k.gini) << "}";
}

void printWhaleJson(std::ostream& out, const pareto::WhaleCurve& w, const Currency& c) {
    const auto money = [&](Money m) { return formatMoney(m, c.decimals); };
    out << R"({"customers": )" << w.customers << R"(, "total_profit": )" << money(w.totalProfit)
        << R"(, "peak_profit": )" << money(w.peakProfit) << R"(, "customers_at_peak": )"
        << w.customersAtPeak << R"(, "top20_profit": )" << money(w.top20Profit)
        << R"(, "bottom30_profit": )" << money(w.bottom30Profit) << R"(, "curve": [)";
    for (std::size_t i = 0; i < w.curve.size(); ++i)
        out << (i ? ", " : "") << R"({"customers": )" << number(w.curve[i].customerShare, 6)
            << R"(, "profit": )" << amount(w.curve[i].profit, c) << "}";
    out << "]}";
}

void printParetoJson(std::ostream& out, const ParetoReport& r, Date asOf, const Currency& c) {
    out << R"({"as_of": )" << jsonString(toIso(asOf)) << R"(, "revenue": )";
    printConcentrationJson(out, r.revenue, c);
    out << R"(, "curve": [)";
    for (std::size_t i = 0; i < r.revenueCurve.size(); ++i)
        out << (i ? ", " : "") << R"({"customers": )" << number(r.revenueCurve[i].customerShare, 6)
            << R"(, "revenue": )" << number(r.revenueCurve[i].valueShare, 6) << "}";
    out << R"(], "tiers": [)";
    for (std::size_t i = 0; i < r.tiers.size(); ++i)
        out << (i ? ", " : "") << R"({"tier": ")" << r.tiers[i].name << R"(", "customers": )"
            << r.tiers[i].customers << R"(, "revenue": )"
            << formatMoney(r.tiers[i].revenue, c.decimals) << "}";
    out << R"(], "margin": )";
    r.margin ? printConcentrationJson(out, *r.margin, c) : void(out << "null");
    out << R"(, "whale": )";
    r.whale ? printWhaleJson(out, *r.whale, c) : void(out << "null");
    out << "}\n";
}

std::string eightyTwenty(const pareto::Concentration& k, const std::string& what) {
    if (!k.shareFor80)
        return "no positive total " + what;
    return countText(*k.customersFor80) + " customers (" + percent(*k.shareFor80) +
           ") bring 80% of " + what + "; Gini " + (k.gini ? fixed(*k.gini, 3) : "-");
}

void printRevenueTable(std::ostream& out, const ParetoReport& r, const Currency& c) {
    out << "  " << eightyTwenty(r.revenue, "revenue") << "\n\n";
    Table curve({{"top customers", Table::Align::Right}, {"share of revenue", Table::Align::Right}});
    for (const pareto::CurvePoint& point : r.revenueCurve)
        curve.addRow({percent(point.customerShare), percent(point.valueShare)});
    curve.print(out, 2);
    out << "\n";
    Table tiers({{"tier"}, {"customers", Table::Align::Right}, {"revenue", Table::Align::Right}});
    for (const pareto::Tier& tier : r.tiers)
        tiers.addRow({std::string(1, tier.name), countText(tier.customers),
                      moneyText(tier.revenue, c)});
    tiers.print(out, 2);
}

void printWhaleTable(std::ostream& out, const ParetoReport& r, const Currency& c) {
    const pareto::WhaleCurve& w = *r.whale;
    out << "\nProfit (margin) of the " << countText(w.customers)
        << " customers with recorded costs: " << moneyText(w.totalProfit, c) << "\n  "
        << eightyTwenty(*r.margin, "profit") << "\n  most profitable 20%: "
        << moneyText(w.top20Profit, c) << "; peak " << moneyText(w.peakProfit, c) << " at the top "
        << countText(w.customersAtPeak) << " customers; least profitable 30% "
        << (w.bottom30Profit < 0 ? "take away " : "add ")
        << moneyText(w.bottom30Profit < 0 ? -w.bottom30Profit : w.bottom30Profit, c) << "\n";
    Table curve({{"top customers", Table::Align::Right}, {"cumulative profit", Table::Align::Right}});
    for (const pareto::ProfitPoint& point : w.curve)
        curve.addRow({percent(point.customerShare), moneyText(std::llround(point.profit), c)});
    curve.print(out, 2);
}

void runPareto(const Context& context, const ParetoOptions& o) {
    const Date asOf = parseDateOption("as-of", o.asOf);
    const Database db = context.openDatabase();
    const ParetoReport report = computePareto(db, asOf);
    std::ostream& out = context.out();
    if (o.format == "json")
        return printParetoJson(out, report, asOf, db.currency());
    if (report.revenue.customers == 0) {
        out << "80/20 as of " << toIso(asOf) << ": no customers with transactions\n";
        return;
    }
    out << "80/20 as of " << toIso(asOf) << ": " << countText(report.revenue.customers)
        << " customers with transactions, net revenue " << moneyText(report.revenue.total, db.currency())
        << "\n";
    printRevenueTable(out, report, db.currency());
    if (report.whale)
        printWhaleTable(out, report, db.currency());
}

// ---- registration --------------------------------------------------------

void addFit(CLI::App& clv, Context& context) {
    auto o = std::make_shared<FitOptions>();
    auto* cmd = clv.add_subcommand("fit", "Fit the BG/NBD and Gamma-Gamma models on the "
                                          "purchases up to a date and store the fit");
    cmd->add_option("--as-of", o->asOf, "Fit on transactions dated on or before (YYYY-MM-DD)")
        ->required();
    cmd->add_option("--time-unit", o->timeUnit, "day or week")
        ->check(CLI::IsMember({"day", "week"}))
        ->capture_default_str();
    cmd->add_option("--format", o->format, "table or json")
        ->check(CLI::IsMember({"table", "json"}))
        ->capture_default_str();
    cmd->callback([&context, o] { runFit(context, *o); });
}

void addPredict(CLI::App& clv, Context& context) {
    auto o = std::make_shared<PredictOptions>();
    auto* cmd = clv.add_subcommand("predict", "P(alive), expected purchases and spend, "
                                              "historical, lifetime and potential value");
    cmd->add_option("--as-of", o->asOf, "The date of the model (YYYY-MM-DD)")->required();
    cmd->add_option("--horizon-months", o->horizonMonths, "Months ahead")
        ->check(CLI::Range(1, 1200))
        ->capture_default_str();
    cmd->add_option("--discount-monthly", o->discountMonthly, "Monthly discount rate")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    cmd->add_option("--time-unit", o->timeUnit, "day or week (default: the stored model's)")
        ->check(CLI::IsMember({"day", "week"}));
    cmd->add_option("--format", o->format, "csv, table or json")
        ->check(CLI::IsMember({"csv", "table", "json"}))
        ->capture_default_str();
    cmd->callback([&context, o] { runPredict(context, *o); });
}

void addPareto(CLI::App& app, Context& context) {
    auto o = std::make_shared<ParetoOptions>();
    auto* cmd = app.add_subcommand("pareto", "80/20: concentration of revenue, Gini, ABC tiers, "
                                             "profit whale curve");
    cmd->add_option("--as-of", o->asOf, "Count transactions dated on or before (YYYY-MM-DD)")
        ->required();
    cmd->add_option("--format", o->format, "table or json")
        ->check(CLI::IsMember({"table", "json"}))
        ->capture_default_str();
    cmd->callback([&context, o] { runPareto(context, *o); });
}

} // namespace

void addValueCommands(CLI::App& app, Context& context) {
    auto* clv = app.add_subcommand("clv", "Customer lifetime value (BG/NBD + Gamma-Gamma)");
    clv->require_subcommand(1);
    addFit(*clv, context);
    addPredict(*clv, context);
    addPareto(app, context);
}

} // namespace crm::cli
