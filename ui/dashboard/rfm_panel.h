#pragma once
// The RFM grid of the dashboard: R score by F score, each cell the customers
// in it, coloured by their average monetary value and labelled with the
// segment; beside it the segments' sizes and value.
#include "dashboard/dashboard_panel.h"

class QLabel;
class QTableWidget;

namespace crm::ui {

class HeatGrid;

class RfmPanel : public DashboardPanel {
    Q_OBJECT
public:
    explicit RfmPanel(QWidget* parent = nullptr);
    void showData(const dashboard::DashboardData& dash) override;
    HeatGrid* grid() const { return m_grid; }

    // Grid rows show R = 5 at the top.
    static int scoreOfRow(int row) { return 5 - row; }

private:
    void fillGrid(const dashboard::DashboardData& dash);
    void fillSegments(const dashboard::DashboardData& dash);
    void cellClicked(int row, int column);

    HeatGrid* m_grid;
    QLabel* m_legend;
    QTableWidget* m_segments;
};

} // namespace crm::ui
