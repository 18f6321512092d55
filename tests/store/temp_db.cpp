#include "temp_db.h"

#include <unistd.h>

namespace crm::test {

namespace {
void removeWithSidecars(const std::filesystem::path& p) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(p.string() + suffix, ec);
}
} // namespace

std::filesystem::path freshPath(const std::string& name) {
    std::filesystem::path dir = CRM_TEST_TMP_DIR;
    std::filesystem::create_directories(dir);
    auto p = dir / (name + "-" + std::to_string(::getpid()) + ".crm");
    removeWithSidecars(p);
    return p;
}

TempDb::TempDb(const std::string& name)
    : m_path(freshPath(name)), m_db(Database::create(m_path)) {}

TempDb::~TempDb() {
    m_db.reset();
    removeWithSidecars(m_path);
}

} // namespace crm::test
