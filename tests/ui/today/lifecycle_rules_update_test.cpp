// storeLifecycleRules: a set of thresholds saved as a whole.
#include "crm/analytics/lifecycle_settings.h"
#include "crm/errors.h"
#include "crm/store/lifecycle_rules_store.h"
#include "crm/store/lifecycle_rules_update.h"
#include "crm/store/lifecycle_timeline.h"
#include "temp_db.h"

#include <gtest/gtest.h>

using namespace crm;

namespace {

struct LifecycleRulesUpdate : ::testing::Test {
    test::TempDb temp{"rules-update"};
    lifecycle::Rules stored() { return LifecycleRulesStore(temp.db()).load(); }
};

std::string valueOf(const lifecycle::Rules& rules, std::string_view key) {
    return lifecycle::ruleValue(rules, key);
}

} // namespace

TEST_F(LifecycleRulesUpdate, SavesChangesThatAreOnlyValidTogether) {
    lifecycle::Rules rules;
    rules.lostAfterDays = 60; // with the stored minimum silence of 90 alone: refused
    rules.minSilenceDays = 30;
    EXPECT_THROW(LifecycleRulesStore(temp.db()).set("lifecycle.lost_after_days", "60"),
                 ValidationError);

    const auto changed = storeLifecycleRules(temp.db(), rules);
    EXPECT_EQ(changed, (std::vector<std::string>{"lifecycle.lost_after_days",
                                                 "lifecycle.min_silence_days"}));
    EXPECT_EQ(stored().lostAfterDays, 60);
    EXPECT_EQ(stored().minSilenceDays, 30);
}

TEST_F(LifecycleRulesUpdate, ClearsTheTimelineDateOnlyWhenSomethingChanged) {
    replayLifecycles(temp.db(), Date(2026, 6, 30));
    ASSERT_EQ(lifecycleTimelineAsOf(temp.db()), Date(2026, 6, 30));
    EXPECT_TRUE(storeLifecycleRules(temp.db(), lifecycle::Rules{}).empty());
    EXPECT_EQ(lifecycleTimelineAsOf(temp.db()), Date(2026, 6, 30));

    lifecycle::Rules rules;
    rules.gapFactor = 2.5;
    EXPECT_EQ(storeLifecycleRules(temp.db(), rules).size(), 1u);
    EXPECT_FALSE(lifecycleTimelineAsOf(temp.db()));
    EXPECT_EQ(valueOf(stored(), "lifecycle.gap_factor"), "2.5");
}

TEST_F(LifecycleRulesUpdate, RefusesOutOfRangeAndCrossCheckFailuresAndStoresNothing) {
    lifecycle::Rules rules;
    rules.stabilityQuarters = 5; // 1..4
    rules.gapFactor = 2.0;
    try {
        storeLifecycleRules(temp.db(), rules);
        FAIL() << "stored quarters = 5";
    } catch (const ValidationError& e) {
        ASSERT_EQ(e.errors().size(), 1u);
        EXPECT_EQ(e.errors()[0].field, "lifecycle.stability_quarters");
    }
    lifecycle::Rules crossed;
    crossed.recoveryRevenueRatio = 0.4; // below the decline ratio 0.5
    EXPECT_THROW(storeLifecycleRules(temp.db(), crossed), ValidationError);
    EXPECT_EQ(valueOf(stored(), "lifecycle.gap_factor"),
              valueOf(lifecycle::Rules{}, "lifecycle.gap_factor"));
    EXPECT_EQ(stored().recoveryRevenueRatio, lifecycle::Rules{}.recoveryRevenueRatio);
}
