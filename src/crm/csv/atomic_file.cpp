#include "crm/csv/atomic_file.h"

#include "crm/errors.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace crm::csv {

namespace {

std::filesystem::path temporaryFor(const std::filesystem::path& target) {
    std::filesystem::path temporary = target;
    temporary += ".tmp-" + std::to_string(::getpid());
    return temporary;
}

void syncDirectoryOf(const std::filesystem::path& file) {
    std::filesystem::path dir = file.parent_path();
    if (dir.empty())
        dir = ".";
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) { // best effort: the rename itself is already atomic
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

AtomicFile::AtomicFile(std::filesystem::path target)
    : m_target(std::move(target)), m_temporary(temporaryFor(m_target)) {
    if (std::filesystem::is_directory(m_target))
        throw Error("cannot write " + m_target.string() + ": it is a directory");
    m_fd = ::open(m_temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
                  0600);
    if (m_fd < 0)
        fail("cannot create");
}

AtomicFile::~AtomicFile() {
    if (m_committed)
        return;
    closeFile();
    ::unlink(m_temporary.c_str());
}

void AtomicFile::fail(std::string_view what) const {
    throw Error(std::string(what) + " " + m_temporary.string() + ": " + std::strerror(errno));
}

void AtomicFile::closeFile() {
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void AtomicFile::write(std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(m_fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail("cannot write");
        bytes.remove_prefix(static_cast<std::size_t>(n));
        m_bytes += static_cast<std::uint64_t>(n);
    }
}

void AtomicFile::commit() {
    if (::fsync(m_fd) != 0)
        fail("cannot sync");
    if (::close(m_fd) != 0) {
        m_fd = -1;
        fail("cannot close");
    }
    m_fd = -1;
    if (::rename(m_temporary.c_str(), m_target.c_str()) != 0)
        throw Error("cannot rename " + m_temporary.string() + " to " + m_target.string() + ": " +
                    std::strerror(errno));
    m_committed = true;
    syncDirectoryOf(m_target);
}

} // namespace crm::csv
