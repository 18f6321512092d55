#include "dashboard/lifecycle_panels.h"

#include "dashboard/dashboard_style.h"
#include "dashboard/heat_grid.h"
#include "list/domain_text.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace crm::ui {

namespace style = dashboard_style;

namespace {

QStringList stageNames() {
    QStringList names;
    for (int s = 0; s < kStageCount; ++s)
        names << stageName(static_cast<Stage>(s));
    return names;
}

double shareOf(Money part, Money whole) {
    return whole == 0 ? std::nan("") : static_cast<double>(part) / static_cast<double>(whole);
}

// A value axis from 0 with whole-number ticks and a title.
QValueAxis* countAxis(const QString& title, double max) {
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(1.0, max * 1.1));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    axis->setTitleText(title);
    return axis;
}

void replaceAxes(QChart* chart, QAbstractAxis* x, QAbstractAxis* y) {
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis); // the chart lets go of it: ours to delete
        delete axis;
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace

LifecyclePanel::LifecyclePanel(QWidget* parent)
    : DashboardPanel(parent), m_chart(new QChart),
      m_table(makeTable({tr("Stage"), tr("Customers"), tr("Net revenue"), tr("Share of revenue"),
                         tr("Profit (margin)"), tr("Share of profit")},
                        this)) {
    setTitle(tr("Lifecycle now: customers, revenue and profit per stage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeChartView(m_chart, this), 1);
    layout->addWidget(m_table);
    m_chart->legend()->hide();
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (row < kStageCount)
            stageClicked(row);
    });
}

void LifecyclePanel::showData(const dashboard::DashboardData& dash) {
    fillChart(dash.lifecycle);
    fillTable(dash);
}

// One bar set per stage, each with a value only in its own column: the bars
// take their stage's colour and the stage names stay under the bars.
void LifecyclePanel::fillChart(const dashboard::LifecyclePanel& panel) {
    m_chart->removeAllSeries();
    auto* series = new QStackedBarSeries;
    double max = 0;
    for (int s = 0; s < kStageCount; ++s) {
        auto* set = new QBarSet(stageName(static_cast<Stage>(s)));
        for (int c = 0; c < kStageCount; ++c)
            *set << (c == s ? static_cast<double>(panel.stages[static_cast<std::size_t>(s)].customers) : 0.0);
        set->setColor(style::stageColor(static_cast<Stage>(s)));
        set->setBorderColor(style::stageColor(static_cast<Stage>(s)));
        max = std::max(max, static_cast<double>(panel.stages[static_cast<std::size_t>(s)].customers));
        series->append(set);
    }
    series->setBarWidth(0.7);
    connect(series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet*) { stageClicked(index); });
    m_chart->addSeries(series);
    auto* stages = new QBarCategoryAxis;
    stages->append(stageNames());
    stages->setTruncateLabels(false);
    replaceAxes(m_chart, stages, countAxis(tr("Customers"), max));
}

void LifecyclePanel::fillTable(const dashboard::DashboardData& dash) {
    const auto& panel = dash.lifecycle;
    const Currency currency = currencyOf(dash);
    setTableRowCount(m_table, kStageCount + 1);
    for (int s = 0; s <= kStageCount; ++s) {
        const bool total = s == kStageCount;
        const dashboard::StageRow row = total ? dashboard::StageRow{Stage::Prospect, dash.customers, panel.totalNet, panel.totalMargin}
                                              : panel.stages[static_cast<std::size_t>(s)];
        auto* name = tableItem(total ? tr("All stages") : stageName(row.stage));
        if (!total)
            name->setForeground(style::stageColor(row.stage).darker(130));
        m_table->setItem(s, 0, name);
        m_table->setItem(s, 1, tableItem(style::countText(row.customers), true));
        m_table->setItem(s, 2, tableItem(style::fullMoney(static_cast<double>(row.net), currency), true));
        m_table->setItem(s, 3, tableItem(style::percentText(shareOf(row.net, panel.totalNet)), true));
        m_table->setItem(s, 4, tableItem(style::fullMoney(static_cast<double>(row.margin), currency), true));
        m_table->setItem(s, 5, tableItem(style::percentText(shareOf(row.margin, panel.totalMargin)), true));
    }
}

