#pragma once
// The managers' dashboard (issue 6) as plain numbers: every panel for the
// customers a filter selects, and the customers behind each figure, so a
// click lists exactly those. Computed from Facts (read once per date by
// store/dashboard_query.h); definitions in docs/dashboard.md.
#include "crm/analytics/dashboard_facts.h"
#include "crm/analytics/pareto.h"
#include "crm/analytics/rfm.h"
#include "crm/analytics/rfm_migration.h"
#include "crm/stage.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace crm::dashboard {

// Which customers every panel shows: exact values, empty = any.
struct Filter {
    std::optional<CustomerKind> kind;
    std::string owner;
    std::string region;
    std::string industry;
    friend bool operator==(const Filter&, const Filter&) = default;
};

using Ids = std::vector<std::int64_t>; // customer ids, ascending

struct StageRow {
    Stage stage = Stage::Prospect;
    std::int64_t customers = 0;
    Money net = 0;    // net revenue to the date
    Money margin = 0; // of the transactions with a cost
};

// Lifecycle now: customers, revenue and profit per stage on the date.
struct LifecyclePanel {
    std::array<StageRow, kStageCount> stages;
    Money totalNet = 0, totalMargin = 0;
};

struct RfmCell {
    std::int64_t customers = 0;
    Money monetary = 0; // sum; the average is monetary / customers
};

struct SegmentRow {
    rfm::Segment segment = rfm::Segment::Hibernating;
    std::int64_t customers = 0;
    Money monetary = 0;
};

// RFM: cells[r - 1][f - 1], scores relative to every customer (not only the
// filtered ones), so a cell means the same whatever the filter.
struct RfmPanel {
    std::array<std::array<RfmCell, 5>, 5> cells;
    std::array<SegmentRow, rfm::kSegmentCount> segments;
    std::int64_t scored = 0; // filtered customers with a score
    Money monetary = 0;
};

// Segment migration: each customer's RFM segment on the period's first day
// against its segment on the as-of date (rfm::kNotScored: no purchase by
// then), as `crm rfm-migration --from START --to AS_OF` counts them.
struct MigrationPanel {
    Date from, to;
    rfm::MigrationMatrix matrix; // counts[from][to]; customers scored on neither date are left out
    std::int64_t moved = 0;      // customers whose segment differs between the dates
};

struct TierRow {
    char name = 'A';
    std::int64_t customers = 0;
    Money revenue = 0;
};

// Value concentration (80/20) of the filtered customers with transactions.
struct ValuePanel {
    pareto::Concentration revenue;
    std::vector<pareto::CurvePoint> curve; // kCurvePoints points, top customers first
    std::array<TierRow, 3> tiers;
    std::optional<pareto::Concentration> margin; // customers with costs recorded
};

// Stage changes dated in the period: changes[from][to] as the store counts
// them (stageFlow), and how many distinct customers made each move.
struct FlowPanel {
    std::array<std::array<std::int64_t, kStageCount>, kStageCount> changes{};
    std::array<std::array<std::int64_t, kStageCount>, kStageCount> customers{};
};

struct MonthStages {
    Date monthEnd;
    std::array<std::int64_t, kStageCount> customers{};
};

struct AtRiskRow {
    std::int64_t customerId = 0;
    std::string code, name; // filled by the store (fillNames)
    std::string owner;
    double valueAtStake = 0.0;
    bool clvBasis = false;
    double risk = 0.0;
    double score = 0.0;
    risk::Signals warningSigns; // what `reason` says, for saying it in another language
    risk::Strengths strengths;
    std::string reason;
};

struct AtRiskPanel {
    std::int64_t customersAtRisk = 0; // filtered customers with value x risk > 0
    double valueAtStake = 0.0;        // their value at stake (minor units)
    double expectedLoss = 0.0;        // sum of value x risk
    std::vector<AtRiskRow> top;       // largest score first
};

// Customers whose first purchase was in one month, and the share of them
// still buying k months later (a purchase in month first + k or later).
struct Cohort {
    int year = 0, month = 0;
    std::int64_t customers = 0;
    std::array<std::optional<double>, 4> retained; // after kRetentionMonths; none: not yet known
};
inline constexpr std::array<int, 4> kRetentionMonths{1, 3, 6, 12};

struct ValueByGroup {
    std::string name;
    std::int64_t customers = 0;
    double expectedRevenue = 0.0; // next 12 months, minor units
};

