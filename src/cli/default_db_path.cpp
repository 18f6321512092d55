#include "default_db_path.h"

namespace crm::cli {

namespace {

bool isAbsolute(const char* value) { return value != nullptr && value[0] == '/'; }

} // namespace

std::optional<std::filesystem::path> defaultDatabasePath(const char* xdgDataHome,
                                                         const char* home) {
    std::filesystem::path dataHome;
    if (isAbsolute(xdgDataHome))
        dataHome = xdgDataHome;
    else if (isAbsolute(home))
        dataHome = std::filesystem::path(home) / ".local" / "share";
    else
        return std::nullopt;
    return dataHome / "crm" / "crm.db";
}

} // namespace crm::cli
