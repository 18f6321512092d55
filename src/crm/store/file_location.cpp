#include "crm/store/file_location.h"

#include <sys/vfs.h>

namespace crm {

std::optional<std::string> networkFileSystemOf(long magic) {
    switch (static_cast<unsigned long>(magic) & 0xFFFFFFFFul) {
    case 0x6969ul: return "NFS";
    case 0x517Bul: return "SMB";
    case 0xFF534D42ul: return "SMB/CIFS";
    case 0xFE534D42ul: return "SMB2";
    case 0x564C: return "NCP";
    case 0x65735546ul: return "FUSE (possibly sshfs)";
    case 0x73757245ul: return "Coda";
    case 0x5346414Ful: return "AFS";
    case 0x00C36400ul: return "Ceph";
    default: return std::nullopt;
    }
}

std::optional<std::string> networkFileSystem(const std::filesystem::path& file) {
    std::filesystem::path probe = file;
    std::error_code ec;
    if (!std::filesystem::exists(probe, ec))
        probe = probe.has_parent_path() ? probe.parent_path() : std::filesystem::path(".");
    struct statfs info {};
    if (::statfs(probe.c_str(), &info) != 0)
        return std::nullopt;
    return networkFileSystemOf(static_cast<long>(info.f_type));
}

std::string networkShareWarning(const std::string& fileSystem) {
    return "this file is on a network share (" + fileSystem +
           "): SQLite files must not be shared over a network, where locking is "
           "unreliable and two users can damage the file. Keep it on a local disk "
           "and share exports or backups instead.";
}

} // namespace crm
