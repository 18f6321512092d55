#pragma once
// Computes the dashboard on a worker thread with its own connection to the
// file: every customer's facts for a date (seconds on a million customers,
// with progress), then the panels for the filter. The facts are kept, so a
// new filter on the same date costs only the panels. A newer start cancels
// the running one; its result is never delivered.
#include "crm/analytics/dashboard.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

namespace crm::ui {

struct DashboardResult {
    std::shared_ptr<const dashboard::Facts> facts;
    dashboard::DashboardData data;
    QString error; // non-empty when the computation failed
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

signals:
    void progress(int percent);
    void ready(const crm::ui::DashboardResult& result);

private:
    void finished(QFutureWatcher<DashboardResult>* watcher, const QString& path);

    QFutureWatcher<DashboardResult>* m_watcher = nullptr;
    std::shared_ptr<const dashboard::Facts> m_facts; // of the last completed load
    QString m_factsPath;
};

} // namespace crm::ui
