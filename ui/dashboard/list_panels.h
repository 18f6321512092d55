#pragma once
// The list-like panels of the dashboard: customers at risk with owner and
// reason, retention by cohort of first purchase, and the ledger by
// industry, region and owner.
#include "dashboard/dashboard_panel.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace crm::ui {

class HeatGrid;

class AtRiskPanel : public DashboardPanel {
    Q_OBJECT
public:
    explicit AtRiskPanel(QWidget* parent = nullptr);
    void showData(const dashboard::DashboardData& dash) override;
    bool needsTheFullPass() const override { return true; }
    QTableWidget* table() const { return m_table; }

private:
    QLabel* m_headline;
    QPushButton* m_listAll;
    QTableWidget* m_table;
};

class RetentionPanel : public DashboardPanel {
    Q_OBJECT
public:
    explicit RetentionPanel(QWidget* parent = nullptr);
    void showData(const dashboard::DashboardData& dash) override;

private:
    HeatGrid* m_grid;
    QStringList m_cohorts;
};

class LedgerPanel : public DashboardPanel {
    Q_OBJECT
public:
    explicit LedgerPanel(QWidget* parent = nullptr);
    void showData(const dashboard::DashboardData& dash) override;

private:
    QTableWidget* addTable(const QStringList& headers, dashboard::Figure::Kind kind, const QString& what);
    void fill(QTableWidget* table, const std::vector<dashboard::LedgerRow>& rows,
              const dashboard::DashboardData& dash, bool full);

    QTableWidget* m_industries;
    QTableWidget* m_regions;
    QTableWidget* m_owners;
};

} // namespace crm::ui
