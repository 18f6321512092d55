// crm::computeAtRisk on a hand-built database: ranking, reasons, owners, R
// scores against crm rfm, the Decline stage and a stored lifetime-value model.
#include "../store/temp_db.h"
#include "risk_fixture.h"

#include "crm/store/at_risk_query.h"
#include "crm/store/clv_model_store.h"
#include "crm/store/rfm_query.h"
#include "crm/store/stage_store.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace crm;

namespace {

class AtRiskQuery : public ::testing::Test {
protected:
    void SetUp() override { test::buildRiskDatabase(temp.db()); }
    AtRiskReport run(std::optional<std::string> owner = {}, std::size_t limit = 0) {
        AtRiskRequest request;
        request.asOf = test::kRiskAsOf;
        request.owner = std::move(owner);
        request.limit = limit;
        return computeAtRisk(temp.db(), request);
    }
    test::TempDb temp{"at-risk"};
};

std::ptrdiff_t position(const AtRiskReport& r, const std::string& code) {
    const auto it = std::find_if(r.rows.begin(), r.rows.end(),
                                 [&](const AtRiskRow& row) { return row.code == code; });
    return it == r.rows.end() ? std::ssize(r.rows) : it - r.rows.begin();
}

const AtRiskRow& row(const AtRiskReport& r, const std::string& code) {
    return r.rows.at(static_cast<std::size_t>(position(r, code)));
}

int rfmR(const Database& db, Date date, const std::string& code) {
    for (const RfmRow& rfm : computeRfm(db, {date, std::nullopt}))
        if (rfm.code == code)
            return rfm.score.r;
    return 0;
}

} // namespace

TEST(AtRiskDates, ThreeMonthEndsBefore) {
    EXPECT_EQ(monthEndThreeBefore(Date(2026, 6, 30)), Date(2026, 3, 31));
    EXPECT_EQ(monthEndThreeBefore(Date(2026, 6, 15)), Date(2026, 3, 31));
    EXPECT_EQ(monthEndThreeBefore(Date(2026, 5, 31)), Date(2026, 2, 28));
    EXPECT_EQ(monthEndThreeBefore(Date(2026, 2, 10)), Date(2025, 11, 30));
}

TEST_F(AtRiskQuery, DecliningHighValueFirstAboveStableAndSmallLapsed) {
    const AtRiskReport r = run();
    EXPECT_EQ(r.customersAssessed, 15);
    ASSERT_FALSE(r.rows.empty());
    EXPECT_EQ(r.rows[0].code, "DECL");
    EXPECT_LT(position(r, "DECL"), position(r, "STAB"));
    EXPECT_LT(position(r, "DECL"), position(r, "LAPS"));
    const AtRiskRow& decl = r.rows[0];
    EXPECT_EQ(decl.owner, "Ann");
    EXPECT_EQ(decl.basis, ValueBasis::YearlyRevenue);
    EXPECT_FALSE(r.modelId);
    EXPECT_GT(decl.risk, 0.9);
    EXPECT_NE(decl.reason.find("usually buys every 7 days; 80 days since the last purchase"),
              std::string::npos) << decl.reason;
    EXPECT_NE(decl.reason.find("revenue last 90 days -"), std::string::npos) << decl.reason;
    EXPECT_NE(decl.reason.find("was 5 on 2026-03-31"), std::string::npos) << decl.reason;
    EXPECT_NE(decl.reason.find("stage Decline"), std::string::npos) << decl.reason;
    EXPECT_TRUE(decl.warningSigns.declining);
    for (std::size_t i = 1; i < r.rows.size(); ++i)
        EXPECT_GE(r.rows[i - 1].score, r.rows[i].score);
}

TEST_F(AtRiskQuery, StableCustomerHasNoRiskAndLapsedSmallOneLittleScore) {
    const AtRiskReport r = run();
    EXPECT_EQ(position(r, "STAB"), std::ssize(r.rows)); // no warning sign at all
    const AtRiskRow& laps = row(r, "LAPS");
    EXPECT_NE(laps.reason.find("usually buys every 30 days; 221 days since the last purchase"),
              std::string::npos) << laps.reason;
    EXPECT_LT(laps.score, row(r, "DECL").score / 100);
}

TEST_F(AtRiskQuery, RScoresAreThoseOfRfmAtBothDates) {
    const AtRiskReport r = run();
    for (const AtRiskRow& x : r.rows) {
        EXPECT_EQ(*x.warningSigns.rNow, rfmR(temp.db(), test::kRiskAsOf, x.code)) << x.code;
        EXPECT_EQ(*x.warningSigns.rBefore, rfmR(temp.db(), Date(2026, 3, 31), x.code)) << x.code;
    }
}

TEST_F(AtRiskQuery, OwnerFiltersCaseInsensitivelyAndLimitCuts) {
    const AtRiskReport ann = run("ANN");
    EXPECT_EQ(ann.customersAssessed, 2);
    ASSERT_EQ(ann.rows.size(), 2u);
    EXPECT_EQ(ann.rows[0].code, "DECL");
    EXPECT_EQ(ann.rows[1].code, "LAPS");
    EXPECT_EQ(ann.rows[0].reason, row(run(), "DECL").reason); // R ranks still among everyone
    EXPECT_TRUE(run("Nobody").rows.empty());
    const AtRiskReport top = run({}, 1);
    ASSERT_EQ(top.rows.size(), 1u);
    EXPECT_EQ(top.rows[0].code, "DECL");
    EXPECT_GT(top.customersAtRisk, 1);
}

TEST_F(AtRiskQuery, StoredModelGivesClvAndPAlive) {
    clv::ClvModel model;
    model.purchases.params = {0.5, 10.0, 0.8, 2.5};
    model.purchases.status.converged = true;
    model.spend.params = {6.0, 4.0, 150000.0};
    model.spend.status.converged = true;
    model.unit = clv::TimeUnit::Week;
    const std::int64_t id = ClvModelStore(temp.db()).save(model, test::kRiskAsOf);
    const AtRiskReport r = run();
    ASSERT_EQ(r.modelId, id);
    ASSERT_FALSE(r.rows.empty());
    const AtRiskRow& decl = row(r, "DECL");
    EXPECT_EQ(decl.basis, ValueBasis::Clv);
    ASSERT_TRUE(decl.warningSigns.pAlive);
    EXPECT_LT(*decl.warningSigns.pAlive, 0.5); // weekly buyer silent for ten weeks
    EXPECT_NE(decl.reason.find("P(alive) "), std::string::npos) << decl.reason;
}

TEST_F(AtRiskQuery, ManualDeclineOnTheDateCountsALaterOneDoesNot) {
    const std::int64_t stab = 2; // the second customer added
    StageStore(temp.db()).setManual(stab, Stage::Decline, Date(2026, 7, 15), "later");
    EXPECT_EQ(position(run(), "STAB"), std::ssize(run().rows));
    StageStore(temp.db()).setManual(stab, Stage::Decline, test::kRiskAsOf, "lost the tender");
    const AtRiskReport r = run();
    const AtRiskRow& row = r.rows.at(static_cast<std::size_t>(position(r, "STAB")));
    EXPECT_TRUE(row.warningSigns.declining);
    EXPECT_EQ(row.reason, "stage Decline");
    EXPECT_DOUBLE_EQ(row.risk, 0.5);
}
