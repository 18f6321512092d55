#include "detail/rfm_cutpoint_cache.h"

#include "crm/store/customer_scores.h"
#include "crm/store/database.h"
#include "crm/store/rfm_snapshot.h"
#include "list/domain_text.h"
#include "main/session.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>

namespace crm::ui {

namespace {

// What the worker reports back; each call is queued to the cache's thread.
struct WorkerReports {
    std::function<void(const Date&, int)> starting;
    std::function<void(const Date&, const rfm::Cutpoints&)> done;
    std::function<void(const QString&)> failed;
};

void computeOnWorker(const QString& path, const std::vector<Date>& dates, bool keep,
                     const std::atomic<bool>& stop, const WorkerReports& report) {
    try {
        const Database db = Database::open(path.toStdString());
        for (std::size_t k = 0; k < dates.size() && !stop; ++k) {
            report.starting(dates[k], static_cast<int>(k));
            if (const auto cuts = computeCutpoints(db, dates[k], keep, stop))
                report.done(dates[k], *cuts);
        }
    } catch (const std::exception& e) {
        report.failed(QString::fromStdString(e.what()));
    }
}

} // namespace

RfmCutpointCache::RfmCutpointCache(QObject* parent) : QObject(parent) {}

RfmCutpointCache::~RfmCutpointCache() { stopWorker(); }

void RfmCutpointCache::setSession(Session* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    reset();
    if (!session)
        return;
    connect(session, &Session::opened, this, &RfmCutpointCache::reset);
    connect(session, &Session::closing, this, &RfmCutpointCache::stopWorker);
    connect(session, &Session::closed, this, &RfmCutpointCache::reset);
    // Any change of a transaction can move everyone's boundaries; kept ones
    // the change made stale are dropped by the file itself.
    connect(session, &Session::customersChanged, this, &RfmCutpointCache::reset);
}

void RfmCutpointCache::reset() {
    stopWorker();
    ++m_generation;
    m_known.clear();
    m_missing.clear();
    m_computing.clear();
    emit invalidated();
}

void RfmCutpointCache::stopWorker() {
    if (m_stop)
        *m_stop = true;
    m_worker.waitForFinished();
}

std::optional<rfm::Cutpoints> RfmCutpointCache::find(const Date& date) {
    if (const auto it = m_known.find(date); it != m_known.end())
        return it->second;
    if (!m_session || !m_session->isOpen())
        return std::nullopt;
    if (auto kept = loadCutpoints(m_session->database(), date)) {
        m_known.emplace(date, *kept);
        return kept;
    }
    const auto queued = [&](const std::vector<Date>& dates) {
        return std::find(dates.begin(), dates.end(), date) != dates.end();
    };
    if (!queued(m_missing) && !queued(m_computing))
        m_missing.push_back(date);
    return std::nullopt;
}

bool RfmCutpointCache::isPending(const Date& date) const {
    return !m_known.contains(date);
}

void RfmCutpointCache::computeMissing() {
    if (m_missing.empty() || m_worker.isRunning() || !m_session || !m_session->isOpen())
        return;
    m_computing = std::exchange(m_missing, {});
    // Newest first: today's score is the one the header shows.
    std::sort(m_computing.begin(), m_computing.end(), std::greater<>());
    m_stop = std::make_shared<std::atomic<bool>>(false);
    const int generation = m_generation;
    const int total = static_cast<int>(m_computing.size());
    WorkerReports report;
    report.starting = [this, generation, total](const Date& date, int done) {
        QMetaObject::invokeMethod(this, [=, this] {
            if (generation == m_generation)
                emit computing(toQDate(date), done, total);
        }, Qt::QueuedConnection);
    };
    report.done = [this, generation](const Date& date, const rfm::Cutpoints& cuts) {
        QMetaObject::invokeMethod(this, [=, this] { store(generation, date, cuts); },
                                  Qt::QueuedConnection);
    };
    report.failed = [this, generation](const QString& message) {
        QMetaObject::invokeMethod(this, [=, this] {
            if (generation == m_generation)
                emit failed(message);
        }, Qt::QueuedConnection);
    };
    m_worker = QtConcurrent::run([path = m_session->path(), dates = m_computing,
                                  keep = !m_session->isReadOnly(), stop = m_stop, report] {
        computeOnWorker(path, dates, keep, *stop, report);
    });
}

void RfmCutpointCache::store(int generation, const Date& date, const rfm::Cutpoints& cuts) {
    if (generation != m_generation)
        return;
    m_known[date] = cuts;
    std::erase(m_computing, date);
    emit computed(toQDate(date));
    if (m_computing.empty()) {
        m_worker.waitForFinished(); // it has reported its last date
        computeMissing();
    }
}

} // namespace crm::ui
