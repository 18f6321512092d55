#include "crm/store/dashboard_scan.h"

#include "crm/store/mapped_reads.h"
#include "crm/store/database.h"

namespace crm::dashboard_scan {

SecondReader::~SecondReader() {
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void SecondReader::start(const Database& db, Read read) {
    m_thread = std::thread([this, path = db.path(), read = std::move(read)] {
        try {
            const Database own = Database::open(path);
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

void inTwoHalves(const Database& db, const std::function<void(SQLite::Database&)>& first,
                 const SecondReader::Read& second) {
    SecondReader other; // stopped and waited for if `first` throws
    other.start(db, second);
    first(db.sql());
    other.finish();
}

} // namespace crm::dashboard_scan
