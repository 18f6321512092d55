#pragma once
// The lifecycle panels of the dashboard: customers, revenue and profit per
// stage on the date; stage counts at each month end; and the matrix of stage
// changes in the period.
#include "dashboard/dashboard_panel.h"

class QBarCategoryAxis;
class QChart;
class QStackedBarSeries;
class QTableWidget;
class QValueAxis;

namespace crm::ui {

class HeatGrid;

class LifecyclePanel : public DashboardPanel {
    Q_OBJECT
public:
    explicit LifecyclePanel(QWidget* parent = nullptr);
    void showData(const dashboard::DashboardData& dash) override;

private:
    void fillChart(const dashboard::LifecyclePanel& panel);
    void fillTable(const dashboard::DashboardData& dash);
    void stageClicked(int stage);

    QChart* m_chart;
    QTableWidget* m_table;
};

class HistoryPanel : public DashboardPanel {
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget* parent = nullptr);
    void showData(const dashboard::DashboardData& dash) override;

private:
    QChart* m_chart;
};

class FlowPanel : public DashboardPanel {
    Q_OBJECT
public:
    explicit FlowPanel(QWidget* parent = nullptr);
    void showData(const dashboard::DashboardData& dash) override;
    HeatGrid* grid() const { return m_grid; }

private:
    void cellClicked(int from, int to);

    HeatGrid* m_grid;
    QString m_period;
};

} // namespace crm::ui
