#pragma once
// Early warning (客户流失预警): how much each warning sign of one customer
// says it is leaving, their combination into one risk in [0, 1], and the
// reason in words. Pure functions; formulas: docs/analytics.md, "At risk".
#include "crm/date.h"
#include "crm/money.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace crm::risk {

// What is known about one customer as of the date.
struct Signals {
    std::int64_t daysSilent = 0;        // since the latest purchase
    std::optional<double> usualGapDays; // median gap between purchase days (2+ days)
    int recentDays = 90;                // the recent revenue window...
    Money recentRevenue = 0;            // ...and the net revenue in it
    std::optional<double> baselineAverage; // average revenue per recent window before it (> 0)
    std::optional<int> rNow;            // R score on the date
    std::optional<int> rBefore;         // R score at the earlier month end
    Date rBeforeDate;
    bool declining = false;             // lifecycle stage Decline on the date
    std::optional<double> pAlive;       // from a lifetime-value model
};

// Where each sign starts to count and where it is at full strength.
struct RiskRules {
    double silenceStart = 1.5;  // silence in usual gaps: from here...
    double silenceFull = 4.0;   // ...to here
    double revenueDropStart = 0.2; // revenue drop vs the average: from here...
    double revenueDropFull = 0.8;  // ...to here
    double declineStage = 0.5;  // strength of the Decline stage
    int rScoreFullDrop = 4;     // an R score fall of this many levels is full strength
};

// Strength of each sign in [0, 1]; 0 when the sign is absent or unknown.
struct Strengths {
    double silence = 0.0;
    double revenueDrop = 0.0;
    double rFall = 0.0;
    double stage = 0.0;
    double dropout = 0.0; // 1 - P(alive)
};

Strengths strengthsOf(const Signals& signs, const RiskRules& rules = {});

// 1 - prod(1 - strength): each sign alone gives at most its own strength,
// several together add up, and the risk never exceeds 1.
double combinedRisk(const Strengths& strengths);

// The signs that count, in words: "usually buys every 21 days; 75 days since
// the last purchase; revenue last 90 days -62% (2,300.00 vs 6,100.00 average); ...".
std::string reasonText(const Signals& signs, const Strengths& strengths, int decimals);

// Median of the gaps between consecutive distinct days of `sortedDays`
// (day numbers, ascending, repeats allowed); none with fewer than 2 distinct days.
std::optional<double> medianGapDays(std::span<const std::int64_t> sortedDays);
// The same with the gaps in `scratch`: no allocation per customer of a million.
std::optional<double> medianGapDays(std::span<const std::int64_t> sortedDays, std::vector<std::int64_t>& scratch);

// Net revenue per year of the relationship: net / max(1, years since the
// first purchase); 0 when the net revenue is not positive.
double yearlyRevenue(Money netRevenue, std::int64_t firstPurchaseDay, std::int64_t asOfDay);

} // namespace crm::risk
