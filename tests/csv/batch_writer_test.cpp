// The importer's writing thread: batches written in order, a failed write
// stops the reading with its error, and giving up never hangs.
#include "crm/csv/batch_writer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

using crm::csv::BatchWriter;

namespace {

TEST(BatchWriter, WritesEveryBatchInOrderByFinish) {
    std::vector<int> written;
    BatchWriter<int> writer([&](std::vector<int>& batch) { written.insert(written.end(), batch.begin(), batch.end()); },
                            2);
    for (int b = 0; b < 50; ++b)
        writer.add({3 * b, 3 * b + 1, 3 * b + 2});
    writer.finish();
    ASSERT_EQ(written.size(), 150U);
    for (int i = 0; i < 150; ++i)
        EXPECT_EQ(written[static_cast<std::size_t>(i)], i);
    writer.finish(); // again: nothing left, no error
}

TEST(BatchWriter, AFailedWriteStopsTheReaderWithItsError) {
    std::atomic<int> writes = 0;
    BatchWriter<int> writer(
        [&](std::vector<int>& batch) {
            ++writes;
            if (batch.front() == 3)
                throw std::runtime_error("disk full at batch 3");
        },
        1);
    const auto feed = [&] {
        for (int b = 0; b < 1000; ++b)
            writer.add({b});
        writer.finish();
    };
    try {
        feed();
        FAIL() << "no error came through";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "disk full at batch 3");
    }
    EXPECT_EQ(writes.load(), 4); // nothing after the failed batch
    EXPECT_THROW(writer.finish(), std::runtime_error);
}

TEST(BatchWriter, GivingUpDropsWhatWaitsAndDoesNotHang) {
    std::atomic<int> writes = 0;
    {
        BatchWriter<int> writer(
            [&](std::vector<int>&) {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                ++writes;
            },
            3);
        for (int b = 0; b < 4; ++b)
            writer.add({b});
    } // destroyed without finish(): cancelled
    EXPECT_LT(writes.load(), 4);
}

} // namespace
