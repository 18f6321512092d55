// rfm (with rfm snapshot), rfm-history, rfm-migration.
#include "commands.h"
#include "context.h"
#include "output.h"

#include "crm/errors.h"
#include "crm/store/rfm_history_query.h"
#include "crm/store/rfm_report.h"

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace crm::cli {

namespace {

struct RfmOptions {
    std::string asOf, format = "table", out;
    int windowDays = 0; // 0: no window
};

struct SnapshotOptions {
    std::string from, to;
    int windowDays = 0;
};

struct HistoryOptions {
    std::string code, asOf, format = "table";
    int months = 12, windowDays = 0;
};

struct MigrationOptions {
    std::string from, to, format = "table";
    int windowDays = 0;
};

std::optional<int> windowOf(int days) { return days > 0 ? std::optional(days) : std::nullopt; }

std::string labelOf(rfm::Segment s) { return std::string(rfm::label(s)); }

// Written to FILE.tmp-PID next to FILE, renamed over FILE once complete, so a
// reader never sees half a file; the temporary is removed on failure.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target)
        : m_target(std::move(target)),
          m_temp(m_target.string() + ".tmp-" + std::to_string(::getpid())),
          m_stream(m_temp, std::ios::binary | std::ios::trunc) {
        if (!m_stream)
            throw CommandError("cannot write '" + m_temp.string() + "'");
    }
    ~AtomicFile() {
        if (!m_done)
            std::filesystem::remove(m_temp, m_ignored);
    }
    std::ostream& stream() { return m_stream; }
    void commit() {
        m_stream.close();
        if (!m_stream)
            throw CommandError("writing '" + m_temp.string() + "' failed");
        std::filesystem::rename(m_temp, m_target);
        m_done = true;
    }

private:
    std::filesystem::path m_target, m_temp;
    std::ofstream m_stream;
    std::error_code m_ignored;
    bool m_done = false;
};

void requireFormat(const std::string& format) {
    if (format != "table" && format != "csv" && format != "json")
        throw ValidationError({{"format", "'" + format + "' is not table, csv or json"}});
}

void printRfmJson(std::ostream& out, const std::vector<RfmRow>& rows, int decimals) {
    out << "[";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& s = rows[i].score;
        out << (i > 0 ? ",\n " : "\n ") << "{\"customer_id\": " << jsonString(rows[i].code)
            << ", \"recency_days\": " << s.behaviour.recencyDays
            << ", \"frequency\": " << s.behaviour.frequency
            << ", \"monetary\": " << formatMoney(s.behaviour.monetary, decimals)
            << ", \"r\": " << s.r << ", \"f\": " << s.f << ", \"m\": " << s.m
            << ", \"segment\": " << jsonString(rfm::label(s.segment)) << "}";
    }
    out << (rows.empty() ? "]\n" : "\n]\n");
}

void printRfmTable(std::ostream& out, const std::vector<RfmRow>& rows, const Currency& currency,
                   Date asOf) {
    Table table({{"code"}, {"recency days", Table::Align::Right},
                 {"frequency", Table::Align::Right},
                 {"monetary " + currency.code, Table::Align::Right}, {"R"}, {"F"}, {"M"},
                 {"segment"}, {"细分"}});
    for (const auto& row : rows) {
        const auto& s = row.score;
        table.addRow({row.code, countText(s.behaviour.recencyDays),
                      countText(s.behaviour.frequency),
                      formatMoneyGrouped(s.behaviour.monetary, currency.decimals),
                      std::to_string(s.r), std::to_string(s.f), std::to_string(s.m),
                      labelOf(s.segment), std::string(rfm::labelZh(s.segment))});
    }
    table.print(out);
    out << countText(std::ssize(rows)) << " customers scored as of " << toIso(asOf) << '\n';
}

void printRfm(std::ostream& out, const RfmOptions& o, const std::vector<RfmRow>& rows,
              const Currency& currency, Date asOf) {
    if (o.format == "csv")
        writeRfmCsv(out, rows, currency.decimals);
    else if (o.format == "json")
        printRfmJson(out, rows, currency.decimals);
    else
        printRfmTable(out, rows, currency, asOf);
}

