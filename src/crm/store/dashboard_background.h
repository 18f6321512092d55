#pragma once
// The dashboard's pass over the transactions, and the at-risk signs from
// it, on a thread of its own with its own connection, while the caller
// reads the stage changes: the two longest reads of the dashboard then
// share the machine's cores instead of taking turns. Internal to the store.
#include "crm/store/dashboard_pass.h"

#include <atomic>
#include <condition_variable>
#include <exception>
#include <string>
#include <vector>
#include <mutex>
#include <thread>

namespace crm::dashboard_scan {

class BackgroundPass {
public:
    // Starts the pass for the customers `scan` has read (their ids and kept
    // purchase counts are copied; of the facts only the period and the
    // number of customers are read): on one thread while the caller's read
    // takes the other core (`otherCoreBusy`), on two once stagesRead() is
    // called; on two from the start otherwise.
    BackgroundPass(const Scan& scan, bool otherCoreBusy);
    // Stops the pass if it still runs and waits for its thread.
    ~BackgroundPass();
    BackgroundPass(const BackgroundPass&) = delete;
    BackgroundPass& operator=(const BackgroundPass&) = delete;

    // The caller's read of the stages is done and they are in the facts:
    // the pass may take a second thread, and score the customers at risk
    // itself (they no longer change).
    void stagesRead() {
        m_stagesKnown.store(true, std::memory_order_release);
        m_secondCoreFree = true;
    }

    // Waits for the pass and the risk prepared from it, reporting progress
    // through `scan` as the part from `from` to `to` percent (Cancelled when
    // the caller asks to stop); rethrows what the pass threw.
    PreparedRisk wait(const Scan& scan, int from, int to);

private:
    void run(const std::string& path, dashboard::Facts& facts);

    std::vector<std::uint32_t> m_indexById;     // copies of the caller's scan
    std::vector<std::int64_t> m_purchaseCounts;
    std::atomic<bool> m_stop = false;
    std::atomic<bool> m_secondCoreFree;
    std::atomic<bool> m_stagesKnown = false;
    std::atomic<int> m_percent = 0;
    std::mutex m_mutex;
    std::condition_variable m_finished;
    bool m_done = false;
    PreparedRisk m_prepared;
    std::exception_ptr m_failed;
    DashboardProgress m_progress;
    std::thread m_thread;
};

} // namespace crm::dashboard_scan
