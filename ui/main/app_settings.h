#pragma once
// The user's preferences and the window's remembered state, kept with
// QSettings: who the current user is (for "my customers"), the language,
// the recent files and the last database opened.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace crm::ui {

class AppSettings {
public:
    static QString currentUser();
    static void setCurrentUser(const QString& user);
    // Empty: follow the system locale.
    static QString language();
    static void setLanguage(const QString& language);

    // Automatic backups: how many numbered backups of a file are kept (1..100,
    // default 10), and every how many days one is made on opening (0: never,
    // default 1).
    static int backupKeepCount();
    static void setBackupKeepCount(int count);
    static int backupIntervalDays();
    static void setBackupIntervalDays(int days);

    static QStringList recentFiles();
    // Puts the file first in the recent list (at most 8 kept).
    static void addRecentFile(const QString& path);
    static QString lastFile();

    // $XDG_DATA_HOME/crm/crm.db (or ~/.local/share/crm/crm.db): the same
    // default file as the `crm` tool.
    static QString defaultDatabasePath();

    static QByteArray value(const QString& key);
    static void setValue(const QString& key, const QByteArray& value);
};

} // namespace crm::ui
