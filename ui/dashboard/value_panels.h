#pragma once
// The value panels of the dashboard: how concentrated revenue is (the
// concentration curve with the real "top x% bring 80%" figure, Gini, ABC
// tiers) and what the lifetime-value model expects of the customers.
#include "dashboard/dashboard_panel.h"

class QChart;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace crm::ui {

class ValuePanel : public DashboardPanel {
    Q_OBJECT
public:
    explicit ValuePanel(QWidget* parent = nullptr);
    void showData(const dashboard::DashboardData& dash) override;
    QTableWidget* tiers() const { return m_tiers; }

private:
    void fillHeadline(const dashboard::DashboardData& dash);
    void fillChart(const dashboard::ValuePanel& panel);
    void fillTiers(const dashboard::DashboardData& dash);

    QLabel* m_headline;
    QChart* m_chart;
    QTableWidget* m_tiers;
};

class ClvPanel : public DashboardPanel {
    Q_OBJECT
public:
    explicit ClvPanel(QWidget* parent = nullptr);
    void showData(const dashboard::DashboardData& dash) override;
    bool needsTheFullPass() const override { return true; }

private:
    void fillDistribution(const dashboard::DashboardData& dash);
    void fillByStage(const dashboard::DashboardData& dash);
    void fillOwners(const dashboard::DashboardData& dash);

    QStackedWidget* m_pages;
    QLabel* m_noModel;
    QLabel* m_headline;
    QChart* m_distribution;
    QChart* m_alive;
    QChart* m_byStage;
    QTableWidget* m_owners;
};

} // namespace crm::ui
