#pragma once
// Command-line options shared by the benchmark programs: --name value pairs.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace crm::bench {

class Args {
public:
    // Throws std::invalid_argument on an option without a value or not in `known`.
    Args(int argc, char** argv, const std::map<std::string, std::string>& defaults);

    std::string text(const std::string& name) const { return m_values.at(name); }
    std::int64_t number(const std::string& name) const;
    bool flag(const std::string& name) const { return m_values.at(name) == "1"; }

private:
    std::map<std::string, std::string> m_values;
};

// Removes a database file and its -wal / -shm companions.
void removeDatabase(const std::filesystem::path& path);

// Seconds since `start` on the steady clock.
double secondsSince(std::int64_t startNanoseconds);
std::int64_t nowNanoseconds();

} // namespace crm::bench
