// Copies of a database with bytes flipped or cut off at many offsets: the
// `crm` tool reports the damage in one clear line, never crashes, and when
// it fails it leaves the file byte for byte as it was.
#include "../cli/cli_fixture.h"

#include "crm/demo/demo_generator.h"
#include "crm/store/database.h"

#include <fstream>
#include <random>
#include <sstream>

using namespace crm;
using namespace crm::cli::test;
namespace fs = std::filesystem;

namespace {

std::string bytesOf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream all;
    all << in.rdbuf();
    return all.str();
}

void writeBytes(const fs::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

// Offsets to damage: the first bytes of pages (b-tree headers), the file
// header, and random places.
std::vector<std::size_t> damageOffsets(std::size_t size, int randomCount) {
    std::vector<std::size_t> offsets{0, 16, 18, 28, 40, 60, 96, 100, 105};
    for (std::size_t page = 4096; page < size; page += 4096 * 7)
        for (std::size_t k : {0u, 3u, 5u, 8u})
            offsets.push_back(page + k);
    std::mt19937 random(11);
    std::uniform_int_distribution<std::size_t> anywhere(0, size - 1);
    for (int i = 0; i < randomCount; ++i)
        offsets.push_back(anywhere(random));
    return offsets;
}

class DamagedFile : public CliTest {
protected:
    std::string m_pristine;

    void SetUp() override {
        CliTest::SetUp();
        {
            const Database db = Database::create(m_db);
            demo::Options options;
            options.customers = 150;
            demo::generate(db, options);
        } // closed: the WAL is checkpointed into the file
        m_pristine = bytesOf(m_db);
    }

    // Runs read and write commands on the damaged copy now at m_db.
    void expectCalmFailureOrSuccess(const std::string& damage) {
        for (const std::vector<std::string>& args :
             {std::vector<std::string>{"stats"}, {"customer", "list", "--limit", "5"},
              {"rfm", "--as-of", "2026-06-30", "--format", "csv"}, {"customer", "show", "C0000007"},
              {"customer", "add", "--code", "NEW-1", "--name", "After damage"}}) {
            const std::string before = bytesOf(m_db);
            const CliResult r = crm(args);
            ASSERT_GE(r.exitCode, 0) << args[0] << " crashed on " << damage;
            if (r.exitCode == 0)
                continue;
            EXPECT_EQ(lineCount(r.err), 1u) << r.err;
            EXPECT_EQ(r.err.rfind("crm: ", 0), 0u) << r.err;
            EXPECT_FALSE(contains(r.err, "internal error")) << args[0] << " on " << damage << ": " << r.err;
            EXPECT_TRUE(bytesOf(m_db) == before) << args[0] << " changed the file after failing on " << damage;
        }
    }
};

} // namespace

TEST_F(DamagedFile, FlippedBytesAreReportedCalmlyAndChangeNothing) {
    for (const std::size_t offset : damageOffsets(m_pristine.size(), 30)) {
        std::string damaged = m_pristine;
        damaged[offset] = static_cast<char>(damaged[offset] ^ 0xA5);
        writeBytes(m_db, damaged);
        fs::remove(m_db.string() + "-wal");
        fs::remove(m_db.string() + "-shm");
        expectCalmFailureOrSuccess("a byte flipped at " + std::to_string(offset));
        if (HasFailure())
            return;
    }
}

TEST_F(DamagedFile, TruncatedFilesAreReportedCalmlyAndChangeNothing) {
    for (const double keep : {0.0, 0.001, 0.02, 0.25, 0.5, 0.75, 0.9, 0.99}) {
        writeBytes(m_db, m_pristine.substr(0, static_cast<std::size_t>(keep * static_cast<double>(m_pristine.size()))));
        fs::remove(m_db.string() + "-wal");
        fs::remove(m_db.string() + "-shm");
        expectCalmFailureOrSuccess("the file cut to " + std::to_string(keep));
        if (HasFailure())
            return;
    }
}
