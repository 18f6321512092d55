#pragma once
// A CSV file that cannot be read as a table: not there, not text, malformed
// quoting. The message names the file and, when known, the line.
#include "crm/errors.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace crm::csv {

class CsvError : public Error {
public:
    // line 0: the file as a whole.
    CsvError(const std::filesystem::path& file, std::uint64_t line, const std::string& what)
        : Error(file.string() + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " +
                what),
          m_line(line) {}
    std::uint64_t line() const { return m_line; }

private:
    std::uint64_t m_line;
};

} // namespace crm::csv
