#pragma once
// The managers' dashboard: lifecycle, RFM, value, retention and risk panels
// over the domain analytics, computed on a worker thread; every figure
// drills down to the customers behind it. Filters (date, period, owner,
// region, industry, kind) apply to every panel; the dashboard exports as PNG
// and PDF and prints.
#include "crm/analytics/dashboard.h"
#include "crm/store/customer_query.h"
#include "dashboard/dashboard_export.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QTimer;

namespace Ui {
class DashboardView;
}

namespace crm::ui {

class DashboardLoader;
class DashboardPanel;
class Session;
struct DashboardResult;

class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    void setSession(Session* session);
    // Recomputes the panels (when shown, or after the data changed).
    void refresh();

    // What the panels show now (empty before the first result).
    const dashboard::DashboardData& data() const { return m_data; }
    bool isComputing() const;
    dashboard::Period period() const;
    dashboard::Filter filter() const;
    // The settings in words, one per line (printed on exports).
    QStringList settingsText() const;
    // The panels, in reading order.
    QList<DashboardPanel*> panels() const { return m_panels; }
    QWidget* panelArea() const;
    // Title, settings and panels, for PDF and printing.
    Report report() const;

    bool exportPng(const QString& path);
    bool exportPdf(const QString& path);

signals:
    // Show exactly these customers in the list; `description` says which
    // figure they came from ("Stability -> Decline, 2026-Q2").
    void drillDown(const crm::CustomerFilter& filter, const QString& description);
    // Panels were shown: the quick ones (data().riskAssessed false), or all.
    void panelsShown();
    // A computation delivered all its panels.
    void computed();

private:
    void createPanels();
    void connectControls();
    void onOpened();
    void onDataChanged();
    void scheduleRefresh();
    void onProgress(int percent);
    void onReady(const DashboardResult& result);
    void showStatus();
    void fillChoices(QComboBox* box, const dashboard::Dictionary& values, const QString& any);
    void showFigure(const dashboard::Figure& figure, const QString& description);
    void showCustomers(const dashboard::Ids& ids, const QString& description);
    void chooseExportPng();
    void chooseExportPdf();
    void print();

    std::unique_ptr<Ui::DashboardView> m_ui;
    Session* m_session = nullptr;
    DashboardLoader* m_loader;
    QTimer* m_refreshTimer;
    QList<DashboardPanel*> m_panels;
    std::shared_ptr<const dashboard::Facts> m_facts; // behind m_data: drill-downs read them
    dashboard::DashboardData m_data;
    qint64 m_startedMs = 0;
    bool m_stale = true; // the file changed (or opened) since the last computation
};

} // namespace crm::ui
