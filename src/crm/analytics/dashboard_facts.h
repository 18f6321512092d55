#pragma once
// What the managers' dashboard knows about every customer as of one date:
// attributes, stage, behaviour, RFM scores, risk and value, read once from
// the store (store/dashboard_query.h) and then summarised for any filter
// (analytics/dashboard.h) without touching the store again.
#include "crm/analytics/at_risk.h"
#include "crm/customer.h"
#include "crm/date.h"
#include "crm/money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace crm::dashboard {

// The date and period the facts are read for; filters come later.
struct Period {
    Date asOf;
    Date start; // first day of the period (stage flow, month ends, cohorts); <= asOf
    friend bool operator==(const Period&, const Period&) = default;
};

inline constexpr std::uint8_t kNotCounted = 0xFF; // not in the stage reports on that date
inline constexpr std::int32_t kNoPurchase = 0;    // no purchase day (day numbers are > 0)
inline constexpr std::uint32_t kNoCustomer = 0xFFFFFFFF;
inline constexpr std::uint8_t kNoSegment = 0xFF;           // no RFM segment: no purchase by that date

// Owners, regions or industries: each distinct text once, customers hold its index.
class Dictionary {
public:
    std::uint32_t indexOf(std::string_view value); // adds it when new
    std::optional<std::uint32_t> find(const std::string& value) const;
    const std::string& operator[](std::uint32_t index) const { return m_values[index]; }
    std::size_t size() const { return m_values.size(); }

private:
    std::vector<std::string> m_values;
    std::unordered_map<std::string, std::uint32_t> m_index;
    std::uint32_t m_last = 0; // customers often come in runs of one owner or region
};

struct CustomerFacts {
    std::int64_t id = 0;
    std::uint32_t owner = 0, region = 0, industry = 0; // indexes into the dictionaries
    CustomerKind kind = CustomerKind::Organisation;
    std::uint8_t stage = kNotCounted; // Stage on the date (its latest change dated on or before it)
    bool hasTransactions = false;     // any transaction dated on or before the date
    std::uint8_t r = 0, f = 0, m = 0; // RFM scores among everyone; 0: no purchase, not scored
    std::uint8_t segmentAtStart = kNoSegment; // rfm::Segment on the period's first day, among everyone
    std::int32_t firstPurchase = kNoPurchase, lastPurchase = kNoPurchase; // day numbers
    std::int64_t purchases = 0;       // transactions with amount >= 0
    Money net = 0;                    // all amounts, refunds included
    Money costedRevenue = 0, cost = 0; // of the transactions that carry a cost
    std::int32_t openComplaints = 0;  // complaints open or in progress now

    bool hasCosts() const { return costedRevenue != 0 || cost != 0; }
    Money margin() const { return costedRevenue - cost; }
};

// A stage change dated in the period.
struct StageMove {
    std::uint32_t customer = 0; // index into Facts::customers
    std::uint8_t from = 0, to = 0;
};

// A customer whose value at stake x risk is above 0 (crm at-risk's ranking).
struct RiskFacts {
    std::uint32_t customer = 0; // index into Facts::customers
    double valueAtStake = 0.0;  // minor units
    bool clvBasis = false;      // the value is the model's 12-month CLV, else yearly revenue
    double risk = 0.0;
    double score = 0.0;
    risk::Signals warningSigns;
    risk::Strengths strengths;
};

// What the stored lifetime-value model says of one customer with purchases.
struct ValueFacts {
    float probabilityAlive = 0.0F;
    double lifetimeValue = 0.0;   // discounted, next 12 months; NaN where it does not exist
    double expectedRevenue = 0.0; // undiscounted, next 12 months
};

struct Facts {
    Period period;
    int currencyDecimals = 2;
    std::string currencyCode = "CNY";
    Dictionary owners, regions, industries;
    std::vector<CustomerFacts> customers; // by id
    // Indexes of the customers with transactions, by net revenue, largest
    // first (ties by index): every filter's 80/20 ranking is a walk along it.
    std::vector<std::uint32_t> byRevenue;
    std::optional<Date> timelineAsOf;     // of the stored lifecycle timeline
    // Month ends of the period (and the as-of date when it is not one), and
    // each customer's stage on them: monthStages[i * monthEnds.size() + k].
    std::vector<Date> monthEnds;
    std::vector<std::uint8_t> monthStages;
    std::vector<StageMove> moves; // stage changes dated in [start, asOf]
    // Whether the at-risk ranking, the segments on the period's first day
    // and the model's values are in (they need a pass over the
    // transactions; the rest can come from the aggregates).
    bool riskAssessed = false;
    Date rBeforeDate;             // at-risk compares the R score with this month end
    std::int64_t scored = 0;      // customers with an RFM score (everyone, unfiltered)
    std::vector<RiskFacts> atRisk;
    std::optional<Date> modelAsOf; // the stored lifetime-value model, when one fits the date
    std::vector<ValueFacts> values; // by customer index, when there is a model
};

} // namespace crm::dashboard
