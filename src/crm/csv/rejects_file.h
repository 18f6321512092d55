#pragma once
// The rows an import refused, written unchanged (same columns, same
// delimiter, UTF-8) with the reason in an extra last column, so they can be
// fixed and imported again.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace crm::csv {

class RejectsFile {
public:
    // Creates (or replaces) the file and writes the header plus "reason".
    // Throws Error when it cannot be created.
    RejectsFile(const std::filesystem::path& path, const std::vector<std::string>& header,
                char delimiter);
    void write(const std::vector<std::string>& fields, const std::string& reason);
    // Flushes; throws Error when writing failed.
    void close();

private:
    void writeRow(const std::vector<std::string>& fields, const std::string* extra);

    std::filesystem::path m_path;
    std::ofstream m_out;
    char m_delimiter;
};

} // namespace crm::csv
