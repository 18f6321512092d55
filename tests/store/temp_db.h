#pragma once
// A fresh database file per test, removed afterwards.
#include "crm/store/database.h"

#include <filesystem>
#include <optional>
#include <string>

namespace crm::test {

// A path under the build tree's tmp dir, unique to this process and `name`;
// any file (and its -wal/-shm) there is removed first.
std::filesystem::path freshPath(const std::string& name);

class TempDb {
public:
    explicit TempDb(const std::string& name = "test");
    ~TempDb();
    Database& db() { return *m_db; }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
    std::optional<Database> m_db;
};

} // namespace crm::test