void LifecyclePanel::stageClicked(int stage) {
    emit figureClicked({dashboard::Figure::Kind::Stage, stage, 0, {}},
                       tr("stage %1 on the date").arg(stageName(static_cast<Stage>(stage))));
}

HistoryPanel::HistoryPanel(QWidget* parent) : DashboardPanel(parent), m_chart(new QChart) {
    setTitle(tr("Lifecycle over time: customers per stage at each month end"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeChartView(m_chart, this));
    findChild<QChartView*>()->setMinimumHeight(340);
}

void HistoryPanel::showData(const dashboard::DashboardData& dash) {
    m_chart->removeAllSeries();
    auto* series = new QStackedBarSeries;
    QStringList months;
    for (const auto& month : dash.history) // axis labels are rich text: two lines
        months << QLocale().toString(toQDate(month.monthEnd), tr("MMM")) + QStringLiteral("<br>") +
                      QString::number(month.monthEnd.year());
    double max = 0;
    for (const auto& month : dash.history) {
        std::int64_t sum = 0;
        for (const auto n : month.customers)
            sum += n;
        max = std::max(max, static_cast<double>(sum));
    }
    for (int s = 0; s < kStageCount; ++s) {
        auto* set = new QBarSet(stageName(static_cast<Stage>(s)));
        for (const auto& month : dash.history)
            *set << static_cast<double>(month.customers[static_cast<std::size_t>(s)]);
        set->setColor(style::stageColor(static_cast<Stage>(s)));
        set->setBorderColor(Qt::white);
        series->append(set);
    }
    series->setBarWidth(0.8);
    m_chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(months);
    axis->setTitleText(tr("Month end"));
    axis->setTruncateLabels(false); // Qt elides short labels that fit
    replaceAxes(m_chart, axis, countAxis(tr("Customers"), max));
    m_chart->legend()->show();
}

FlowPanel::FlowPanel(QWidget* parent) : DashboardPanel(parent), m_grid(new HeatGrid(this)) {
    setTitle(tr("Stage flow: customers who moved in the period"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_grid);
    m_grid->setHeaders(stageNames(), stageNames());
    m_grid->setAxisTitles(tr("From"), tr("To"));
    m_grid->setCellHeight(fontMetrics().height() * 2 + 8);
    connect(m_grid, &HeatGrid::cellClicked, this, &FlowPanel::cellClicked);
}

void FlowPanel::showData(const dashboard::DashboardData& dash) {
    m_period = tr("%1 to %2").arg(dateText(dash.period.start), dateText(dash.period.asOf));
    std::int64_t max = 1;
    for (const auto& row : dash.flow.customers)
        for (const auto n : row)
            max = std::max(max, n);
    std::vector<HeatGrid::Cell> cells;
    for (int f = 0; f < kStageCount; ++f)
        for (int t = 0; t < kStageCount; ++t) {
            const auto customers = dash.flow.customers[static_cast<std::size_t>(f)][static_cast<std::size_t>(t)];
            const auto changes = dash.flow.changes[static_cast<std::size_t>(f)][static_cast<std::size_t>(t)];
            HeatGrid::Cell cell;
            cell.text = customers == 0 ? QStringLiteral("·") : style::countText(customers);
            cell.color = f == t ? QColor(0xE8, 0xE8, 0xE8)
                         : customers == 0 ? QColor(Qt::white)
                                          : style::heatColor(0.1 + 0.9 * static_cast<double>(customers) / static_cast<double>(max));
            cell.clickable = customers > 0;
            cell.toolTip = tr("%1 → %2: %3 customers, %4 changes")
                               .arg(stageName(static_cast<Stage>(f)), stageName(static_cast<Stage>(t)),
                                    style::countText(customers), style::countText(changes));
            cells.push_back(cell);
        }
    m_grid->setCells(std::move(cells));
}

void FlowPanel::cellClicked(int from, int to) {
    emit figureClicked({dashboard::Figure::Kind::Flow, from, to, {}},
                       tr("%1 → %2, %3").arg(stageName(static_cast<Stage>(from)),
                                             stageName(static_cast<Stage>(to)), m_period));
}

} // namespace crm::ui
