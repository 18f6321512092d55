#include "cli_fixture.h"

#include "crm/date.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <spawn.h>
#include <sys/wait.h>

extern char** environ;

namespace crm::cli::test {

namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The parent's environment without the variables that choose a database,
// with HOME in the test directory, then `extra` on top.
std::vector<std::string> childEnvironment(const fs::path& home,
                                          const std::map<std::string, std::string>& extra) {
    std::vector<std::string> env;
    for (char** e = environ; *e != nullptr; ++e) {
        const std::string entry = *e;
        const std::string name = entry.substr(0, entry.find('='));
        if (name != "CRM_DB" && name != "HOME" && name != "XDG_DATA_HOME" && !extra.contains(name))
            env.push_back(entry);
    }
    env.push_back("HOME=" + home.string());
    for (const auto& [name, value] : extra)
        env.push_back(name + "=" + value);
    return env;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> result;
    for (auto& s : strings)
        result.push_back(s.data());
    result.push_back(nullptr);
    return result;
}

int spawnAndWait(std::vector<std::string> argv, std::vector<std::string> env,
                 const fs::path& outFile, const fs::path& errFile) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    auto args = pointers(argv);
    auto envp = pointers(env);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, CRM_BINARY, &actions, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

void CliTest::SetUp() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    m_dir = fs::path(CRM_TEST_TMP_DIR) / "cli" /
            (std::string(info->test_suite_name()) + "." + info->name());
    fs::remove_all(m_dir);
    fs::create_directories(m_dir / "home");
    m_db = m_dir / "crm.db";
}

CliResult CliTest::runRaw(const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env) const {
    std::vector<std::string> argv{"crm"};
    argv.insert(argv.end(), args.begin(), args.end());
    CliResult result;
    result.exitCode = spawnAndWait(argv, childEnvironment(m_dir / "home", env),
                                   m_dir / "stdout.txt", m_dir / "stderr.txt");
    result.out = readFile(m_dir / "stdout.txt");
    result.err = readFile(m_dir / "stderr.txt");
    return result;
}

CliResult CliTest::crm(const std::vector<std::string>& args) const {
    std::vector<std::string> all{"--db", m_db.string()};
    all.insert(all.end(), args.begin(), args.end());
    return runRaw(all);
}

std::string CliTest::ok(const std::vector<std::string>& args) const {
    const CliResult result = crm(args);
    EXPECT_EQ(result.exitCode, 0) << "crm " << args.front() << ": " << result.err;
    EXPECT_EQ(result.err, "");
    return result.out;
}

void CliTest::addCustomer(const std::string& code, const std::string& name,
                          const std::vector<std::string>& more) const {
    std::vector<std::string> args{"customer", "add", "--code", code, "--name", name};
    args.insert(args.end(), more.begin(), more.end());
    ok(args);
}

void expectError(const CliResult& result, int exitCode, const std::string& fragment) {
    EXPECT_EQ(result.exitCode, exitCode) << result.err;
    EXPECT_TRUE(result.err.starts_with("crm: ")) << result.err;
    EXPECT_EQ(lineCount(result.err), 1u) << result.err;
    EXPECT_TRUE(contains(result.err, fragment)) << "'" << fragment << "' not in: " << result.err;
}

std::string todayIso() { return toIso(boost::gregorian::day_clock::local_day()); }

bool contains(const std::string& text, const std::string& fragment) {
    return text.find(fragment) != std::string::npos;
}

std::size_t lineCount(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

std::string squeezed(const std::string& text) {
    std::string result;
    for (char c : text)
        if (c != ' ' || result.empty() || result.back() != ' ')
            result += c;
    return result;
}

} // namespace crm::cli::test
