#include "today/today_view.h"

namespace crm::ui {

// Placeholder until the Today view is built (issue 5).
TodayView::TodayView(QWidget* parent) : QWidget(parent) {}
TodayView::~TodayView() = default;
void TodayView::setSession(Session* session) { m_session = session; }
void TodayView::refresh() {}

} // namespace crm::ui
