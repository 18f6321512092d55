#include "dashboard/list_panels.h"

#include "dashboard/dashboard_style.h"
#include "dashboard/heat_grid.h"
#include "list/domain_text.h"
#include "list/risk_reason.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace crm::ui {

namespace style = dashboard_style;

AtRiskPanel::AtRiskPanel(QWidget* parent)
    : DashboardPanel(parent), m_headline(new QLabel(this)), m_listAll(new QPushButton(this)),
      m_table(makeTable({tr("Customer"), tr("Owner"), tr("Value at stake"), tr("Risk"), tr("Why")}, this)) {
    setTitle(tr("At risk: the customers with the most value at stake"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_headline->setWordWrap(true);
    top->addWidget(m_headline, 1);
    top->addWidget(m_listAll);
    layout->addLayout(top);
    layout->addWidget(m_table);
    m_table->setWordWrap(false);
    m_listAll->setText(tr("List all at risk"));
    connect(m_listAll, &QPushButton::clicked, this, [this] {
        emit figureClicked({dashboard::Figure::Kind::AtRisk, 0, 0, {}}, tr("every customer at risk"));
    });
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) {
        const auto id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
        emit customersClicked({id}, tr("at risk: %1").arg(m_table->item(row, 0)->text()));
    });
}

void AtRiskPanel::showData(const dashboard::DashboardData& dash) {
    const auto& panel = dash.atRisk;
    const Currency currency = currencyOf(dash);
    if (!dash.riskAssessed) {
        m_headline->setText(tr("Ranking the customers by value at stake × risk: this needs every "
                               "transaction and follows in a moment…"));
        m_listAll->setEnabled(false);
        setTableRowCount(m_table, 0);
        return;
    }
    m_headline->setText(tr("%1 customers at risk; value at stake %2, of which %3 expected to be lost "
                           "(value × risk). Ranked by value × risk.")
                            .arg(style::countText(panel.customersAtRisk), style::compactMoney(panel.valueAtStake, currency),
                                 style::compactMoney(panel.expectedLoss, currency)));
    m_listAll->setEnabled(panel.customersAtRisk > 0);
    setTableRowCount(m_table, static_cast<int>(panel.top.size()));
    for (int i = 0; i < static_cast<int>(panel.top.size()); ++i) {
        const auto& row = panel.top[static_cast<std::size_t>(i)];
        auto* customer = tableItem(toQ(row.name));
        customer->setData(Qt::UserRole, static_cast<qlonglong>(row.customerId));
        customer->setToolTip(tr("%1 %2: click to list").arg(toQ(row.code), toQ(row.name)));
        m_table->setItem(i, 0, customer);
        m_table->setItem(i, 1, tableItem(toQ(row.owner)));
        auto* value = tableItem(style::fullMoney(row.valueAtStake, currency), true);
        value->setToolTip(row.clvBasis ? tr("12-month lifetime value from the model")
                                       : tr("average yearly net revenue"));
        m_table->setItem(i, 2, value);
        m_table->setItem(i, 3, tableItem(style::percentText(row.risk, 0), true));
        const QString why = RiskReason::text(row.warningSigns, row.strengths, currency);
        auto* reason = tableItem(why);
        reason->setToolTip(why);
        m_table->setItem(i, 4, reason);
    }
}

RetentionPanel::RetentionPanel(QWidget* parent) : DashboardPanel(parent), m_grid(new HeatGrid(this)) {
    setTitle(tr("Retention: share of each month's new buyers still buying later"));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("Cohort: month of the first purchase. Still buying after k months: a purchase in "
                               "month k after the first or later. Click a row for the cohort's customers."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_grid);
    m_grid->setAxisTitles({}, tr("Still buying after"));
    m_grid->setCellHeight(fontMetrics().height() + 6);
    connect(m_grid, &HeatGrid::cellClicked, this, [this](int row, int) {
        emit figureClicked({dashboard::Figure::Kind::Cohort, row, 0, {}},
                           tr("first purchase in %1").arg(m_cohorts.value(row)));
    });
}

