#pragma once
// One panel of the dashboard: a titled box that shows its part of
// DashboardData and asks for the customers behind a figure when one is
// clicked. Also the small helpers the panels share (charts, tables).
#include "crm/analytics/dashboard.h"
#include "crm/money.h"

#include <QGroupBox>

class QChart;
class QChartView;
class QTableWidget;
class QTableWidgetItem;

namespace crm::ui {

class DashboardPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit DashboardPanel(QWidget* parent = nullptr);

    virtual void showData(const dashboard::DashboardData& dash) = 0;
    // Whether the panel shows what only the pass over the transactions gives
    // (dashboard::completed: at-risk, migration, lifetime value). The others
    // are not drawn again when the quick panels are completed.
    virtual bool needsTheFullPass() const { return false; }

signals:
    // `description` says which figure in words ("Stage: Stability").
    void figureClicked(const crm::dashboard::Figure& figure, const QString& description);
    // Exactly these customers (a row of one customer, say).
    void customersClicked(const crm::dashboard::Ids& ids, const QString& description);

protected:
    static Currency currencyOf(const dashboard::DashboardData& dash) {
        return {dash.currencyCode, dash.currencyDecimals};
    }
};

// A chart view for panels: antialiased, no animation (screenshots and
// exports show the final state), compact margins.
QChartView* makeChartView(QChart* chart, QWidget* parent);
// A read-only table that selects whole rows and sizes itself to `rows`.
QTableWidget* makeTable(const QStringList& headers, QWidget* parent);
void setTableRowCount(QTableWidget* table, int rows);
// A cell: text, right-aligned when it is a number.
QTableWidgetItem* tableItem(const QString& text, bool number = false);

} // namespace crm::ui