void runRfm(const Context& context, const RfmOptions& o) {
    requireFormat(o.format);
    const Date asOf = dateOrToday(context, "as-of", o.asOf);
    const Database db = context.openDatabase();
    const auto rows = computeRfm(db, RfmRequest{asOf, windowOf(o.windowDays)});
    if (o.out.empty()) {
        printRfm(context.out(), o, rows, db.currency(), asOf);
        return;
    }
    AtomicFile file(o.out);
    printRfm(file.stream(), o, rows, db.currency(), asOf);
    file.commit();
}

std::string cutsText(const rfm::DimensionCuts& cuts, bool recency, int decimals) {
    std::string text;
    for (const auto& cut : cuts.atLeast) {
        text += text.empty() ? "" : " ";
        if (!cut)
            text += "-";
        else
            text += recency ? std::to_string(-*cut) : decimals >= 0 ? formatMoney(*cut, decimals)
                                                                    : std::to_string(*cut);
    }
    return text;
}

// A note on a terminal while month ends are being scored (can take seconds each).
SnapshotProgress terminalProgress() {
    if (!::isatty(STDERR_FILENO))
        return {};
    return [](Date date, std::size_t, std::size_t) {
        std::cerr << "\r  scoring every customer as of " << toIso(date) << "..." << std::flush;
    };
}

void runSnapshot(const Context& context, const SnapshotOptions& o) {
    const Date from = parseDateOption("from", o.from);
    const Date to = parseDateOption("to", o.to);
    if (to < from)
        throw ValidationError({{"to", "'" + o.to + "' is before --from " + o.from}});
    const Database db = context.openDatabase();
    const auto dates = rfm::monthEndsBetween(from, to);
    const auto cuts = cutpointsAt(db, dates, windowOf(o.windowDays), terminalProgress());
    if (::isatty(STDERR_FILENO) && !cuts.empty())
        std::cerr << "\r\033[K" << std::flush;
    Table table({{"month end"}, {"scored", Table::Align::Right}, {"R days (score 2..5)"},
                 {"F (score 2..5)"}, {"M " + db.currency().code + " (score 2..5)"}});
    for (const auto& [date, c] : cuts)
        table.addRow({toIso(date), countText(c.scored), cutsText(c.recency, true, -1),
                      cutsText(c.frequency, false, -1),
                      cutsText(c.monetary, false, db.currency().decimals)});
    table.print(context.out());
    context.out() << countText(std::ssize(cuts)) << " month-end snapshots kept\n";
}

std::vector<std::string> historyFields(const rfm::HistoryPoint& p, int decimals) {
    if (!p.score)
        return {toIso(p.monthEnd), "", "", "", "", "", "", "", std::to_string(p.scoredCustomers)};
    const auto& s = *p.score;
    return {toIso(p.monthEnd), std::to_string(s.behaviour.recencyDays),
            std::to_string(s.behaviour.frequency), formatMoney(s.behaviour.monetary, decimals),
            std::to_string(s.r), std::to_string(s.f), std::to_string(s.m), labelOf(s.segment),
            std::to_string(p.scoredCustomers)};
}

const std::vector<std::string>& historyNames() {
    static const std::vector<std::string> names{
        "month_end", "recency_days", "frequency", "monetary", "r", "f", "m", "segment", "scored"};
    return names;
}

void printHistoryJson(std::ostream& out, const std::string& code,
                      const std::vector<rfm::HistoryPoint>& points, int decimals) {
    out << "{\"customer_id\": " << jsonString(code) << ", \"history\": [";
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto fields = historyFields(points[i], decimals);
        out << (i > 0 ? ",\n  " : "\n  ") << "{";
        for (std::size_t f = 0; f < fields.size(); ++f) {
            const bool text = f == 0 || f == 7;
            const std::string value = fields[f].empty() ? "null"
                                      : text            ? jsonString(fields[f])
                                                        : fields[f];
            out << (f > 0 ? ", " : "") << jsonString(historyNames()[f]) << ": " << value;
        }
        out << "}";
    }
    out << "\n]}\n";
}

