#include "crm/store/dashboard_scan.h"

#include "crm/store/mapped_reads.h"
#include "crm/store/database.h"

#include <atomic>
#include <exception>
#include <thread>

namespace crm::dashboard_scan {

void inTwoHalves(const Database& db, const std::function<void(SQLite::Database&)>& first,
                 const std::function<void(SQLite::Database&, const std::function<bool()>&)>& second) {
    std::atomic<bool> stop = false;
    std::exception_ptr failed;
    std::thread other([&] {
        try {
            const Database own = Database::open(db.path());
            const MappedReads mapped(own.sql());
            second(own.sql(), [&] { return !stop.load(); });
        } catch (...) {
            failed = std::current_exception();
        }
    });
    try {
        first(db.sql());
    } catch (...) {
        stop = true;
        other.join();
        throw;
    }
    other.join();
    if (failed)
        std::rethrow_exception(failed);
}

} // namespace crm::dashboard_scan
