#include "bench_args.h"

#include <chrono>
#include <stdexcept>

namespace crm::bench {

Args::Args(int argc, char** argv, const std::map<std::string, std::string>& defaults)
    : m_values(defaults) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (!arg.starts_with("--") || !m_values.contains(arg.substr(2)))
            throw std::invalid_argument("unknown option " + arg);
        const std::string name = arg.substr(2);
        if (m_values.at(name) == "0" || m_values.at(name) == "1") { // a flag
            m_values[name] = "1";
            continue;
        }
        if (i + 1 >= argc)
            throw std::invalid_argument("option " + arg + " needs a value");
        m_values[name] = argv[++i];
    }
}

std::int64_t Args::number(const std::string& name) const {
    return std::stoll(m_values.at(name));
}

void removeDatabase(const std::filesystem::path& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path.string() + suffix);
}

std::int64_t nowNanoseconds() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double secondsSince(std::int64_t startNanoseconds) {
    return static_cast<double>(nowNanoseconds() - startNanoseconds) / 1e9;
}

} // namespace crm::bench