void printHistoryTable(std::ostream& out, const std::vector<rfm::HistoryPoint>& points,
                       const Currency& currency) {
    Table table({{"month end"}, {"recency days", Table::Align::Right},
                 {"frequency", Table::Align::Right},
                 {"monetary " + currency.code, Table::Align::Right}, {"R"}, {"F"}, {"M"},
                 {"segment"}, {"细分"}});
    for (const auto& p : points) {
        if (!p.score) {
            table.addRow({toIso(p.monthEnd), "", "", "", "", "", "", "not scored", "未评分"});
            continue;
        }
        const auto& s = *p.score;
        table.addRow({toIso(p.monthEnd), countText(s.behaviour.recencyDays),
                      countText(s.behaviour.frequency),
                      formatMoneyGrouped(s.behaviour.monetary, currency.decimals),
                      std::to_string(s.r), std::to_string(s.f), std::to_string(s.m),
                      labelOf(s.segment), std::string(rfm::labelZh(s.segment))});
    }
    table.print(out);
}

void runHistory(const Context& context, const HistoryOptions& o) {
    requireFormat(o.format);
    if (o.months < 1 || o.months > 120)
        throw ValidationError({{"months", std::to_string(o.months) + " is not in 1..120"}});
    const Date asOf = dateOrToday(context, "as-of", o.asOf);
    const Database db = context.openDatabase();
    const std::int64_t id = customerIdForCode(db, o.code);
    const auto points = customerRfmHistory(
        db, id, RfmHistoryRequest{asOf, o.months, windowOf(o.windowDays)}, terminalProgress());
    if (::isatty(STDERR_FILENO))
        std::cerr << "\r\033[K" << std::flush;
    const int decimals = db.currency().decimals;
    if (o.format == "csv") {
        writeCsvRow(context.out(), historyNames());
        for (const auto& p : points)
            writeCsvRow(context.out(), historyFields(p, decimals));
    } else if (o.format == "json") {
        printHistoryJson(context.out(), o.code, points, decimals);
    } else {
        printHistoryTable(context.out(), points, db.currency());
    }
}

std::vector<std::string> migrationLabels() {
    std::vector<std::string> labels;
    for (int s = 0; s < rfm::kSegmentCount; ++s)
        labels.push_back(labelOf(static_cast<rfm::Segment>(s)));
    labels.push_back("Not scored");
    return labels;
}

void printMigrationCsv(std::ostream& out, const rfm::MigrationMatrix& m) {
    const auto labels = migrationLabels();
    std::vector<std::string> header{"from"};
    header.insert(header.end(), labels.begin(), labels.end());
    writeCsvRow(out, header);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        std::vector<std::string> row{labels[i]};
        for (const auto count : m.counts[i])
            row.push_back(std::to_string(count));
        writeCsvRow(out, row);
    }
}

void printMigrationJson(std::ostream& out, const rfm::MigrationMatrix& m, Date from, Date to) {
    const auto labels = migrationLabels();
    out << "{\"from\": " << jsonString(toIso(from)) << ", \"to\": " << jsonString(toIso(to))
        << ",\n \"segments\": [";
    for (std::size_t i = 0; i < labels.size(); ++i)
        out << (i > 0 ? ", " : "") << jsonString(labels[i]);
    out << "],\n \"counts\": [";
    for (std::size_t i = 0; i < labels.size(); ++i) {
        out << (i > 0 ? ",\n  [" : "\n  [");
        for (std::size_t j = 0; j < labels.size(); ++j)
            out << (j > 0 ? ", " : "") << m.counts[i][j];
        out << "]";
    }
    out << "]}\n";
}

void printMigrationTable(std::ostream& out, const rfm::MigrationMatrix& m, Date from, Date to) {
    const auto labels = migrationLabels();
    std::vector<Table::Column> columns{{"from " + toIso(from) + " \\ to " + toIso(to)}};
    for (const auto& label : labels)
        columns.push_back({label, Table::Align::Right});
    Table table(columns);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        std::vector<std::string> row{labels[i]};
        for (const auto count : m.counts[i])
            row.push_back(countText(count));
        table.addRow(row);
    }
    table.print(out);
    out << countText(m.total()) << " customers scored at either date\n";
}

