#pragma once
// Where `crm` keeps its database when neither --db nor CRM_DB names one.
#include <filesystem>
#include <optional>

namespace crm::cli {

// $XDG_DATA_HOME/crm/crm.db, else $HOME/.local/share/crm/crm.db (XDG base
// directory rules: a relative XDG_DATA_HOME is ignored). The values are passed
// in so that this reads no environment itself; nullopt when neither is usable.
std::optional<std::filesystem::path> defaultDatabasePath(const char* xdgDataHome,
                                                         const char* home);

} // namespace crm::cli
