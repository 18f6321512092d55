#include "rfm_test_data.h"

#include "crm/store/rfm_history_query.h"

#include <gtest/gtest.h>

#include <map>

using namespace crm;

namespace {

// Brute force from the transactions kept in memory: each customer's
// behaviour computed by hand, everyone scored, segments looked up by id.
std::map<std::int64_t, rfm::Segment> segmentsByBruteForce(const test::RfmTestData& data,
                                                          Date asOf,
                                                          std::optional<int> window) {
    std::vector<rfm::Behaviour> scored;
    for (const auto& [id, transactions] : data.transactions()) {
        if (const auto b = test::bruteForceBehaviour(transactions, id, asOf, window))
            scored.push_back(*b);
    }
    std::map<std::int64_t, rfm::Segment> out;
    for (const auto& s : rfm::score(scored))
        out[s.behaviour.customerId] = s.segment;
    return out;
}

rfm::MigrationMatrix bruteForceMatrix(const test::RfmTestData& data, Date from, Date to,
                                      std::optional<int> window) {
    const auto before = segmentsByBruteForce(data, from, window);
    const auto after = segmentsByBruteForce(data, to, window);
    rfm::MigrationMatrix m;
    for (const auto& [id, transactions] : data.transactions()) {
        const auto b = before.find(id), a = after.find(id);
        const auto row = b == before.end() ? rfm::kNotScored : static_cast<int>(b->second);
        const auto col = a == after.end() ? rfm::kNotScored : static_cast<int>(a->second);
        if (row != rfm::kNotScored || col != rfm::kNotScored)
            ++m.counts[static_cast<std::size_t>(row)][static_cast<std::size_t>(col)];
    }
    return m;
}

} // namespace

TEST(RfmMigration, MatrixEqualsBruteForce) {
    test::RfmTestData data("migration", 300, 11);
    for (const auto& [from, to] : {std::pair{Date(2025, 6, 30), Date(2026, 3, 31)},
                                   std::pair{Date(2024, 1, 31), Date(2026, 12, 31)},
                                   std::pair{Date(2025, 12, 31), Date(2025, 12, 31)}}) {
        const auto matrix = segmentMigration(data.db(), from, to);
        EXPECT_EQ(matrix, bruteForceMatrix(data, from, to, std::nullopt)) << toIso(from);
        EXPECT_GT(matrix.total(), 0);
    }
    const auto windowed = segmentMigration(data.db(), Date(2025, 6, 30), Date(2026, 3, 31), 180);
    EXPECT_EQ(windowed, bruteForceMatrix(data, Date(2025, 6, 30), Date(2026, 3, 31), 180));
}

TEST(RfmMigration, NewAndLapsedCustomersGoToTheNotScoredRowAndColumn) {
    const std::vector<rfm::Placement> from{{1, rfm::Segment::Champions}, {2, rfm::Segment::Loyal}};
    const std::vector<rfm::Placement> to{{2, rfm::Segment::AtRisk}, {3, rfm::Segment::NewCustomers}};
    const auto m = rfm::migration(from, to);
    EXPECT_EQ(m.counts[0][rfm::kNotScored], 1);                      // 1 lapsed
    EXPECT_EQ(m.counts[1][static_cast<int>(rfm::Segment::AtRisk)], 1); // 2 moved
    EXPECT_EQ(m.counts[rfm::kNotScored][static_cast<int>(rfm::Segment::NewCustomers)], 1);
    EXPECT_EQ(m.total(), 3);
}
