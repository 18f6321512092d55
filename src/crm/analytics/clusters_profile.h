#pragma once
// Behaviour groups (聚类) of customers: k-means over standardised
// log recency, log frequency, log monetary and margin rate, k given or chosen
// by the silhouette, and each group's profile and descriptive name.
// Rules and formulas: docs/analytics.md, "Behaviour groups".
#include "crm/analytics/clusters.h"
#include "crm/money.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace crm::clusters {

// One customer's behaviour as of the date (a purchase at least).
struct CustomerFeatures {
    std::int64_t customerId = 0;
    std::int64_t recencyDays = 0; // as-of date minus the latest purchase
    std::int64_t frequency = 0;   // purchases (amount >= 0), at least 1
    Money monetary = 0;           // all amounts, refunds included
    Money costedRevenue = 0;      // amounts of the transactions with a cost
    Money cost = 0;               // their costs

    bool hasCosts() const { return costedRevenue != 0 || cost != 0; }
};

inline constexpr std::size_t kFeatureCount = 4;
enum Feature : std::size_t { LogRecency, LogFrequency, LogMonetary, MarginRate };

// (costed revenue - cost) / costed revenue, clamped to [-1, 1]; none
// without costs or when the costed revenue is not positive.
std::optional<double> marginRate(const CustomerFeatures& customer);

// Raw features, one row per customer: log(1 + recency_days), log(frequency),
// log(1 + max(monetary, 0)) (minor units), and the margin rate or, where it
// is unknown, the mean of the known ones (0 when none is known).
Points featureRows(std::span<const CustomerFeatures> customers);

struct GroupProfile {
    int group = 0;    // 1.. in order of revenue share, largest first
    std::string name; // "Recent frequent big spenders"
    std::int64_t customers = 0;
    double share = 0.0; // of the customers grouped
    double meanRecencyDays = 0.0;
    double meanFrequency = 0.0;
    double meanMonetary = 0.0; // minor units
    double revenueShare = 0.0; // of the total monetary; 0 when the total is not positive
    std::optional<double> marginRate; // sum margin / sum costed revenue of those with costs
    std::vector<double> centroid;     // standardised, kFeatureCount values
};

struct GroupingOptions {
    std::optional<int> k;        // none: chosen by the silhouette
    int minK = 2, maxK = 8;      // the range searched
    std::size_t sampleSize = 5000; // customers the silhouette is computed on
    // k-means runs on a sample of at most this many customers; then every
    // customer goes to the nearest centre and each centre to its group's mean.
    std::size_t fitSampleSize = 100'000;
    KMeansOptions kMeans;
};

struct Grouping {
    int k = 0;                        // groups found
    bool chosenBySilhouette = false;
    std::vector<double> silhouettes;  // per k from minK, on the sample (NaN: k not possible)
    double silhouette = 0.0;          // of the final grouping, on the sample
    int iterations = 0;
    bool converged = false;
    std::vector<GroupProfile> groups; // by group number
    std::vector<int> groupOf;         // group number of each customer, input order
};

Grouping groupCustomers(std::span<const CustomerFeatures> customers,
                        const GroupingOptions& options = {});

// The name of a group from its standardised centroid and mean frequency;
// `marginKnown` when margin rates differ between customers at all.
std::string groupName(std::span<const double> centroid, double meanFrequency, bool marginKnown);

} // namespace crm::clusters
