#include "dashboard/dashboard_view.h"

namespace crm::ui {

// Placeholder until the dashboard is built (issue 6).
DashboardView::DashboardView(QWidget* parent) : QWidget(parent) {}
DashboardView::~DashboardView() = default;
void DashboardView::setSession(Session* session) { m_session = session; }
void DashboardView::refresh() {}

} // namespace crm::ui
