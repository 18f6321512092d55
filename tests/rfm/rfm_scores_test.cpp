// computeRfm scores through the score boundaries; they must equal the
// rank_min scoring of rfm::score over behaviours computed by brute force.
#include "rfm_test_data.h"

#include "crm/store/customer_store.h"
#include "crm/store/rfm_query.h"

#include <gtest/gtest.h>

#include <map>
#include <tuple>

using namespace crm;

namespace {

void expectEqualsBruteForce(test::RfmTestData& data, Date asOf, std::optional<int> window) {
    std::vector<rfm::Behaviour> behaviours;
    for (const auto& [id, txns] : data.transactions())
        if (const auto b = test::bruteForceBehaviour(txns, id, asOf, window))
            behaviours.push_back(*b);
    std::map<std::int64_t, rfm::Score> expected;
    for (const auto& s : rfm::score(behaviours))
        expected[s.behaviour.customerId] = s;
    const auto rows = computeRfm(data.db(), RfmRequest{asOf, window});
    ASSERT_EQ(rows.size(), expected.size()) << toIso(asOf);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i > 0) {
            EXPECT_LT(rows[i - 1].code, rows[i].code);
        }
        const auto& want = expected.at(CustomerStore(data.db()).idForCode(rows[i].code));
        const auto& got = rows[i].score;
        EXPECT_EQ(got.behaviour.customerId, want.behaviour.customerId);
        EXPECT_EQ(got.behaviour.recencyDays, want.behaviour.recencyDays);
        EXPECT_EQ(got.behaviour.frequency, want.behaviour.frequency);
        EXPECT_EQ(got.behaviour.monetary, want.behaviour.monetary);
        EXPECT_EQ(std::tuple(got.r, got.f, got.m, got.segment),
                  std::tuple(want.r, want.f, want.m, want.segment)) << rows[i].code;
    }
}

} // namespace

TEST(RfmScores, ComputeRfmEqualsRankMinScoringOfBruteForceBehaviour) {
    test::RfmTestData data("scores", 400, 23);
    expectEqualsBruteForce(data, Date(2027, 1, 1), std::nullopt); // after every transaction
    expectEqualsBruteForce(data, Date(2025, 8, 15), std::nullopt);
    expectEqualsBruteForce(data, Date(2026, 12, 31), 90);
    expectEqualsBruteForce(data, Date(2023, 1, 1), std::nullopt); // first day: few scored
}
