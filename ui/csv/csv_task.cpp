#include "csv/csv_task.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace crm::ui {

CsvTask::CsvTask(QObject* parent) : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &CsvTask::onFinished);
}

CsvTask::~CsvTask() { cancelAndWait(); }

void CsvTask::cancelAndWait() {
    cancel();
    m_watcher.waitForFinished();
}

void CsvTask::start(Work work) {
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancelled = false;
    QTimer::singleShot(0, this, [this, work = std::move(work)] {
        m_watcher.setFuture(QtConcurrent::run([this, work] { work(*this); }));
    });
}

bool CsvTask::report(qint64 done, qint64 total, qint64 rows) {
    emit progressed(done, total, rows); // queued to the UI thread
    return !m_cancelled;
}

void CsvTask::onFinished() {
    m_running = false;
    emit finished();
}

} // namespace crm::ui
