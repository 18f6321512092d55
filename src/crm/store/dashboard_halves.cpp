#include "crm/store/dashboard_scan.h"

#include "crm/store/mapped_reads.h"
#include "crm/store/database.h"

#include <SQLiteCpp/Database.h>

#include <future>
#include <string>

namespace crm::dashboard_scan {

Database openForScan(const std::filesystem::path& path) {
    Database db = Database::open(path);
    db.sql().exec("PRAGMA cache_size = " + std::to_string(-kScanCacheKiB));
    return db;
}

SecondReader::~SecondReader() {
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void SecondReader::start(const Database& db, Read read) {
    m_thread = std::thread([this, path = db.path(), read = std::move(read)] {
        try {
            const Database own = openForScan(path);
            const MappedReads mapped(own.sql());
            read(own.sql(), [this] { return !m_stop.load(); });
        } catch (...) {
            m_failed = std::current_exception();
        }
    });
}

void SecondReader::finish() {
    if (m_thread.joinable())
        m_thread.join();
    if (m_failed)
        std::rethrow_exception(m_failed);
}

void bothAtOnce(bool twoThreads, const std::function<void()>& first, const std::function<void()>& second) {
    // The future waits for `second` even when `first` throws; deferred, it runs here at get().
    auto other = std::async(twoThreads ? std::launch::async : std::launch::deferred, second);
    first();
    other.get();
}

void inTwoHalves(const Database& db, const std::function<void(SQLite::Database&)>& first,
                 const SecondReader::Read& second) {
    SecondReader other; // stopped and waited for if `first` throws
    other.start(db, second);
    first(db.sql());
    other.finish();
}

} // namespace crm::dashboard_scan
