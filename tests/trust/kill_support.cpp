#include "kill_support.h"

#include <SQLiteCpp/Database.h>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace crm::test {

namespace fs = std::filesystem;

fs::path tmpDir() {
    const fs::path dir = fs::path(CRM_TEST_TMP_DIR) / ("kill-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

void removeDatabase(const fs::path& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(path.string() + suffix, ec);
}

void copyDatabase(const fs::path& from, const fs::path& to) {
    removeDatabase(to);
    fs::copy_file(from, to);
}

namespace {

pid_t spawn(const std::vector<std::string>& argv) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        throw std::runtime_error("cannot start " + argv[0]);
    return pid;
}

} // namespace

bool runAndKill(const std::vector<std::string>& argv, std::chrono::microseconds delay) {
    const pid_t pid = spawn(argv);
    const auto deadline = std::chrono::steady_clock::now() + delay;
    int status = 0;
    while (std::chrono::steady_clock::now() < deadline) {
        if (::waitpid(pid, &status, WNOHANG) == pid)
            return false; // it finished first
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    return WIFSIGNALED(status);
}

std::chrono::microseconds timeRun(const std::vector<std::string>& argv) {
    const auto start = std::chrono::steady_clock::now();
    int status = 0;
    ::waitpid(spawn(argv), &status, 0);
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
}

std::string integrity(const fs::path& file) {
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE); // recovers a hot WAL like any opener
    return db.execAndGet("PRAGMA integrity_check").getString();
}

int killRuns(int fallback) {
    const char* runs = std::getenv("CRM_KILL_RUNS");
    return runs ? std::max(1, std::atoi(runs)) : fallback;
}

} // namespace crm::test
