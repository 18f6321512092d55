#pragma once
// The sales rep's morning page: follow-ups due or overdue, contacts'
// birthdays this week, my at-risk customers with the reason, open complaints.
#include <QWidget>

namespace crm::ui {

class Session;

class TodayView : public QWidget {
    Q_OBJECT
public:
    explicit TodayView(QWidget* parent = nullptr);
    ~TodayView() override;

    void setSession(Session* session);
    // Re-reads everything (after a change, or when the tab is shown).
    void refresh();

signals:
    void openCustomer(qint64 customerId);

private:
    Session* m_session = nullptr;
};

} // namespace crm::ui
