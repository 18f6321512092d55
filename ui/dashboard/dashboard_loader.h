#pragma once
// Computes the dashboard on a worker thread with its own connection to the
// file. On a new date it reads every customer's facts, first the quick ones
// (all panels but at-risk and lifetime value, from the kept aggregates when
// it can) and delivers them, then completes them with the pass over the
// transactions and delivers again. The complete facts are kept, so a new
// filter on the same date costs only the panels. A start for another date
// cancels the running computation (its results are never delivered); a start
// for the same date while it runs only changes the filter it ends with.
#include "crm/analytics/dashboard.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

namespace crm::ui {

struct DashboardResult {
    std::shared_ptr<const dashboard::Facts> facts;
    dashboard::DashboardData data; // data.riskAssessed: complete, else quick and more to come
    QString error;                 // non-empty when the computation failed
};

class DashboardLoader : public QObject {
    Q_OBJECT
public:
    explicit DashboardLoader(QObject* parent = nullptr);
    ~DashboardLoader() override;

    void start(const QString& path, const dashboard::Period& period, const dashboard::Filter& filter);
    // The data changed: the next start reads the facts again.
    void invalidate() { m_facts.reset(); }
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }
    // Whether a start for `period` would only need the panels.
    bool hasFactsFor(const QString& path, const dashboard::Period& period) const;

    struct Task; // what the worker and this object share

signals:
    void progress(int percent);
    void ready(const crm::ui::DashboardResult& result);

private:
    void deliver(int index);
    void finished();

    QFutureWatcher<DashboardResult>* m_watcher = nullptr;
    std::shared_ptr<Task> m_task; // of the running computation
    std::shared_ptr<const dashboard::Facts> m_facts; // complete, of the last delivered computation
    QString m_factsPath;
};

} // namespace crm::ui
