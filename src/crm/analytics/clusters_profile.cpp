#include "crm/analytics/clusters_profile.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace crm::clusters {

std::optional<double> marginRate(const CustomerFeatures& customer) {
    if (!customer.hasCosts() || customer.costedRevenue <= 0)
        return std::nullopt;
    const double rate = static_cast<double>(customer.costedRevenue - customer.cost) /
                        static_cast<double>(customer.costedRevenue);
    return std::clamp(rate, -1.0, 1.0);
}

namespace {

double meanKnownMarginRate(std::span<const CustomerFeatures> customers) {
    double sum = 0.0;
    std::size_t known = 0;
    for (const CustomerFeatures& c : customers)
        if (const auto rate = marginRate(c)) {
            sum += *rate;
            ++known;
        }
    return known > 0 ? sum / static_cast<double>(known) : 0.0;
}

} // namespace

Points featureRows(std::span<const CustomerFeatures> customers) {
    const double fallback = meanKnownMarginRate(customers);
    Points rows{kFeatureCount, {}};
    rows.values.reserve(customers.size() * kFeatureCount);
    for (const CustomerFeatures& c : customers) {
        const double row[kFeatureCount] = {
            std::log1p(static_cast<double>(std::max<std::int64_t>(c.recencyDays, 0))),
            std::log(static_cast<double>(std::max<std::int64_t>(c.frequency, 1))),
            std::log1p(static_cast<double>(std::max<Money>(c.monetary, 0))),
            marginRate(c).value_or(fallback)};
        rows.add(row);
    }
    return rows;
}

std::string groupName(std::span<const double> centroid, double meanFrequency, bool marginKnown) {
    constexpr double kHigh = 0.5, kMarginHigh = 1.0;
    const double r = centroid[LogRecency], f = centroid[LogFrequency], m = centroid[LogMonetary];
    std::string name = r <= -kHigh ? "Recent" : r >= kHigh ? "Lapsed" : "Cooling";
    if (meanFrequency < 1.5)
        name += " one-time";
    else
        name += f >= kHigh ? " frequent" : f <= -kHigh ? " occasional" : " regular";
    name += m >= kHigh ? " big spenders" : m <= -kHigh ? " small spenders" : " buyers";
    if (marginKnown && centroid[MarginRate] >= kMarginHigh)
        name += ", high margin";
    else if (marginKnown && centroid[MarginRate] <= -kMarginHigh)
        name += ", low margin";
    return name;
}

namespace {

struct GroupSums {
    std::int64_t customers = 0;
    double recency = 0.0, frequency = 0.0, monetary = 0.0;
    double margin = 0.0, costedRevenue = 0.0;
    bool anyCosts = false;
};

std::vector<GroupSums> sumGroups(std::span<const CustomerFeatures> customers,
                                 const std::vector<int>& assignment, std::size_t k) {
    std::vector<GroupSums> sums(k);
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const CustomerFeatures& c = customers[i];
        GroupSums& s = sums[static_cast<std::size_t>(assignment[i])];
        ++s.customers;
        s.recency += static_cast<double>(c.recencyDays);
        s.frequency += static_cast<double>(c.frequency);
        s.monetary += static_cast<double>(c.monetary);
        if (c.hasCosts()) {
            s.anyCosts = true;
            s.margin += static_cast<double>(c.costedRevenue - c.cost);
            s.costedRevenue += static_cast<double>(c.costedRevenue);
        }
    }
    return sums;
}

GroupProfile profileOf(const GroupSums& s, std::span<const double> centroid, double customers,
                       double totalMonetary) {
    GroupProfile p;
    p.customers = s.customers;
    const auto n = static_cast<double>(std::max<std::int64_t>(s.customers, 1));
    p.share = static_cast<double>(s.customers) / customers;
    p.meanRecencyDays = s.recency / n;
    p.meanFrequency = s.frequency / n;
    p.meanMonetary = s.monetary / n;
    p.revenueShare = totalMonetary > 0.0 ? s.monetary / totalMonetary : 0.0;
    if (s.anyCosts && s.costedRevenue > 0.0)
        p.marginRate = s.margin / s.costedRevenue;
    p.centroid.assign(centroid.begin(), centroid.end());
    return p;
}

