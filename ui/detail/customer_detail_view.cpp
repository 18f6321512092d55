#include "detail/customer_detail_view.h"

namespace crm::ui {

// Placeholder until the detail view is built (issue 5).
CustomerDetailView::CustomerDetailView(QWidget* parent) : QWidget(parent) {}
CustomerDetailView::~CustomerDetailView() = default;
void CustomerDetailView::setSession(Session* session) { m_session = session; }
void CustomerDetailView::showCustomer(qint64 customerId) { m_customerId = customerId; }

} // namespace crm::ui
