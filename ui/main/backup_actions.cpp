#include "main/backup_actions.h"

#include "main/app_settings.h"
#include "edit/message_box.h"

#include "crm/errors.h"
#include "crm/store/backups.h"
#include "crm/store/database.h"
#include "main/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace crm::ui {

namespace {

struct CopyResult {
    bool done = false;
    QString error;
};

// Runs on a worker thread with its own connection.
CopyResult copyDatabase(const std::string& source, const std::string& target,
                        std::shared_ptr<std::atomic<int>> permille, std::shared_ptr<std::atomic<bool>> cancel) {
    try {
        const Database db = Database::open(source);
        const bool done = backupDatabase(db, target, [&](std::int64_t d, std::int64_t total) {
            permille->store(total > 0 ? static_cast<int>(d * 1000 / total) : 1000);
            return !cancel->load();
        });
        return {done, {}};
    } catch (const std::exception& e) {
        return {false, QString::fromStdString(e.what())};
    }
}

QString describe(const BackupEntry& e) {
    const QDateTime when = QDateTime::fromSecsSinceEpoch(e.modifiedUnix);
    return QCoreApplication::translate("crm::ui::BackupActions", "#%1  %2  (%3)")
        .arg(e.number)
        .arg(QLocale().toString(when, QLocale::ShortFormat))
        .arg(QLocale().formattedDataSize(e.bytes));
}

} // namespace

BackupActions::BackupActions(Session* session, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_session(session), m_dialogParent(dialogParent) {}

int BackupActions::keepCount() { return AppSettings::backupKeepCount(); }

int BackupActions::intervalDays() { return AppSettings::backupIntervalDays(); }

bool BackupActions::copyWithProgress(const QString& target) {
    auto permille = std::make_shared<std::atomic<int>>(0);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QProgressDialog progress(tr("Backing up..."), tr("Cancel"), 0, 1000, m_dialogParent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<CopyResult> watcher;
    QTimer timer;
    connect(&timer, &QTimer::timeout, &progress, [&] { progress.setValue(permille->load()); });
    connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancel->store(true); });
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<CopyResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(copyDatabase, m_session->path().toStdString(),
                                        target.toStdString(), permille, cancel));
    timer.start(100);
    loop.exec();
    const CopyResult result = watcher.result();
    if (!result.error.isEmpty())
        QMessageBox::critical(m_dialogParent, tr("Backup failed"), result.error);
    return result.done;
}

void BackupActions::backupNow() {
    const QString target = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Back up to"), m_session->path() + QStringLiteral(".backup.crm"),
        tr("CRM databases (*.crm *.db)"));
    if (target.isEmpty())
        return;
    if (copyWithProgress(target))
        emit message(tr("Backed up and checked: %1").arg(QDir::toNativeSeparators(target)));
}

void BackupActions::restoreFromBackup() {
    const QString file = m_session->path();
    const auto backups = listBackups(file.toStdString());
    if (backups.empty()) {
        QMessageBox::information(m_dialogParent, tr("Restore from backup"),
                                 tr("There are no backups of this database yet (File > Backup now, "
                                    "or the automatic daily backup)."));
        return;
    }
    QStringList items;
    for (const auto& b : backups)
        items << describe(b);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_dialogParent, tr("Restore from backup"),
        tr("Replace the open database with this backup?\nThe current file is kept as one more backup."),
        items, 0, false, &ok);
    if (!ok)
        return;
    const auto& backup = backups[static_cast<std::size_t>(items.indexOf(chosen))];
    m_session->close();
    try {
        restoreBackup(backup.path, file.toStdString(), keepCount());
        emit message(tr("Restored backup #%1").arg(backup.number));
    } catch (const std::exception& e) {
        QMessageBox::critical(m_dialogParent, tr("Restore failed"), QString::fromStdString(e.what()));
    }
    reopen(file);
}

void BackupActions::reopen(const QString& file) {
    try {
        m_session->open(file);
    } catch (const std::exception& e) {
        QMessageBox::critical(m_dialogParent, tr("Cannot open the database"),
                              QString::fromStdString(e.what()));
    }
}

bool BackupActions::offerRestoreOfDamaged(const QString& file, const QString& problem) {
    const auto backups = listBackups(file.toStdString());
    if (backups.empty())
        return false;
    const auto answer = MessageBox::question(
        m_dialogParent, tr("The database is damaged"),
        tr("%1\n\nRestore the latest backup (%2)? The damaged file is kept beside its backups.")
            .arg(problem, describe(backups.front())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    try {
        restoreBackup(backups.front().path, file.toStdString(), keepCount());
        return true;
    } catch (const std::exception& e) {
        QMessageBox::critical(m_dialogParent, tr("Restore failed"), QString::fromStdString(e.what()));
        return false;
    }
}

void BackupActions::backUpIfDue() {
    if (!m_session->isOpen() || m_session->isReadOnly() || intervalDays() <= 0)
        return;
    const auto backups = listBackups(m_session->path().toStdString());
    const qint64 ageSeconds = backups.empty()
                                  ? std::numeric_limits<qint64>::max()
                                  : QDateTime::currentSecsSinceEpoch() - backups.front().modifiedUnix;
    if (ageSeconds < qint64(intervalDays()) * 86400)
        return;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        emit message(watcher->result());
    });
    const int keep = keepCount();
    watcher->setFuture(QtConcurrent::run([path = m_session->path().toStdString(), keep] {
        try {
            const auto entry = makeNumberedBackup(Database::open(path), keep);
            return entry ? tr("Automatic backup #%1 made and checked").arg(entry->number) : QString();
        } catch (const std::exception& e) {
            return tr("Automatic backup failed: %1").arg(QString::fromStdString(e.what()));
        }
    }));
}

} // namespace crm::ui
