#pragma once
// One import or export on a worker thread (QtConcurrent) that a dialog
// watches: the work reports progress through the domain's callback, which
// also tells it to stop once Cancel was pressed; finished() arrives on the
// UI thread. The work opens its own database connection.
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>

namespace crm::ui {

class CsvTask : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(CsvTask& task)>;

    explicit CsvTask(QObject* parent = nullptr);
    ~CsvTask() override; // cancels running work and waits for it

    // Runs `work` on the thread pool. It starts from the event loop, so a
    // Cancel pressed right after start() is seen by the work's first report.
    void start(Work work);
    bool isRunning() const { return m_running; }
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    // Cancels running work and blocks until it has stopped (for owners
    // whose state the work's result refers to).
    void cancelAndWait();

    // Called by the work on its thread: `done` of `total` (any unit) and the
    // rows handled so far. Returns false once Cancel was pressed.
    bool report(qint64 done, qint64 total, qint64 rows);

signals:
    void progressed(qint64 done, qint64 total, qint64 rows);
    void finished();

private:
    void onFinished();

    QFutureWatcher<void> m_watcher;
    std::atomic<bool> m_cancelled{false};
    bool m_running = false;
};

} // namespace crm::ui
