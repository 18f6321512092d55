#include "dashboard/rfm_panel.h"

#include "dashboard/dashboard_style.h"
#include "dashboard/heat_grid.h"
#include "list/domain_text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace crm::ui {

namespace style = dashboard_style;

namespace {

double average(Money sum, std::int64_t count) {
    return count == 0 ? 0.0 : static_cast<double>(sum) / static_cast<double>(count);
}

QStringList scoreLabels(bool descending) {
    QStringList labels;
    for (int i = 1; i <= 5; ++i)
        labels << QString::number(descending ? 6 - i : i);
    return labels;
}

} // namespace

RfmPanel::RfmPanel(QWidget* parent)
    : DashboardPanel(parent), m_grid(new HeatGrid(this)), m_legend(new QLabel(this)),
      m_segments(makeTable({tr("Segment"), tr("Customers"), tr("Share"), tr("Monetary")}, this)) {
    setTitle(tr("RFM: recency score by frequency score"));
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    left->addWidget(m_grid, 1);
    left->addWidget(m_legend);
    layout->addLayout(left, 3);
    layout->addWidget(m_segments, 0, Qt::AlignTop);
    m_segments->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_grid->setHeaders(scoreLabels(true), scoreLabels(false));
    m_grid->setAxisTitles(tr("R score (5 = bought most recently)"), tr("F score (5 = buys most often)"));
    m_grid->setCellHeight(fontMetrics().height() * 3);
    m_legend->setWordWrap(true);
    connect(m_grid, &HeatGrid::cellClicked, this, &RfmPanel::cellClicked);
    connect(m_segments, &QTableWidget::cellClicked, this, [this](int row, int) {
        const QVariant segment = m_segments->item(row, 0)->data(Qt::UserRole);
        if (segment.isValid())
            emit figureClicked({dashboard::Figure::Kind::Segment, segment.toInt(), 0, {}},
                               tr("RFM segment %1").arg(segmentName(static_cast<rfm::Segment>(segment.toInt()))));
    });
}

void RfmPanel::showData(const dashboard::DashboardData& dash) {
    fillGrid(dash);
    fillSegments(dash);
}

void RfmPanel::fillGrid(const dashboard::DashboardData& dash) {
    const Currency currency = currencyOf(dash);
    double low = INFINITY, high = 0.0;
    for (const auto& row : dash.rfm.cells)
        for (const auto& cell : row)
            if (cell.customers > 0) {
                low = std::min(low, average(cell.monetary, cell.customers));
                high = std::max(high, average(cell.monetary, cell.customers));
            }
    std::vector<HeatGrid::Cell> cells;
    for (int row = 0; row < 5; ++row)
        for (int f = 1; f <= 5; ++f) {
            const int r = scoreOfRow(row);
            const dashboard::RfmCell& c = dash.rfm.cells[static_cast<std::size_t>(r - 1)][static_cast<std::size_t>(f - 1)];
            const double avg = average(c.monetary, c.customers);
            HeatGrid::Cell cell;
            cell.text = style::countText(c.customers);
            cell.detail = segmentName(rfm::segmentFor(r, f));
            cell.color = c.customers == 0 ? QColor(0xF4, 0xF4, 0xF4)
                                          : style::heatColor(high > low ? 0.15 + 0.85 * (avg - low) / (high - low) : 0.5);
            cell.clickable = c.customers > 0;
            cell.toolTip = tr("R %1, F %2 (%3): %4 customers, average monetary %5")
                               .arg(r).arg(f).arg(cell.detail, style::countText(c.customers), style::fullMoney(avg, currency));
            cells.push_back(cell);
        }
    m_grid->setCells(std::move(cells));
    m_legend->setText(high > 0 ? tr("Colour: average monetary value per customer, light %1 to dark %2. Click a cell for its customers.")
                                     .arg(style::compactMoney(low, currency), style::compactMoney(high, currency))
                               : tr("No customer with a purchase by the date."));
}

void RfmPanel::fillSegments(const dashboard::DashboardData& dash) {
    const Currency currency = currencyOf(dash);
    std::vector<dashboard::SegmentRow> rows(dash.rfm.segments.begin(), dash.rfm.segments.end());
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.monetary > b.monetary; });
    setTableRowCount(m_segments, static_cast<int>(rows.size()));
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const auto& row = rows[static_cast<std::size_t>(i)];
        auto* name = tableItem(segmentName(row.segment));
        name->setData(Qt::UserRole, static_cast<int>(row.segment));
        m_segments->setItem(i, 0, name);
        m_segments->setItem(i, 1, tableItem(style::countText(row.customers), true));
        m_segments->setItem(i, 2, tableItem(style::percentText(dash.rfm.scored ? static_cast<double>(row.customers) / static_cast<double>(dash.rfm.scored) : NAN), true));
        auto* monetary = tableItem(style::compactMoney(static_cast<double>(row.monetary), currency), true);
        monetary->setToolTip(tr("%1 in all, %2 per customer")
                                 .arg(style::fullMoney(static_cast<double>(row.monetary), currency),
                                      style::fullMoney(average(row.monetary, row.customers), currency)));
        m_segments->setItem(i, 3, monetary);
    }
}

void RfmPanel::cellClicked(int row, int column) {
    const int r = scoreOfRow(row), f = column + 1;
    emit figureClicked({dashboard::Figure::Kind::RfmCell, r, f, {}},
                       tr("RFM cell R %1, F %2 (%3)").arg(r).arg(f).arg(segmentName(rfm::segmentFor(r, f))));
}

} // namespace crm::ui
