#pragma once
// The selected customer in full: profile, contacts, timeline, follow-ups,
// complaints, RFM, lifecycle and value.
#include "edit/record_kind.h"

#include <QWidget>

namespace crm::ui {

class Session;

class CustomerDetailView : public QWidget {
    Q_OBJECT
public:
    explicit CustomerDetailView(QWidget* parent = nullptr);
    ~CustomerDetailView() override;

    void setSession(Session* session);
    // 0 shows nothing.
    void showCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }

signals:
    void editRecordRequested(crm::ui::RecordKind kind, qint64 recordId);
    void deleteRecordRequested(crm::ui::RecordKind kind, qint64 recordId);

private:
    Session* m_session = nullptr;
    qint64 m_customerId = 0;
};

} // namespace crm::ui
