#include "bench_peer.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

#include <unistd.h>

namespace crm::bench {

namespace {

std::string shellQuoted(const std::string& text) {
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::filesystem::path writeScript(const std::string& sql, int repeats) {
    const auto path = std::filesystem::temp_directory_path() /
                      ("crm-bench-peer-" + std::to_string(::getpid()) + ".sql");
    std::ofstream script(path);
    script << ".output /dev/null\n.timer on\n";
    for (int i = 0; i < repeats; ++i)
        script << sql << "\n";
    return path;
}

} // namespace

double peerMedianMs(const std::string& shell, const std::string& databasePath,
                    const std::string& sql, int repeats) {
    const auto script = writeScript(sql, repeats);
    // The shell prints its .timer lines to stdout even while query output
    // goes to /dev/null; they have millisecond resolution.
    const std::string command = shellQuoted(shell) + " -readonly " + shellQuoted(databasePath) +
                                " < " + shellQuoted(script.string()) + " 2>&1";
    std::vector<double> ms;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char line[512];
        while (std::fgets(line, sizeof line, pipe)) {
            double real = 0;
            if (std::sscanf(line, "Run Time: real %lf", &real) == 1)
                ms.push_back(real * 1000.0);
        }
        ::pclose(pipe);
    }
    std::filesystem::remove(script);
    if (ms.empty())
        return -1;
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace crm::bench
