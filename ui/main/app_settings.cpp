#include "main/app_settings.h"

#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace crm::ui {

namespace {
constexpr int kMaxRecentFiles = 8;
const QString kRecentFiles = QStringLiteral("files/recent");
} // namespace

QString AppSettings::currentUser() {
    return QSettings().value(QStringLiteral("user/name")).toString();
}

void AppSettings::setCurrentUser(const QString& user) {
    QSettings().setValue(QStringLiteral("user/name"), user.trimmed());
}

int AppSettings::backupKeepCount() {
    return std::clamp(QSettings().value(QStringLiteral("backup/keep"), 10).toInt(), 1, 100);
}

void AppSettings::setBackupKeepCount(int count) {
    QSettings().setValue(QStringLiteral("backup/keep"), std::clamp(count, 1, 100));
}

int AppSettings::backupIntervalDays() {
    return std::clamp(QSettings().value(QStringLiteral("backup/intervalDays"), 1).toInt(), 0, 365);
}

void AppSettings::setBackupIntervalDays(int days) {
    QSettings().setValue(QStringLiteral("backup/intervalDays"), std::clamp(days, 0, 365));
}

QString AppSettings::language() {
    return QSettings().value(QStringLiteral("user/language")).toString();
}

void AppSettings::setLanguage(const QString& language) {
    QSettings().setValue(QStringLiteral("user/language"), language);
}

QStringList AppSettings::recentFiles() {
    return QSettings().value(kRecentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentFiles, files);
}

QString AppSettings::lastFile() {
    const QStringList files = recentFiles();
    return files.isEmpty() ? QString() : files.first();
}

QString AppSettings::defaultDatabasePath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/crm/crm.db");
}

QByteArray AppSettings::value(const QString& key) {
    return QSettings().value(key).toByteArray();
}

void AppSettings::setValue(const QString& key, const QByteArray& value) {
    QSettings().setValue(key, value);
}

} // namespace crm::ui
