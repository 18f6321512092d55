#pragma once
// File > Backup now and Restore from backup, and the automatic numbered
// backup when a database is opened and its newest backup is older than a
// day. Copies run on a worker thread with progress and Cancel.
#include <QObject>
#include <QString>

class QWidget;

namespace crm::ui {

class Session;

class BackupActions : public QObject {
    Q_OBJECT
public:
    BackupActions(Session* session, QWidget* dialogParent, QObject* parent = nullptr);

    // Asks for a target file and copies the open database there.
    void backupNow();
    // Lists the numbered backups; restores the chosen one and reopens.
    void restoreFromBackup();
    // The file would not open because it is damaged: offers to restore its
    // newest backup (the damaged file is kept). True when restored.
    bool offerRestoreOfDamaged(const QString& file, const QString& problem);
    // A numbered backup in the background when the newest is older than
    // the configured interval (quietly; a failure shows in the status bar).
    void backUpIfDue();

    // How many numbered backups are kept, and how often one is made
    // (0 days: no automatic backups).
    static int keepCount();
    static int intervalDays();

signals:
    void message(const QString& text);

private:
    bool copyWithProgress(const QString& target);
    void reopen(const QString& file);

    Session* m_session;
    QWidget* m_dialogParent;
};

} // namespace crm::ui