// Lifetime value from the stored model (when there is one for the date).
struct ClvPanel {
    bool hasModel = false;
    std::vector<double> clvEdges;             // bucket edges of the CLV histogram (minor units)
    std::vector<std::int64_t> clvCounts;      // clvEdges.size() - 1 buckets
    std::array<std::int64_t, 10> aliveCounts{}; // P(alive) in tenths
    std::array<double, kStageCount> expectedByStage{};
    std::vector<ValueByGroup> expectedByOwner;
    double expectedRevenue = 0.0;
};

struct LedgerRow {
    std::string name; // empty: not recorded
    std::int64_t customers = 0;
    Money net = 0, margin = 0;
    std::int64_t openComplaints = 0;
};

// Customers by industry and region; revenue, margin, complaints by owner.
struct LedgerPanel {
    std::vector<LedgerRow> industries, regions, owners; // most customers first
};

struct DashboardData {
    Period period;
    Filter filter;
    int currencyDecimals = 2;
    std::string currencyCode;
    std::optional<Date> timelineAsOf;
    bool riskAssessed = false;  // false: the at-risk, migration and lifetime-value panels are not computed yet
    std::int64_t customers = 0; // filtered customers counted on the date
    LifecyclePanel lifecycle;
    RfmPanel rfm;
    MigrationPanel migration;
    ValuePanel value;
    FlowPanel flow;
    std::vector<MonthStages> history;
    AtRiskPanel atRisk;
    std::vector<Cohort> cohorts;
    ClvPanel clv;
    LedgerPanel ledger;
};

inline constexpr int kCurvePoints = 100;
inline constexpr std::size_t kAtRiskRows = 20;
inline constexpr int kCohortMonths = 24; // at least this many cohorts up to the date

// Every panel for the customers `filter` selects (names of the at-risk rows
// are left empty: the store fills them).
DashboardData summarize(const Facts& facts, const Filter& filter);

// summarize(facts, quick.filter) for complete facts whose quick part gave
// `quick` (summarize of the same facts before the pass over the
// transactions): only the panels that pass adds are computed (at-risk,
// segment migration, lifetime value); the others are the same numbers.
DashboardData completed(DashboardData quick, const Facts& facts);

// A figure of the dashboard whose customers a click lists.
struct Figure {
    enum class Kind { Stage, RfmCell, Segment, Migration, Tier, Flow, AtRisk, Cohort, Industry, Region, Owner };
    Kind kind = Kind::Stage;
    int row = 0;      // stage; R score; segment; from-segment; tier (0 = A); from-stage; cohort index
    int column = 0;   // F score; to-segment; to-stage
    std::string name; // industry, region or owner
};

// Exactly the customers behind `figure` in summarize(facts, filter), by id.
Ids customersOf(const Facts& facts, const Filter& filter, const Figure& figure);

// Parts of summarize(): `selected` holds the indexes of the filtered
// customers in ascending order, isSelected[i] whether customer i is one.
using Selection = std::vector<std::uint32_t>;
std::vector<bool> selection(const Facts& facts, const Filter& filter);
LifecyclePanel lifecyclePanel(const Facts& facts, const Selection& selected);
RfmPanel rfmPanel(const Facts& facts, const Selection& selected);
MigrationPanel migrationPanel(const Facts& facts, const Selection& selected);
// A customer's segment (or rfm::kNotScored) on the period's first day and on the date.
int segmentAtStart(const CustomerFacts& c);
int segmentAtDate(const CustomerFacts& c);
ValuePanel valuePanel(const Facts& facts, const std::vector<bool>& isSelected);
FlowPanel flowPanel(const Facts& facts, const std::vector<bool>& isSelected);
std::vector<MonthStages> historyPanel(const Facts& facts, const Selection& selected);
AtRiskPanel atRiskPanel(const Facts& facts, const std::vector<bool>& isSelected);
std::vector<Cohort> cohortPanel(const Facts& facts, const Selection& selected);
ClvPanel clvPanel(const Facts& facts, const Selection& selected);
LedgerPanel ledgerPanel(const Facts& facts, const Selection& selected);

// The ABC tier (0 = A) of each customer with transactions among the
// selected, in revenue order; calls tier(index, tier) for each.
void forEachTier(const Facts& facts, const std::vector<bool>& isSelected,
                 const std::function<void(std::uint32_t, int)>& tier);
// The month (year * 12 + month - 1) of the first cohort shown.
int firstCohortMonth(const Facts& facts);
int monthNumberOfDay(std::int32_t day);

} // namespace crm::dashboard
