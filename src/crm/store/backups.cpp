#include "crm/store/backups.h"

#include "crm/errors.h"
#include "crm/store/database.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>

namespace fs = std::filesystem;

namespace crm {

namespace {

constexpr int kPagesPerStep = 4096; // 16 MiB of 4 KiB pages between progress reports
const std::string kPrefix = "backup-";
const std::string kSuffix = ".crm";

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

void removeQuietly(const fs::path& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(path.string() + suffix, ec);
}

// Reading `file` to check it leaves an empty -wal and a -shm beside it (the
// copy is in WAL mode): removed, so that they do not stay behind under the
// partial name. A -wal that holds pages is left alone.
void removeEmptySideFiles(const fs::path& file) {
    std::error_code ec;
    const fs::path wal = file.string() + "-wal";
    if (fs::exists(wal, ec) && fs::file_size(wal, ec) != 0)
        return;
    fs::remove(wal, ec);
    fs::remove(file.string() + "-shm", ec);
}

// Copies page by page; false when cancelled.
bool copyPages(SQLite::Database& source, const fs::path& target, const BackupProgress& progress) {
    SQLite::Database destination(target.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    SQLite::Backup backup(destination, source);
    for (;;) {
        const int rc = backup.executeStep(kPagesPerStep);
        const std::int64_t total = backup.getTotalPageCount();
        const std::int64_t done = total - backup.getRemainingPageCount();
        if (rc == SQLITE_DONE)
            return !progress || progress(total, total);
        if (progress && !progress(done, total))
            return false;
    }
}

std::optional<int> numberOf(const fs::path& file) {
    const std::string name = file.filename().string();
    if (!name.starts_with(kPrefix) || !name.ends_with(kSuffix))
        return std::nullopt;
    const std::string digits = name.substr(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size());
    if (digits.empty() ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoi(digits);
}

fs::path numberedPath(const fs::path& databaseFile, int number) {
    std::string digits = std::to_string(number);
    digits.insert(0, digits.size() < 4 ? 4 - digits.size() : 0, '0');
    return backupDirectory(databaseFile) / (kPrefix + digits + kSuffix);
}

int nextNumber(const fs::path& databaseFile) {
    const auto backups = listBackups(databaseFile);
    return backups.empty() ? 1 : backups.front().number + 1;
}

void prune(const fs::path& databaseFile, int keep) {
    const auto backups = listBackups(databaseFile);
    for (std::size_t i = static_cast<std::size_t>(std::max(keep, 1)); i < backups.size(); ++i)
        removeQuietly(backups[i].path);
}

// Copies `source` (a file no one writes) to `target` through the backup API.
void copyFile(const fs::path& source, const fs::path& target) {
    SQLite::Database from(source.string(), SQLite::OPEN_READONLY);
    const fs::path partial = target.string() + ".partial";
    removeQuietly(partial);
    copyPages(from, partial, {});
    removeEmptySideFiles(partial);
    fs::rename(partial, target);
}

// Saves the file about to be replaced: as a numbered backup when it opens,
// else (damaged) byte for byte as damaged-N.crm with its -wal.
void keepCurrentFile(const fs::path& databaseFile, int keep) {
    fs::create_directories(backupDirectory(databaseFile));
    try {
        const Database current = Database::open(databaseFile);
        makeNumberedBackup(current, keep + 1);
        return;
    } catch (const StoreError& e) {
        if (e.kind() != StoreError::Kind::Damaged && e.kind() != StoreError::Kind::NotADatabase)
            throw;
    }
    const fs::path saved = backupDirectory(databaseFile) /
                           ("damaged-" + std::to_string(nextNumber(databaseFile)) + kSuffix);
    fs::copy_file(databaseFile, saved, fs::copy_options::overwrite_existing);
    if (fs::exists(databaseFile.string() + "-wal"))
        fs::copy_file(databaseFile.string() + "-wal", saved.string() + "-wal",
                      fs::copy_options::overwrite_existing);
}

} // namespace

bool backupDatabase(const Database& db, const fs::path& target, const BackupProgress& progress) {
    const fs::path partial = target.string() + ".partial";
    removeQuietly(partial);
    try {
        if (!copyPages(db.sql(), partial, progress)) {
            removeQuietly(partial);
            return false;
        }
        if (const std::string report = integrityReport(partial); report != "ok")
            throw StoreError(StoreError::Kind::Damaged,
                             "the backup " + quoted(target) + " failed its check: " + report);
        removeEmptySideFiles(partial);
        fs::rename(partial, target);
        return true;
    } catch (const SQLite::Exception& e) {
        removeQuietly(partial);
        throw StoreError(StoreError::Kind::Io,
                         "backing up to " + quoted(target) + " failed: " + e.what());
    } catch (...) {
        removeQuietly(partial);
        throw;
    }
}

std::string integrityReport(const fs::path& file) {
    try {
        SQLite::Database check(file.string(), SQLite::OPEN_READONLY);
        SQLite::Statement st(check, "PRAGMA integrity_check(10)");
        std::string report;
        while (st.executeStep())
            report += (report.empty() ? "" : "; ") + st.getColumn(0).getString();
        return report;
    } catch (const SQLite::Exception& e) {
        throw StoreError(StoreError::Kind::Damaged, quoted(file) + " cannot be checked: " + e.what());
    }
}

fs::path backupDirectory(const fs::path& databaseFile) {
    return fs::path(databaseFile.string() + ".backups");
}

std::vector<BackupEntry> listBackups(const fs::path& databaseFile) {
    std::vector<BackupEntry> entries;
    std::error_code ec;
    for (const auto& item : fs::directory_iterator(backupDirectory(databaseFile), ec)) {
        const auto number = numberOf(item.path());
        if (!number || !item.is_regular_file())
            continue;
        const auto time = std::chrono::file_clock::to_sys(item.last_write_time());
        entries.push_back({item.path(), *number,
                           std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count(),
                           static_cast<std::int64_t>(item.file_size())});
    }
    std::sort(entries.begin(), entries.end(),
              [](const BackupEntry& a, const BackupEntry& b) { return a.number > b.number; });
    return entries;
}

std::optional<BackupEntry> makeNumberedBackup(const Database& db, int keep,
                                              const BackupProgress& progress) {
    fs::create_directories(backupDirectory(db.path()));
    const int number = nextNumber(db.path());
    const fs::path target = numberedPath(db.path(), number);
    if (!backupDatabase(db, target, progress))
        return std::nullopt;
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
    prune(db.path(), keep);
    for (const BackupEntry& e : listBackups(db.path()))
        if (e.number == number)
            return e;
    return BackupEntry{target, number, 0, 0};
}

void restoreBackup(const fs::path& backup, const fs::path& databaseFile, int keep) {
    if (const std::string report = integrityReport(backup); report != "ok")
        throw StoreError(StoreError::Kind::Damaged,
                         "the backup " + quoted(backup) + " is damaged (" + report +
                             "); the database was not changed");
    if (fs::exists(databaseFile))
        keepCurrentFile(databaseFile, keep);
    const fs::path partial = databaseFile.string() + ".restoring";
    copyFile(backup, partial);
    removeQuietly(databaseFile.string() + "-wal");
    removeQuietly(databaseFile.string() + "-shm");
    fs::rename(partial, databaseFile);
}

} // namespace crm