void RetentionPanel::showData(const dashboard::DashboardData& dash) {
    m_cohorts.clear();
    for (const auto& c : dash.cohorts)
        m_cohorts << QStringLiteral("%1-%2").arg(c.year).arg(c.month, 2, 10, QLatin1Char('0'));
    const QStringList columns{tr("New buyers"), tr("1 month"), tr("3 months"), tr("6 months"), tr("12 months")};
    m_grid->setHeaders(m_cohorts, columns);
    std::vector<HeatGrid::Cell> cells;
    for (const auto& c : dash.cohorts) {
        HeatGrid::Cell size{style::countText(c.customers), {}, QColor(0xF4, 0xF4, 0xF4), {}, c.customers > 0};
        cells.push_back(size);
        for (const auto& retained : c.retained) {
            HeatGrid::Cell cell;
            cell.clickable = c.customers > 0;
            cell.text = retained ? style::percentText(*retained, 0) : QString();
            cell.color = retained ? style::heatColor(*retained) : QColor(Qt::white);
            cells.push_back(cell);
        }
    }
    m_grid->setCells(std::move(cells));
    m_grid->updateGeometry();
}

LedgerPanel::LedgerPanel(QWidget* parent) : DashboardPanel(parent) {
    setTitle(tr("Ledger: customers by industry and region; revenue, profit and complaints by owner"));
    auto* layout = new QGridLayout(this);
    m_industries = addTable({tr("Industry"), tr("Customers"), tr("Revenue")}, dashboard::Figure::Kind::Industry, tr("industry %1"));
    m_regions = addTable({tr("Region"), tr("Customers"), tr("Revenue")}, dashboard::Figure::Kind::Region, tr("region %1"));
    m_owners = addTable({tr("Owner"), tr("Customers"), tr("Revenue"), tr("Profit"), tr("Open complaints")},
                        dashboard::Figure::Kind::Owner, tr("owner %1"));
    layout->addWidget(m_owners, 0, 0, 1, 2);
    layout->addWidget(m_industries, 1, 0, Qt::AlignTop);
    layout->addWidget(m_regions, 1, 1, Qt::AlignTop);
}

QTableWidget* LedgerPanel::addTable(const QStringList& headers, dashboard::Figure::Kind kind, const QString& what) {
    auto* table = makeTable(headers, this);
    connect(table, &QTableWidget::cellClicked, this, [this, table, kind, what](int row, int) {
        const QString name = table->item(row, 0)->data(Qt::UserRole).toString();
        emit figureClicked({kind, 0, 0, toStd(name)}, what.arg(table->item(row, 0)->text()));
    });
    return table;
}

void LedgerPanel::showData(const dashboard::DashboardData& dash) {
    fill(m_industries, dash.ledger.industries, dash, false);
    fill(m_regions, dash.ledger.regions, dash, false);
    fill(m_owners, dash.ledger.owners, dash, true);
}

void LedgerPanel::fill(QTableWidget* table, const std::vector<dashboard::LedgerRow>& rows,
                       const dashboard::DashboardData& dash, bool full) {
    const Currency currency = currencyOf(dash);
    setTableRowCount(table, static_cast<int>(rows.size()));
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const auto& row = rows[static_cast<std::size_t>(i)];
        auto* name = tableItem(row.name.empty() ? tr("(not recorded)") : toQ(row.name));
        name->setData(Qt::UserRole, toQ(row.name));
        table->setItem(i, 0, name);
        table->setItem(i, 1, tableItem(style::countText(row.customers), true));
        table->setItem(i, 2, tableItem(style::compactMoney(static_cast<double>(row.net), currency), true));
        if (!full)
            continue;
        table->setItem(i, 3, tableItem(style::compactMoney(static_cast<double>(row.margin), currency), true));
        table->setItem(i, 4, tableItem(style::countText(row.openComplaints), true));
    }
}

} // namespace crm::ui
