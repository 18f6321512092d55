#include "lifecycle_fixture.h"

#include "crm/analytics/lifecycle_settings.h"
#include "crm/errors.h"
#include "crm/store/lifecycle_rules_store.h"
#include "crm/store/lifecycle_timeline.h"

#include <SQLiteCpp/Database.h>

namespace crm::test {
namespace {

class LifecycleRules : public LifecycleStoreTest {};

TEST_F(LifecycleRules, AbsentKeysTakeTheDefaults) {
    const lifecycle::Rules loaded = LifecycleRulesStore(db()).load();
    for (const auto& s : lifecycle::ruleSettings())
        EXPECT_EQ(lifecycle::ruleValue(loaded, s.key), lifecycle::ruleValue(lifecycle::Rules{}, s.key))
            << s.key;
    EXPECT_EQ(lifecycle::ruleSettings().size(), 13u);
}

TEST_F(LifecycleRules, SetIsStoredAndReadBackAfterReopening) {
    LifecycleRulesStore(db()).set("lifecycle.lost_after_days", "400");
    LifecycleRulesStore(db()).set("lifecycle.decline_revenue_ratio", "0.4");
    const auto path = m_temp.path();
    const Database reopened = Database::open(path);
    const lifecycle::Rules rules = LifecycleRulesStore(reopened).load();
    EXPECT_EQ(rules.lostAfterDays, 400);
    EXPECT_DOUBLE_EQ(rules.declineRevenueRatio, 0.4);
    EXPECT_EQ(rules.recentDays, 90); // untouched
}

TEST_F(LifecycleRules, InvalidValuesAreRefusedNamingTheKeyAndNothingIsStored) {
    LifecycleRulesStore store(db());
    auto message = [&](const std::string& key, const std::string& value) {
        try {
            store.set(key, value);
        } catch (const ValidationError& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    EXPECT_EQ(message("lifecycle.lost_days", "3"),
              "lifecycle.lost_days: not a lifecycle setting (see `crm lifecycle-rules show`)");
    EXPECT_EQ(message("lifecycle.lost_after_days", "abc"),
              "lifecycle.lost_after_days: 'abc' is not a whole number from 30 to 3650");
    EXPECT_EQ(message("lifecycle.lost_after_days", "12"),
              "lifecycle.lost_after_days: '12' is not a whole number from 30 to 3650");
    EXPECT_EQ(message("lifecycle.stability_quarters", "5"),
              "lifecycle.stability_quarters: '5' is not a whole number from 1 to 4");
    EXPECT_EQ(message("lifecycle.decline_revenue_ratio", "0"),
              "lifecycle.decline_revenue_ratio: '0' is not a number above 0 and at most 1");
    EXPECT_EQ(message("lifecycle.recovery_revenue_ratio", "0.3"),
              "lifecycle.recovery_revenue_ratio: must not be below "
              "lifecycle.decline_revenue_ratio (0.5)");
    EXPECT_EQ(message("lifecycle.lost_after_days", "90"),
              "lifecycle.lost_after_days: must be longer than lifecycle.min_silence_days (90)");
    const lifecycle::Rules rules = store.load();
    EXPECT_EQ(rules.lostAfterDays, 365);
    EXPECT_DOUBLE_EQ(rules.recoveryRevenueRatio, 0.8);
}

TEST_F(LifecycleRules, ChangingARuleMakesTheStoredTimelineStale) {
    replayLifecycles(db(), Date(2026, 6, 30));
    EXPECT_EQ(lifecycleTimelineAsOf(db()), Date(2026, 6, 30));
    LifecycleRulesStore(db()).set("lifecycle.recent_days", "60");
    EXPECT_EQ(lifecycleTimelineAsOf(db()), std::nullopt);
}

TEST_F(LifecycleRules, ResetGoesBackToTheDefault) {
    LifecycleRulesStore store(db());
    store.set("lifecycle.gap_factor", "3.25");
    EXPECT_DOUBLE_EQ(store.load().gapFactor, 3.25);
    store.reset("lifecycle.gap_factor");
    EXPECT_DOUBLE_EQ(store.load().gapFactor, lifecycle::Rules{}.gapFactor);
}

TEST_F(LifecycleRules, AnUnreadableStoredValueIsReportedWithItsKey) {
    db().sql().exec("INSERT INTO meta(key, value) VALUES ('lifecycle.quarter_days', 'many')");
    try {
        LifecycleRulesStore(db()).load();
        FAIL() << "loaded";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("lifecycle.quarter_days: 'many'"), std::string::npos)
            << e.what();
    }
}

} // namespace
} // namespace crm::test
