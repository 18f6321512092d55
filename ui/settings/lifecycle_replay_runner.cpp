#include "settings/lifecycle_replay_runner.h"

#include "crm/store/database.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>
#include <algorithm>
#include <atomic>
#include <memory>

namespace crm::ui {

namespace {

// Shows `done` of `total` in the dialog, from the worker thread.
void postProgress(QProgressDialog* dialog, std::int64_t done, std::int64_t total) {
    QMetaObject::invokeMethod(
        dialog,
        [dialog, done, total] {
            dialog->setMaximum(static_cast<int>(std::max<std::int64_t>(total, 1)));
            dialog->setValue(static_cast<int>(done));
        },
        Qt::QueuedConnection);
}

ReplayOutcome replay(const QString& path, const Date& asOf, QProgressDialog* dialog,
                     const std::shared_ptr<std::atomic<bool>>& cancelled) {
    try {
        const Database db = Database::open(path.toStdString());
        const auto progress = [&](std::int64_t done, std::int64_t total) {
            postProgress(dialog, done, total);
            return !cancelled->load();
        };
        return {replayLifecycles(db, asOf, progress), {}};
    } catch (const std::exception& e) {
        return {{}, QString::fromStdString(e.what())};
    }
}

} // namespace

ReplayOutcome LifecycleReplayRunner::run(QWidget* parent, const QString& path, const Date& asOf) {
    QProgressDialog dialog(tr("Re-deriving every customer's lifecycle stage…"), tr("Cancel"), 0, 0,
                           parent);
    dialog.setWindowTitle(tr("Lifecycle stages"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [cancelled, &dialog] {
        cancelled->store(true); // cancel() hid the dialog: show that it is stopping
        dialog.setLabelText(tr("Stopping after the current batch…"));
        dialog.show();
    });
    QFutureWatcher<ReplayOutcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QProgressDialog* target = &dialog; // alive until the worker has finished
    watcher.setFuture(QtConcurrent::run(
        [path, asOf, target, cancelled] { return replay(path, asOf, target, cancelled); }));
    dialog.show();
    loop.exec();
    return watcher.result();
}

} // namespace crm::ui
