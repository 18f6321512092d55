#pragma once
// A file written under a temporary name (FILE.tmp-<pid>, same directory) and
// renamed over FILE only by commit(), after fsync: until then, and if the
// writing fails or is abandoned, an existing FILE is left exactly as it was
// and the temporary file is removed.
#include <cstdint>
#include <filesystem>
#include <string_view>

namespace crm::csv {

class AtomicFile {
public:
    // Creates the temporary file (owner read/write only, like the database);
    // throws crm::Error naming the file when it cannot.
    explicit AtomicFile(std::filesystem::path target);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile(); // removes the temporary file unless committed

    void write(std::string_view bytes);
    // fsync, rename into place, fsync the directory.
    void commit();

    const std::filesystem::path& target() const { return m_target; }
    const std::filesystem::path& temporaryPath() const { return m_temporary; }
    std::uint64_t bytesWritten() const { return m_bytes; }

private:
    [[noreturn]] void fail(std::string_view what) const;
    void closeFile();

    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    int m_fd = -1;
    bool m_committed = false;
    std::uint64_t m_bytes = 0;
};

} // namespace crm::csv
