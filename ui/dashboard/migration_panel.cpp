#include "dashboard/migration_panel.h"

#include "dashboard/dashboard_style.h"
#include "dashboard/heat_grid.h"
#include "list/domain_text.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace crm::ui {

namespace style = dashboard_style;

namespace {

std::int64_t countAt(const rfm::MigrationMatrix& m, int from, int to) {
    return m.counts[static_cast<std::size_t>(from)][static_cast<std::size_t>(to)];
}

QStringList headers() {
    QStringList list;
    for (int i = 0; i < rfm::kMigrationSize; ++i)
        list << MigrationPanel::headerOf(i);
    return list;
}

} // namespace

MigrationPanel::MigrationPanel(QWidget* parent)
    : DashboardPanel(parent), m_grid(new HeatGrid(this)), m_summary(new QLabel(this)) {
    setTitle(tr("RFM segment migration: segment at the period's start by segment on the date"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_grid);
    layout->addWidget(m_summary);
    m_grid->setHeaders(headers(), headers());
    m_grid->setColumnHeadersVertical(true);
    m_grid->setAxisTitles(tr("Segment at the start"), tr("Segment on the date"));
    m_grid->setCellHeight(fontMetrics().height() + 10);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("migrationSummary"));
    connect(m_grid, &HeatGrid::cellClicked, this, &MigrationPanel::cellClicked);
}

QString MigrationPanel::headerOf(int index) {
    return index == rfm::kNotScored ? tr("No purchase yet") : segmentName(static_cast<rfm::Segment>(index));
}

void MigrationPanel::showData(const dashboard::DashboardData& dash) {
    m_dates = tr("%1 to %2").arg(dateText(dash.migration.from), dateText(dash.migration.to));
    fillGrid(dash);
    fillSummary(dash);
}

void MigrationPanel::fillGrid(const dashboard::DashboardData& dash) {
    const rfm::MigrationMatrix& m = dash.migration.matrix;
    std::int64_t max = 1;
    for (int f = 0; f < rfm::kMigrationSize; ++f)
        for (int t = 0; t < rfm::kMigrationSize; ++t)
            if (f != t)
                max = std::max(max, countAt(m, f, t));
    std::vector<HeatGrid::Cell> cells;
    for (int f = 0; f < rfm::kMigrationSize; ++f)
        for (int t = 0; t < rfm::kMigrationSize; ++t) {
            const std::int64_t n = countAt(m, f, t);
            HeatGrid::Cell cell;
            cell.text = n == 0 ? QStringLiteral("·") : style::countText(n);
            cell.color = f == t   ? QColor(0xE8, 0xE8, 0xE8) // stayed
                         : n == 0 ? QColor(Qt::white)
                                  : style::heatColor(0.1 + 0.9 * static_cast<double>(n) / static_cast<double>(max));
            cell.clickable = n > 0;
            cell.toolTip = tr("%1 → %2: %3 customers (%4)")
                               .arg(headerOf(f), headerOf(t), style::countText(n), m_dates);
            cells.push_back(cell);
        }
    m_grid->setCells(std::move(cells));
}

void MigrationPanel::fillSummary(const dashboard::DashboardData& dash) {
    if (!dash.riskAssessed) {
        m_summary->setText(tr("Scoring every customer on %1…").arg(dateText(dash.migration.from)));
        return;
    }
    const rfm::MigrationMatrix& m = dash.migration.matrix;
    std::vector<std::tuple<std::int64_t, int, int>> moves; // largest first
    for (int f = 0; f < rfm::kMigrationSize; ++f)
        for (int t = 0; t < rfm::kMigrationSize; ++t)
            if (f != t && f != rfm::kNotScored && countAt(m, f, t) > 0)
                moves.emplace_back(countAt(m, f, t), f, t);
    std::sort(moves.begin(), moves.end(), [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
    QStringList largest;
    for (std::size_t i = 0; i < std::min<std::size_t>(3, moves.size()); ++i) {
        const auto& [n, f, t] = moves[i];
        largest << tr("%1 → %2: %3").arg(headerOf(f), headerOf(t), style::countText(n));
    }
    std::int64_t arrived = 0;
    for (int t = 0; t < rfm::kSegmentCount; ++t)
        arrived += countAt(m, rfm::kNotScored, t);
    QString text = tr("From %1: %2 of %3 customers changed segment, %4 of them first buyers.")
                       .arg(m_dates, style::countText(dash.migration.moved), style::countText(m.total()),
                            style::countText(arrived));
    if (!largest.isEmpty())
        text += QLatin1Char(' ') + tr("Largest moves: %1.").arg(largest.join(QStringLiteral("; ")));
    m_summary->setText(text + QLatin1Char(' ') + tr("Click a cell for its customers."));
}

void MigrationPanel::cellClicked(int from, int to) {
    emit figureClicked({dashboard::Figure::Kind::Migration, from, to, {}},
                       tr("RFM segment %1 → %2, %3").arg(headerOf(from), headerOf(to), m_dates));
}

} // namespace crm::ui