// Same names get " (2)", " (3)"... in group order, so every name is unique.
void makeNamesUnique(std::vector<GroupProfile>& groups) {
    std::map<std::string, int> seen;
    for (GroupProfile& g : groups) {
        const int count = ++seen[g.name];
        if (count > 1)
            g.name += " (" + std::to_string(count) + ")";
    }
}

// Profiles numbered by revenue share (largest first; ties by k-means order);
// `assignment` is renumbered to the group numbers.
std::vector<GroupProfile> profiles(std::span<const CustomerFeatures> customers,
                                   const KMeansResult& fit, bool marginKnown,
                                   std::vector<int>& groupOf) {
    const std::size_t k = fit.centroids.size();
    const auto sums = sumGroups(customers, fit.assignment, k);
    double total = 0.0;
    for (const GroupSums& s : sums)
        total += s.monetary;
    std::vector<GroupProfile> groups;
    for (std::size_t c = 0; c < k; ++c)
        groups.push_back(profileOf(sums[c], fit.centroids[c],
                                   static_cast<double>(customers.size()), total));
    std::vector<std::size_t> order(k);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return groups[a].revenueShare > groups[b].revenueShare;
    });
    std::vector<GroupProfile> sorted;
    std::vector<int> number(k);
    for (std::size_t rank = 0; rank < k; ++rank) {
        number[order[rank]] = static_cast<int>(rank) + 1;
        sorted.push_back(std::move(groups[order[rank]]));
        sorted.back().group = static_cast<int>(rank) + 1;
        sorted.back().name = groupName(sorted.back().centroid, sorted.back().meanFrequency, marginKnown);
    }
    makeNamesUnique(sorted);
    groupOf.resize(fit.assignment.size());
    for (std::size_t i = 0; i < fit.assignment.size(); ++i)
        groupOf[i] = number[static_cast<std::size_t>(fit.assignment[i])];
    return sorted;
}

Points pick(const Points& points, const std::vector<std::size_t>& indices) {
    Points out{points.dimensions, {}};
    out.values.reserve(indices.size() * points.dimensions);
    for (const std::size_t i : indices)
        out.add(points[i]);
    return out;
}

// k-means on all rows, or on a sample of them when there are many: Lloyd's
// steps on a million customers creep for hundreds of iterations while the
// centres of a 100,000 sample are already within noise of the full fit.
KMeansResult fitRows(const Points& rows, int k, const GroupingOptions& options) {
    if (rows.size() <= options.fitSampleSize)
        return kMeans(rows, k, options.kMeans);
    const auto sampled = sampleIndices(rows.size(), options.fitSampleSize, options.kMeans.seed + 2);
    KMeansResult fit = kMeans(pick(rows, sampled), k, options.kMeans);
    fit.assignment = nearestCentres(rows, fit.centroids);
    moveToMeans(rows, fit.assignment, fit.centroids);
    return fit;
}

} // namespace

Grouping groupCustomers(std::span<const CustomerFeatures> customers,
                        const GroupingOptions& options) {
    Grouping g;
    if (customers.empty())
        return g;
    Points rows = featureRows(customers);
    const Standardisation scale = standardise(rows);
    const auto sampled = sampleIndices(rows.size(), options.sampleSize, options.kMeans.seed + 1);
    const Points sample = pick(rows, sampled);
    const PairwiseDistances distances(sample);
    int k = options.k.value_or(0);
    if (!options.k) {
        const KChoice choice = chooseK(sample, distances, options.minK, options.maxK, options.kMeans);
        g.chosenBySilhouette = true;
        g.silhouettes = choice.silhouettes;
        k = std::max(choice.k, 1);
    }
    const KMeansResult fit = fitRows(rows, k, options);
    g.k = static_cast<int>(fit.centroids.size());
    g.iterations = fit.iterations;
    g.converged = fit.converged;
    g.groups = profiles(customers, fit, scale.sd[MarginRate] > 0.0, g.groupOf);
    std::vector<int> sampleGroups;
    for (const std::size_t i : sampled)
        sampleGroups.push_back(g.groupOf[i] - 1);
    g.silhouette = meanSilhouette(distances, sampleGroups, g.k);
    return g;
}

} // namespace crm::clusters