void runMigration(const Context& context, const MigrationOptions& o) {
    requireFormat(o.format);
    const Date from = parseDateOption("from", o.from);
    const Date to = parseDateOption("to", o.to);
    if (to < from)
        throw ValidationError({{"to", "'" + o.to + "' is before --from " + o.from}});
    const Database db = context.openDatabase();
    const auto matrix = segmentMigration(db, from, to, windowOf(o.windowDays));
    if (o.format == "csv")
        printMigrationCsv(context.out(), matrix);
    else if (o.format == "json")
        printMigrationJson(context.out(), matrix, from, to);
    else
        printMigrationTable(context.out(), matrix, from, to);
}

void addWindowOption(CLI::App* cmd, int& days) {
    cmd->add_option("--window-days", days,
                    "Only transactions in the N days up to the date (default: all)")
        ->check(CLI::Range(1, 100000));
}

void addFormatOption(CLI::App* cmd, std::string& format) {
    cmd->add_option("--format", format, "table, csv or json")->capture_default_str();
}

void addSnapshotCommand(CLI::App* rfmCommand, Context& context) {
    auto o = std::make_shared<SnapshotOptions>();
    auto* cmd = rfmCommand->add_subcommand(
        "snapshot", "Score everyone at each month end in [--from, --to] and keep the score "
                    "boundaries (used by rfm-history)");
    cmd->add_option("--from", o->from, "First date, YYYY-MM-DD")->required();
    cmd->add_option("--to", o->to, "Last date, YYYY-MM-DD")->required();
    addWindowOption(cmd, o->windowDays);
    cmd->callback([&context, o] { runSnapshot(context, *o); });
}

void addRfmCommand(CLI::App& app, Context& context) {
    auto o = std::make_shared<RfmOptions>();
    auto* cmd = app.add_subcommand("rfm", "RFM scores and segment of every customer as of a date");
    cmd->add_option("--as-of", o->asOf, "Score as of this date, YYYY-MM-DD (default today)");
    addWindowOption(cmd, o->windowDays);
    addFormatOption(cmd, o->format);
    cmd->add_option("--out", o->out, "Write to FILE (complete or not at all) instead of stdout");
    cmd->require_subcommand(0, 1);
    addSnapshotCommand(cmd, context);
    cmd->callback([&context, o, cmd] {
        if (cmd->get_subcommands().empty())
            runRfm(context, *o);
    });
}

void addHistoryCommand(CLI::App& app, Context& context) {
    auto o = std::make_shared<HistoryOptions>();
    auto* cmd = app.add_subcommand("rfm-history",
                                   "One customer's R, F, M and segment at the last month ends");
    cmd->add_option("code", o->code, "Customer code")->required();
    cmd->add_option("--as-of", o->asOf, "Month ends up to this date (default today)");
    cmd->add_option("--months", o->months, "How many month ends")->capture_default_str();
    addWindowOption(cmd, o->windowDays);
    addFormatOption(cmd, o->format);
    cmd->callback([&context, o] { runHistory(context, *o); });
}

void addMigrationCommand(CLI::App& app, Context& context) {
    auto o = std::make_shared<MigrationOptions>();
    auto* cmd = app.add_subcommand("rfm-migration",
                                   "Customers moving between RFM segments from one date to another");
    cmd->add_option("--from", o->from, "First date, YYYY-MM-DD")->required();
    cmd->add_option("--to", o->to, "Second date, YYYY-MM-DD")->required();
    addWindowOption(cmd, o->windowDays);
    addFormatOption(cmd, o->format);
    cmd->callback([&context, o] { runMigration(context, *o); });
}

} // namespace

void addRfmCommands(CLI::App& app, Context& context) {
    addRfmCommand(app, context);
    addHistoryCommand(app, context);
    addMigrationCommand(app, context);
}

} // namespace crm::cli
