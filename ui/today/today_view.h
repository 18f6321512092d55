#pragma once
// The sales rep's morning page: follow-ups due or overdue, contacts'
// birthdays this week, my at-risk customers with the reason, open complaints.
// The indexed lists are read on the UI thread; the at-risk ranking and the
// birthdays come from worker threads (TodayJobs) behind a "computing" state.
#include "crm/date.h"

#include <QWidget>
#include <memory>

class QAction;
class QTreeWidget;

namespace Ui {
class TodayView;
}

namespace crm::ui {

class Session;
class TodayJobs;
struct AtRiskResult;
struct BirthdaysResult;

class TodayView : public QWidget {
    Q_OBJECT
public:
    explicit TodayView(QWidget* parent = nullptr);
    ~TodayView() override;

    void setSession(Session* session);
    // Re-reads everything (after a change, or when the tab is shown). The
    // worker sections are recomputed only when the file, today, the current
    // user or the data changed since they were last computed.
    void refresh();
    // True while a worker section is being computed.
    bool isComputing() const;

signals:
    void openCustomer(qint64 customerId);
    // The worker sections of the latest refresh are shown.
    void computed();

private:
    void createActions();
    void onOpened();
    void onCustomersChanged();
    void showHeader();
    void loadFollowUps();
    void loadComplaints();
    void startComputing();
    void showBirthdays(const BirthdaysResult& result);
    void showAtRisk(const AtRiskResult& result);
    void clearLists();
    void markSelectedDone();
    void openCurrent(QTreeWidget* list);
    void updateActions();
    QString currentOwner() const;

    std::unique_ptr<Ui::TodayView> m_ui;
    Session* m_session = nullptr;
    TodayJobs* m_jobs;
    QAction* m_markDone = nullptr;
    bool m_markingDone = false; // a change of our own: no worker section is affected
};

} // namespace crm::ui
