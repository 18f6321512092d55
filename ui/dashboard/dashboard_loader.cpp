#include "dashboard/dashboard_loader.h"

#include "crm/store/dashboard_query.h"
#include "crm/store/database.h"

#include <QPromise>
#include <QtConcurrent>

namespace crm::ui {

namespace {

bool samePeriod(const dashboard::Period& a, const dashboard::Period& b) {
    return a.asOf == b.asOf && a.start == b.start;
}

// On the worker: the facts (unless given), the panels, the at-risk names.
void compute(QPromise<DashboardResult>& promise, const QString& path, const dashboard::Period& period,
             const dashboard::Filter& filter, std::shared_ptr<const dashboard::Facts> facts) {
    promise.setProgressRange(0, 100);
    try {
        const Database db = Database::open(path.toStdString());
        if (!facts) {
            auto loaded = loadDashboardFacts(db, period, [&promise](int percent) {
                promise.setProgressValue(percent);
                return !promise.isCanceled();
            });
            if (!loaded)
                return;
            facts = std::make_shared<const dashboard::Facts>(std::move(*loaded));
        }
        if (promise.isCanceled())
            return;
        DashboardResult result{facts, dashboard::summarize(*facts, filter), {}};
        fillNames(db, result.data.atRisk);
        promise.addResult(std::move(result));
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
    return m_facts && m_factsPath == path && samePeriod(m_facts->period, period);
}

void DashboardLoader::start(const QString& path, const dashboard::Period& period,
                            const dashboard::Filter& filter) {
    cancel();
    const auto facts = hasFactsFor(path, period) ? m_facts : nullptr;
    auto* watcher = new QFutureWatcher<DashboardResult>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, &DashboardLoader::progress);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] { finished(watcher, path); });
    watcher->setFuture(QtConcurrent::run(compute, path, period, filter, facts));
}

void DashboardLoader::cancel() {
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->cancel();
    // Deleted once its worker is done: the future keeps running until it
    // sees the cancellation.
    connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
    if (m_watcher->isFinished())
        m_watcher->deleteLater();
    m_watcher = nullptr;
}

void DashboardLoader::finished(QFutureWatcher<DashboardResult>* watcher, const QString& path) {
    watcher->deleteLater();
    m_watcher = nullptr;
    if (watcher->isCanceled() || watcher->future().resultCount() == 0)
        return;
    const DashboardResult result = watcher->result();
    if (result.facts) {
        m_facts = result.facts;
        m_factsPath = path;
    }
    emit ready(result);
}

} // namespace crm::ui
