#include "crm/store/dashboard_scan.h"

#include "crm/store/mapped_reads.h"
#include "crm/store/database.h"

#include <SQLiteCpp/Database.h>

#include <string>

namespace crm::dashboard_scan {

namespace {

// A scan reads each page once: 2 MiB, SQLite's own default, is room enough.
constexpr const char* kSmallCache = "PRAGMA cache_size = -2048";

} // namespace

Database openForScan(const std::filesystem::path& path) {
    Database db = Database::open(path);
    db.sql().exec(kSmallCache);
    return db;
}

ScanCache::ScanCache(SQLite::Database& sql)
    : m_sql(sql), m_before(sql.execAndGet("PRAGMA cache_size").getInt64()) {
    m_sql.exec(kSmallCache);
}

ScanCache::~ScanCache() {
    try {
        m_sql.exec("PRAGMA cache_size = " + std::to_string(m_before));
    } catch (...) { // a destructor does not throw; the next statement reports a broken connection
    }
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
    if (!twoThreads) {
        first();
        second();
        return;
    }
    std::exception_ptr failed;
    std::thread other([&] {
        try {
            second();
        } catch (...) {
            failed = std::current_exception();
        }
    });
    try {
        first();
    } catch (...) {
        other.join();
        throw;
    }
    other.join();
    if (failed)
        std::rethrow_exception(failed);
}

void inTwoHalves(const Database& db, const std::function<void(SQLite::Database&)>& first,
                 const SecondReader::Read& second) {
    SecondReader other; // stopped and waited for if `first` throws
    other.start(db, second);
    first(db.sql());
    other.finish();
}

} // namespace crm::dashboard_scan
