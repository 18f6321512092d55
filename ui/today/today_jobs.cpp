#include "today/today_jobs.h"

#include "crm/store/database.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace crm::ui {

namespace {

BirthdaysResult findBirthdays(const TodayRequest& request) {
    try {
        const Database db = Database::open(request.path.toStdString());
        return {birthdaysBetween(db, request.today, TodayJobs::kBirthdayDays), {}};
    } catch (const std::exception& e) {
        return {{}, QString::fromStdString(e.what())};
    }
}

AtRiskResult findAtRisk(const TodayRequest& request) {
    try {
        const Database db = Database::open(request.path.toStdString());
        AtRiskRequest query;
        query.asOf = request.today;
        query.owner = request.owner;
        query.limit = TodayJobs::kAtRiskRows;
        return {computeAtRisk(db, query), {}};
    } catch (const std::exception& e) {
        return {{}, QString::fromStdString(e.what())};
    }
}

} // namespace

TodayJobs::TodayJobs(QObject* parent) : QObject(parent) {}

void TodayJobs::start(const TodayRequest& request) {
    m_last = request;
    ++m_generation;
    run<BirthdaysResult>([request] { return findBirthdays(request); },
                         [this](const BirthdaysResult& r) { emit birthdaysReady(r); });
    run<AtRiskResult>([request] { return findAtRisk(request); },
                      [this](const AtRiskResult& r) { emit atRiskReady(r); });
}

template <class Result, class Work, class Deliver> void TodayJobs::run(Work work, Deliver deliver) {
    auto* watcher = new QFutureWatcher<Result>(this);
    const int generation = m_generation;
    ++m_running;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, deliver] {
        watcher->deleteLater();
        if (generation == m_generation)
            deliver(watcher->result());
        oneDone();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void TodayJobs::oneDone() {
    if (--m_running == 0)
        emit finished();
}

} // namespace crm::ui
