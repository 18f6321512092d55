#include "dashboard/dashboard_loader.h"

#include "crm/store/dashboard_query.h"
#include "crm/store/database.h"
#include "main/worker_pools.h"

#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent>

#include <mutex>
#include <optional>

namespace crm::ui {

struct DashboardLoader::Task {
    QString path;
    dashboard::Period period;
    std::shared_ptr<const dashboard::Facts> facts; // complete facts to start from, if any

    // The filter may change while the facts are read: the panels use the
    // latest one.
    dashboard::Filter filter() const {
        const std::lock_guard lock(m_mutex);
        return m_filter;
    }
    void setFilter(const dashboard::Filter& filter) {
        const std::lock_guard lock(m_mutex);
        m_filter = filter;
    }

private:
    mutable std::mutex m_mutex;
    dashboard::Filter m_filter;
};

namespace {

// Facts of a million customers take hundreds of megabytes; whoever lets go
// of them last (often the window), the memory is given back on a worker.
template <class Facts>
std::shared_ptr<Facts> share(Facts&& facts) {
    return std::shared_ptr<Facts>(new Facts(std::forward<Facts>(facts)), [](Facts* old) {
        QThreadPool::globalInstance()->start([old] { delete old; });
    });
}

// Progress of one part of the work, mapped onto [from, to] percent.
DashboardProgress part(QPromise<DashboardResult>& promise, int from, int to) {
    return [&promise, from, to](int percent) {
        promise.setProgressValue(from + (to - from) * percent / 100);
        return !promise.isCanceled();
    };
}

DashboardResult panelsOf(const Database& db, std::shared_ptr<const dashboard::Facts> facts,
                         const dashboard::Filter& filter) {
    DashboardResult result{facts, dashboard::summarize(*facts, filter), {}};
    fillNames(db, result.data.atRisk);
    return result;
}

// The facts for the task, delivering the panels of the quick ones first
// when the date allows them (while the pass over the transactions that
// completes them runs; `quickPanels` keeps them); none when cancelled.
std::shared_ptr<const dashboard::Facts> readFacts(QPromise<DashboardResult>& promise, const Database& db,
                                                  const DashboardLoader::Task& task,
                                                  std::optional<dashboard::DashboardData>& quickPanels) {
    auto facts = loadDashboardFacts(db, task.period, part(promise, 0, 100), [&](const dashboard::Facts& quick) {
        // A copy: the list's drill-downs read the shown facts while these are completed.
        DashboardResult early = panelsOf(db, share(dashboard::Facts(quick)), task.filter());
        quickPanels = early.data;
        promise.addResult(std::move(early));
    });
    if (!facts)
        return nullptr;
    return share(std::move(*facts));
}

void compute(QPromise<DashboardResult>& promise, std::shared_ptr<DashboardLoader::Task> task) {
    promise.setProgressRange(0, 100);
    try {
        const Database db = Database::open(task->path.toStdString());
        std::optional<dashboard::DashboardData> quickPanels;
        auto facts = task->facts ? task->facts : readFacts(promise, db, *task, quickPanels);
        if (!facts || promise.isCanceled())
            return;
        if (quickPanels && quickPanels->filter == task->filter()) {
            // The same filter: only the panels the pass added are new.
            DashboardResult result{facts, dashboard::completed(std::move(*quickPanels), *facts), {}};
            fillNames(db, result.data.atRisk);
            promise.addResult(std::move(result));
            return;
        }
        promise.addResult(panelsOf(db, facts, task->filter()));
    } catch (const std::exception& e) {
        promise.addResult(DashboardResult{nullptr, {}, QString::fromStdString(e.what())});
    }
}

} // namespace

DashboardLoader::DashboardLoader(QObject* parent) : QObject(parent) {}

DashboardLoader::~DashboardLoader() {
    cancel(); // the worker stops at its next progress report; nobody waits for it
}

bool DashboardLoader::hasFactsFor(const QString& path, const dashboard::Period& period) const {
    return m_facts && m_factsPath == path && m_facts->period == period;
}

void DashboardLoader::start(const QString& path, const dashboard::Period& period,
                            const dashboard::Filter& filter) {
    if (m_task && !m_task->facts && m_task->path == path && m_task->period == period) {
        m_task->setFilter(filter); // still reading these facts: end with the new filter
        return;
    }
    cancel();
    m_task = std::make_shared<Task>();
    m_task->path = path;
    m_task->period = period;
    m_task->facts = hasFactsFor(path, period) ? m_facts : nullptr;
    m_task->setFilter(filter);
    m_watcher = new QFutureWatcher<DashboardResult>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this, &DashboardLoader::progress);
    connect(m_watcher, &QFutureWatcherBase::resultReadyAt, this, &DashboardLoader::deliver);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &DashboardLoader::finished);
    m_watcher->setFuture(QtConcurrent::run(analyticsPool(), compute, m_task));
}

void DashboardLoader::cancel() {
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->cancel();
    // Deleted once its worker is done: the future runs until it sees the cancellation.
    connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
    if (m_watcher->isFinished())
        m_watcher->deleteLater();
    m_watcher = nullptr;
    m_task.reset();
}

void DashboardLoader::deliver(int index) {
    const DashboardResult result = m_watcher->resultAt(index);
    if (result.facts && result.data.riskAssessed) {
        m_facts = result.facts;
        m_factsPath = m_task->path;
    }
    // The last result: the task reads no filter any more, so one chosen from
    // now on (even by a slot of `ready`, before the watcher says finished)
    // starts a new computation instead of being handed to this one.
    if (!result.facts || result.data.riskAssessed)
        m_task.reset();
    emit ready(result);
}

void DashboardLoader::finished() {
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_task.reset();
}

} // namespace crm::ui
