#pragma once
// Backups of a CRM file with SQLite's online backup API: written under a
// temporary name, checked with PRAGMA integrity_check, then renamed into
// place, so a backup that exists is whole. Numbered automatic backups sit
// beside the file in FILE.backups/ and only the newest `keep` are kept.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace crm {

class Database;

// Pages copied so far and in all; return false to cancel.
using BackupProgress = std::function<bool(std::int64_t done, std::int64_t total)>;

// Copies the database to `target` (replacing it) and checks the copy.
// Returns false when cancelled (nothing is left at `target` then).
// Throws StoreError when the copy fails or does not pass the check.
bool backupDatabase(const Database& db, const std::filesystem::path& target,
                    const BackupProgress& progress = {});

// "ok", or the first problems PRAGMA integrity_check reports; the file is
// opened read-only. Throws StoreError when it cannot be read at all.
std::string integrityReport(const std::filesystem::path& file);

struct BackupEntry {
    std::filesystem::path path;
    int number = 0;             // increases with each backup
    std::int64_t modifiedUnix = 0; // seconds since 1970 (file time)
    std::int64_t bytes = 0;
};

// FILE.backups/ beside the database file.
std::filesystem::path backupDirectory(const std::filesystem::path& databaseFile);
// The automatic backups of the file, newest first.
std::vector<BackupEntry> listBackups(const std::filesystem::path& databaseFile);
// Writes the next numbered backup, then deletes all but the newest `keep`.
// Returns it, or nullopt when cancelled.
std::optional<BackupEntry> makeNumberedBackup(const Database& db, int keep,
                                              const BackupProgress& progress = {});

// Replaces the database file by a backup, after checking the backup and
// saving the current file as one more numbered backup first (so a restore
// can be undone). No connection to `databaseFile` may be open.
void restoreBackup(const std::filesystem::path& backup, const std::filesystem::path& databaseFile,
                   int keep);

} // namespace crm
