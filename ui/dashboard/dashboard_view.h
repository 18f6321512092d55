#pragma once
// The managers' dashboard: lifecycle, RFM, value, retention and risk panels
// over the domain analytics, computed on a worker thread; every figure
// drills down to the customers behind it.
#include "crm/store/customer_query.h"

#include <QWidget>

namespace crm::ui {

class Session;

class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    void setSession(Session* session);
    // Recomputes the panels (when shown, or after the data changed).
    void refresh();

signals:
    // Show exactly these customers in the list; `description` says which
    // figure they came from ("Stability -> Decline, 2026-Q2").
    void drillDown(const crm::CustomerFilter& filter, const QString& description);

private:
    Session* m_session = nullptr;
};

} // namespace crm::ui
