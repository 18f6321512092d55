#include "crm/store/dashboard_background.h"

#include "crm/store/database.h"
#include "crm/store/mapped_reads.h"

#include <algorithm>
#include <chrono>

namespace crm::dashboard_scan {

namespace {

// scanTransactions reports its pass as 20..75 percent (dashboard_purchases.cpp).
constexpr int kPassFrom = 20, kPassTo = 75;

} // namespace

BackgroundPass::BackgroundPass(const Scan& scan, bool otherCoreBusy)
    : m_indexById(scan.indexById), m_purchaseCounts(scan.purchaseCounts), m_secondCoreFree(!otherCoreBusy),
      m_progress([this](int percent) {
          m_percent = percent;
          return !m_stop.load();
      }) {
    m_thread = std::thread([this, path = scan.db.path().string(), &facts = scan.facts] {
        try {
            run(path, facts);
        } catch (...) {
            const std::lock_guard lock(m_mutex);
            m_failed = std::current_exception();
        }
        const std::lock_guard lock(m_mutex);
        m_done = true;
        m_finished.notify_all();
    });
}

void BackgroundPass::run(const std::string& path, dashboard::Facts& facts) {
    const Database own = openForScan(path);
    const MappedReads mapped(own.sql());
    // Not written through this view: scannedPass reads the facts' period and size.
    Scan scan{own, facts, m_progress, std::move(m_indexById), {},
              std::move(m_purchaseCounts), true};
    const Pass pass = scannedPass(scan, true, &m_secondCoreFree);
    PreparedRisk prepared = prepareRisk(facts, pass, true, {std::nullopt, &m_stagesKnown});
    const std::lock_guard lock(m_mutex);
    m_prepared = std::move(prepared);
}

BackgroundPass::~BackgroundPass() {
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

PreparedRisk BackgroundPass::wait(const Scan& scan, int from, int to) {
    std::unique_lock lock(m_mutex);
    while (!m_finished.wait_for(lock, std::chrono::milliseconds(50), [this] { return m_done; })) {
        const double done = static_cast<double>(m_percent.load() - kPassFrom) / (kPassTo - kPassFrom);
        lock.unlock();
        scan.report(from, to, std::clamp(done, 0.0, 1.0)); // throws Cancelled when asked to stop
        lock.lock();
    }
    if (m_failed)
        std::rethrow_exception(m_failed);
    return std::move(m_prepared);
}

} // namespace crm::dashboard_scan
