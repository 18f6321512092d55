#pragma once
// Early warning from the store: customers ranked by value at stake x risk as
// of a date (analytics/at_risk.h), with the owner and the reason in words.
// Value at stake: 12-month CLV from the lifetime-value model stored for the
// date, else the customer's average yearly net revenue. docs/analytics.md, "At risk".
#include "crm/analytics/at_risk.h"
#include "crm/analytics/clv_model.h"
#include "crm/date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crm {

class Database;

struct AtRiskRequest {
    Date asOf;
    std::optional<std::string> owner; // only this owner's customers (case-insensitive)
    std::size_t limit = 50;           // 0: every customer at risk
    clv::ClvOptions clv;              // horizon and discount of the CLV
    risk::RiskRules rules;
};

enum class ValueBasis { Clv, YearlyRevenue };

struct AtRiskRow {
    std::int64_t customerId = 0;
    std::string code, name, owner;
    double valueAtStake = 0.0; // minor units
    ValueBasis basis = ValueBasis::YearlyRevenue;
    double risk = 0.0;
    double score = 0.0; // valueAtStake x risk
    risk::Signals warningSigns;
    risk::Strengths strengths;
    std::string reason;
};

struct AtRiskReport {
    std::optional<std::int64_t> modelId;   // the stored CLV model used
    std::optional<Date> timelineAsOf;      // of the lifecycle timeline, when replayed
    Date rBeforeDate;                      // month end the R score is compared with
    std::int64_t customersAssessed = 0;    // with a purchase by the date (and the owner)
    std::int64_t customersAtRisk = 0;      // of those, value > 0 and risk > 0
    std::vector<AtRiskRow> rows;           // by score, largest first
};

// The month end three month ends before the date: end of (month of asOf - 3).
Date monthEndThreeBefore(Date asOf);

AtRiskReport computeAtRisk(const Database& db, const AtRiskRequest& request);

} // namespace crm
