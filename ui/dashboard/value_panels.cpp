#include "dashboard/value_panels.h"

#include "dashboard/dashboard_style.h"
#include "list/domain_text.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace crm::ui {

namespace style = dashboard_style;

namespace {

QValueAxis* percentAxis(const QString& title) {
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%.0f%%"));
    axis->setTitleText(title);
    return axis;
}

void attach(QChart* chart, QAbstractAxis* x, QAbstractAxis* y) {
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

double share(std::int64_t part, std::int64_t whole) {
    return whole == 0 ? NAN : static_cast<double>(part) / static_cast<double>(whole);
}

// A titled bar chart of `values` over `categories` in one colour, with the
// value on each bar.
struct Bars {
    QString title, xTitle, yTitle;
    QStringList categories;
    std::vector<double> values;
    QColor color;
};

// Horizontal bars: category names stay whole and readable in any language.
void fillBars(QChart* chart, const Bars& bars) {
    chart->removeAllSeries();
    chart->setTitle(bars.title);
    auto* set = new QBarSet(bars.title);
    double max = 0;
    for (const double v : bars.values) {
        *set << v;
        max = std::max(max, v);
    }
    set->setColor(bars.color);
    set->setBorderColor(bars.color);
    set->setLabelColor(Qt::black);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(bars.categories);
    categories->setTitleText(bars.xTitle);
    categories->setTruncateLabels(false); // Qt elides short labels that fit
    auto* values = new QValueAxis;
    values->setRange(0, std::max(1.0, max * 1.2));
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->applyNiceNumbers();
    values->setTitleText(bars.yTitle);
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis); // the chart lets go of it: ours to delete
        delete axis;
    }
    chart->addAxis(values, Qt::AlignBottom);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(values);
    series->attachAxis(categories);
    chart->legend()->hide();
}

} // namespace

ValuePanel::ValuePanel(QWidget* parent)
    : DashboardPanel(parent), m_headline(new QLabel(this)), m_chart(new QChart),
      m_tiers(makeTable({tr("Tier"), tr("Customers"), tr("Share of customers"), tr("Revenue"), tr("Share of revenue")}, this)) {
    setTitle(tr("Value concentration: who brings the revenue (80/20)"));
    auto* layout = new QVBoxLayout(this);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    layout->addWidget(m_headline);
    layout->addWidget(makeChartView(m_chart, this), 1);
    layout->addWidget(m_tiers);
    connect(m_tiers, &QTableWidget::cellClicked, this, [this](int row, int) {
        emit figureClicked({dashboard::Figure::Kind::Tier, row, 0, {}},
                           tr("ABC tier %1").arg(QChar(QLatin1Char(static_cast<char>('A' + row)))));
    });
}

void ValuePanel::showData(const dashboard::DashboardData& dash) {
    fillHeadline(dash);
    fillChart(dash.value);
    fillTiers(dash);
}

void ValuePanel::fillHeadline(const dashboard::DashboardData& dash) {
    const auto& revenue = dash.value.revenue;
    if (!revenue.shareFor80) {
        m_headline->setText(tr("No positive revenue by the date."));
        return;
    }
    QString text = tr("<b>Top %1 of customers (%2 of %3) bring 80% of the revenue.</b> Gini %4.")
                       .arg(style::percentText(*revenue.shareFor80), style::countText(*revenue.customersFor80),
                            style::countText(revenue.customers), QLocale().toString(revenue.gini.value_or(0.0), 'f', 2));
    if (dash.value.margin && dash.value.margin->shareFor80)
        text += QLatin1Char(' ') + tr("Profit: top %1 of the customers with costs recorded bring 80%.")
                                       .arg(style::percentText(*dash.value.margin->shareFor80));
    m_headline->setText(text);
}

void ValuePanel::fillChart(const dashboard::ValuePanel& panel) {
    m_chart->removeAllSeries();
    auto* equal = new QLineSeries;
    equal->setName(tr("Equal shares"));
    equal->append(0, 0);
    equal->append(100, 100);
    equal->setPen(QPen(style::kGrey, 1.5, Qt::DashLine));
    auto* curve = new QLineSeries;
    curve->setName(tr("Revenue of the top customers"));
    curve->append(0, 0);
    for (const auto& point : panel.curve)
        curve->append(point.customerShare * 100.0, point.valueShare * 100.0);
    curve->setPen(QPen(style::kBlue, 2.5));
    m_chart->addSeries(equal);
    m_chart->addSeries(curve);
    if (panel.revenue.shareFor80) {
        auto* mark = new QScatterSeries;
        mark->setName(tr("80% of revenue"));
        mark->append(*panel.revenue.shareFor80 * 100.0, 80.0);
        mark->setColor(style::kVermillion);
        mark->setMarkerSize(11);
        m_chart->addSeries(mark);
    }
    attach(m_chart, percentAxis(tr("Customers, largest revenue first")), percentAxis(tr("Share of revenue")));
    m_chart->legend()->show();
}

void ValuePanel::fillTiers(const dashboard::DashboardData& dash) {
    const auto& panel = dash.value;
    const Currency currency = currencyOf(dash);
    setTableRowCount(m_tiers, 3);
    const QStringList names{tr("A (first 80% of revenue)"), tr("B (next 15%)"), tr("C (last 5%, none or negative)")};
    for (int t = 0; t < 3; ++t) {
        const auto& tier = panel.tiers[static_cast<std::size_t>(t)];
        m_tiers->setItem(t, 0, tableItem(names[t]));
        m_tiers->setItem(t, 1, tableItem(style::countText(tier.customers), true));
        m_tiers->setItem(t, 2, tableItem(style::percentText(share(tier.customers, panel.revenue.customers)), true));
        m_tiers->setItem(t, 3, tableItem(style::fullMoney(static_cast<double>(tier.revenue), currency), true));
        m_tiers->setItem(t, 4, tableItem(style::percentText(share(tier.revenue, panel.revenue.total)), true));
    }
}

