#pragma once
// Where a CRM file lives: SQLite's locking is unreliable on network file
// systems, so a file on an SMB or NFS share must not be shared that way.
#include <filesystem>
#include <optional>
#include <string>

namespace crm {

// "NFS", "SMB/CIFS", ... when the file (or, before it exists, its folder)
// is on a network file system; nullopt on a local disk.
std::optional<std::string> networkFileSystem(const std::filesystem::path& file);
// The network file system of a statfs f_type magic number, if it is one.
std::optional<std::string> networkFileSystemOf(long fileSystemMagic);

// The warning to show for a file on a network share.
std::string networkShareWarning(const std::string& fileSystem);

} // namespace crm
