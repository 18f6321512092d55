#pragma once
// Writes batches on a thread of its own while the caller goes on reading and
// validating the next rows: an import's parsing and its writes to the store
// share the machine's cores instead of taking turns. The store's connection
// is then used by the writing thread alone until finish() (or the
// destructor) has waited for it. Written batches are handed back and freed
// by the caller, so the writing thread only writes (freeing ten million
// rows' strings cost it 2% of its time). Internal to the importer.
#include "crm/hand_off.h"

#include <exception>
#include <functional>
#include <thread>
#include <vector>

namespace crm::csv {

template <typename Row>
class BatchWriter {
public:
    using Write = std::function<void(std::vector<Row>&)>;

    // `write` runs on the writing thread, one batch at a time, in order.
    explicit BatchWriter(Write write, std::size_t depth = 4)
        : m_write(std::move(write)), m_batches(depth), m_thread([this] { run(); }) {}

    // Stops the writing (batches not yet written are dropped) and waits.
    ~BatchWriter() {
        if (!m_thread.joinable())
            return; // finished
        m_batches.stop();
        m_thread.join();
    }
    BatchWriter(const BatchWriter&) = delete;
    BatchWriter& operator=(const BatchWriter&) = delete;

    // Queues a batch (waits while `depth` batches wait); rethrows here what a
    // write threw, so reading stops at the first failure.
    void add(std::vector<Row> batch) {
        m_written.free();
        if (!m_batches.push(std::move(batch)))
            rethrowFailure();
    }

    // Waits until every queued batch is written; rethrows what a write threw.
    void finish() {
        if (m_thread.joinable()) {
            m_batches.close();
            m_thread.join();
        }
        rethrowFailure();
    }

private:
    void run() {
        try {
            while (auto batch = m_batches.pop()) {
                m_write(*batch);
                m_written.add(std::move(*batch));
            }
        } catch (...) {
            m_failed = std::current_exception(); // read by the caller after stop() and join()
            m_batches.stop();
        }
    }
    void rethrowFailure() {
        if (m_failed)
            std::rethrow_exception(m_failed);
    }

    Write m_write;
    HandOff<std::vector<Row>> m_batches;
    std::exception_ptr m_failed;
    Leftovers<std::vector<Row>> m_written; // by the writing thread, freed by add()
    std::thread m_thread;
};

} // namespace crm::csv
