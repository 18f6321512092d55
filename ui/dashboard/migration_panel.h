#pragma once
// Segment migration: each customer's RFM segment on the period's first day
// (rows) against its segment on the as-of date (columns), so a manager sees
// how many Champions slipped to At Risk, and who they are.
#include "dashboard/dashboard_panel.h"

class QLabel;

namespace crm::ui {

class HeatGrid;

class MigrationPanel : public DashboardPanel {
    Q_OBJECT
public:
    explicit MigrationPanel(QWidget* parent = nullptr);
    void showData(const dashboard::DashboardData& dash) override;
    bool needsTheFullPass() const override { return true; }
    HeatGrid* grid() const { return m_grid; }
    QLabel* summary() const { return m_summary; }

    // Rows and columns: the segments in their order, then "no purchase yet".
    static QString headerOf(int index);

private:
    void fillGrid(const dashboard::DashboardData& dash);
    void fillSummary(const dashboard::DashboardData& dash);
    void cellClicked(int from, int to);

    HeatGrid* m_grid;
    QLabel* m_summary;
    QString m_dates;
};

} // namespace crm::ui
