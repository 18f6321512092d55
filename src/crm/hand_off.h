#pragma once
// A bounded queue between one thread that makes items and one that uses
// them (pages read from the store and written to a file, batches of rows
// parsed and written to the store, demo customers drawn and stored): the
// maker waits when `depth` items wait, so memory stays bounded; either side
// can stop the other.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace crm {

template <typename Item>
class HandOff {
public:
    explicit HandOff(std::size_t depth) : m_depth(depth) {}

    // Waits for room. False when the other side stopped: stop reading.
    bool push(Item item) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_items.size() < m_depth || m_stopped; });
        if (m_stopped)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    // Waits for an item. None when the reader closed and all are taken, or
    // when either side stopped.
    std::optional<Item> pop() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_items.empty() || m_closed || m_stopped; });
        if (m_stopped || m_items.empty())
            return std::nullopt;
        Item item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return item;
    }

    void close() { set(m_closed); }  // the reader is done: the rest is still taken
    void stop() { set(m_stopped); }  // give up: nothing more is pushed or taken

private:
    void set(bool& flag) {
        const std::lock_guard lock(m_mutex);
        flag = true;
        m_changed.notify_all();
    }

    const std::size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_items;
    bool m_closed = false;
    bool m_stopped = false;
};

// What one thread is done with, freed by another that has time to spare
// (written batches of an import, written demo plans): the thread that
// writes to the store then only writes.
template <typename Item>
class Leftovers {
public:
    void add(Item item) {
        const std::lock_guard lock(m_mutex);
        m_items.push_back(std::move(item));
    }
    // Frees what was added so far, outside the lock.
    void free() {
        std::vector<Item> items;
        {
            const std::lock_guard lock(m_mutex);
            std::swap(items, m_items);
        }
    }

private:
    std::mutex m_mutex;
    std::vector<Item> m_items;
};

} // namespace crm