ClvPanel::ClvPanel(QWidget* parent)
    : DashboardPanel(parent), m_pages(new QStackedWidget(this)), m_noModel(new QLabel(this)),
      m_headline(new QLabel(this)), m_distribution(new QChart), m_alive(new QChart), m_byStage(new QChart),
      m_owners(makeTable({tr("Owner"), tr("Customers"), tr("Expected revenue, 12 months")}, this)) {
    setTitle(tr("Lifetime value: CLV, P(alive) and expected revenue of the next 12 months"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    m_noModel->setWordWrap(true);
    m_noModel->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(m_noModel);
    auto* page = new QWidget(this);
    auto* grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    m_headline->setWordWrap(true);
    grid->addWidget(m_headline, 0, 0, 1, 2);
    grid->addWidget(makeChartView(m_distribution, page), 1, 0);
    grid->addWidget(makeChartView(m_alive, page), 1, 1);
    grid->addWidget(makeChartView(m_byStage, page), 2, 0);
    grid->addWidget(m_owners, 2, 1, Qt::AlignTop);
    for (QChartView* view : page->findChildren<QChartView*>())
        view->setMinimumHeight(280);
    m_pages->addWidget(page);
    m_owners->setCursor(Qt::ArrowCursor); // the ledger lists an owner's customers
}

void ClvPanel::showData(const dashboard::DashboardData& dash) {
    if (!dash.riskAssessed) {
        m_noModel->setText(tr("Valuing the customers with the lifetime-value model…"));
        m_pages->setCurrentIndex(0);
        return;
    }
    if (!dash.clv.hasModel) {
        m_noModel->setText(tr("No lifetime-value model is stored for %1. Fit one (crm clv fit --as-of %1) "
                              "to see the distribution of CLV and P(alive) and the expected revenue of the "
                              "next 12 months by stage and owner.")
                               .arg(dateText(dash.period.asOf)));
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    m_headline->setText(tr("Expected revenue of the next 12 months: %1 (model fitted as of %2).")
                            .arg(style::fullMoney(dash.clv.expectedRevenue, currencyOf(dash)), dateText(dash.period.asOf)));
    fillDistribution(dash);
    fillByStage(dash);
    fillOwners(dash);
}

void ClvPanel::fillDistribution(const dashboard::DashboardData& dash) {
    const Currency currency = currencyOf(dash);
    Bars clv{tr("Customers by 12-month CLV"), tr("CLV (%1)").arg(toQ(currency.code)), tr("Customers"), {}, {}, style::kBlue};
    const auto& edges = dash.clv.clvEdges;
    const double unit = std::pow(10.0, currency.decimals);
    for (std::size_t b = 0; b + 1 < edges.size(); ++b) {
        // Axis labels are rich text: no "<" in them.
        clv.categories << (std::isinf(edges[b]) ? tr("negative")
                           : std::isinf(edges[b + 1]) ? tr("%1 and more").arg(style::compactNumber(edges[b] / unit))
                                                      : tr("%1 to %2").arg(style::compactNumber(edges[b] / unit),
                                                                           style::compactNumber(edges[b + 1] / unit)));
        clv.values.push_back(static_cast<double>(dash.clv.clvCounts[b]));
    }
    fillBars(m_distribution, clv);
    Bars alive{tr("Customers by P(alive)"), tr("P(alive)"), tr("Customers"), {}, {}, style::kBluishGreen};
    for (std::size_t t = 0; t < dash.clv.aliveCounts.size(); ++t) {
        alive.categories << tr("%1–%2%").arg(t * 10).arg((t + 1) * 10);
        alive.values.push_back(static_cast<double>(dash.clv.aliveCounts[t]));
    }
    fillBars(m_alive, alive);
}

void ClvPanel::fillByStage(const dashboard::DashboardData& dash) {
    Bars bars{tr("Expected revenue of the next 12 months by stage"), {},
              tr("Thousand %1").arg(toQ(dash.currencyCode)), {}, {}, style::kOrange};
    const double unit = std::pow(10.0, dash.currencyDecimals) * 1000.0;
    for (int s = 1; s < kStageCount; ++s) { // prospects have no purchases to project
        bars.categories << stageName(static_cast<Stage>(s));
        bars.values.push_back(std::round(dash.clv.expectedByStage[static_cast<std::size_t>(s)] / unit));
    }
    fillBars(m_byStage, bars);
}

void ClvPanel::fillOwners(const dashboard::DashboardData& dash) {
    const auto& owners = dash.clv.expectedByOwner;
    setTableRowCount(m_owners, static_cast<int>(owners.size()));
    for (int i = 0; i < static_cast<int>(owners.size()); ++i) {
        const auto& row = owners[static_cast<std::size_t>(i)];
        m_owners->setItem(i, 0, tableItem(row.name.empty() ? tr("(no owner)") : toQ(row.name)));
        m_owners->setItem(i, 1, tableItem(style::countText(row.customers), true));
        m_owners->setItem(i, 2, tableItem(style::fullMoney(row.expectedRevenue, currencyOf(dash)), true));
    }
}

} // namespace crm::ui
