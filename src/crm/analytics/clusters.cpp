#include "crm/analytics/clusters.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace crm::clusters {

double Random::unit() {
    return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

std::size_t Random::below(std::size_t n) {
    const auto i = static_cast<std::size_t>(unit() * static_cast<double>(n));
    return std::min(i, n - 1);
}

double squaredDistance(std::span<const double> a, std::span<const double> b) {
    double sum = 0.0;
    for (std::size_t d = 0; d < a.size(); ++d) {
        const double diff = a[d] - b[d];
        sum += diff * diff;
    }
    return sum;
}

Standardisation standardise(Points& points) {
    const std::size_t n = points.size(), dims = points.dimensions;
    Standardisation s{std::vector<double>(dims, 0.0), std::vector<double>(dims, 0.0)};
    if (n == 0)
        return s;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t d = 0; d < dims; ++d)
            s.mean[d] += points.values[i * dims + d];
    for (double& m : s.mean)
        m /= static_cast<double>(n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t d = 0; d < dims; ++d)
            s.sd[d] += std::pow(points.values[i * dims + d] - s.mean[d], 2);
    for (double& sd : s.sd)
        sd = std::sqrt(sd / static_cast<double>(n));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t d = 0; d < dims; ++d) {
            double& v = points.values[i * dims + d];
            v = s.sd[d] > 0.0 ? (v - s.mean[d]) / s.sd[d] : 0.0;
        }
    return s;
}

namespace {

// Lowers each point's squared distance to the nearest centre by `centre`.
double updateNearest(const Points& points, std::span<const double> centre,
                     std::vector<double>& nearest) {
    double total = 0.0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        nearest[i] = std::min(nearest[i], squaredDistance(points[i], centre));
        total += nearest[i];
    }
    return total;
}

// The point to draw with probability nearest[i] / total.
std::size_t drawWeighted(const std::vector<double>& nearest, double total, Random& random) {
    const double target = random.unit() * total;
    double cumulative = 0.0;
    std::size_t last = 0;
    for (std::size_t i = 0; i < nearest.size(); ++i) {
        if (nearest[i] <= 0.0)
            continue;
        cumulative += nearest[i];
        last = i;
        if (cumulative > target)
            return i;
    }
    return last; // rounding left target at the very end
}

// k-means++: the first centre uniformly, each next one with probability
// proportional to the squared distance to the nearest centre so far. Stops
// early when every point already is a centre (fewer distinct points than k).
Points seedCentres(const Points& points, int k, Random& random) {
    Points centres{points.dimensions, {}};
    centres.add(points[random.below(points.size())]);
    std::vector<double> nearest(points.size(), std::numeric_limits<double>::infinity());
    double total = updateNearest(points, centres[0], nearest);
    while (static_cast<int>(centres.size()) < k && total > 0.0) {
        centres.add(points[drawWeighted(nearest, total, random)]);
        total = updateNearest(points, centres[centres.size() - 1], nearest);
    }
    return centres;
}

int nearestCentre(const Points& centres, std::span<const double> point, double& distance) {
    int best = 0;
    distance = std::numeric_limits<double>::infinity();
    for (std::size_t c = 0; c < centres.size(); ++c) {
        const double d = squaredDistance(point, centres[c]);
        if (d < distance) {
            distance = d;
            best = static_cast<int>(c);
        }
    }
    return best;
}

// Assigns every point to its nearest centre; returns how many changed.
std::size_t assign(const Points& points, const Points& centres, KMeansResult& r,
                   std::vector<double>& distance) {
    std::size_t changed = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const int c = nearestCentre(centres, points[i], distance[i]);
        changed += c != r.assignment[i] ? 1 : 0;
        r.assignment[i] = c;
    }
    return changed;
}

// An empty group takes the point farthest from its own centre (a new
// centre where the fit is worst); that point's distance is then 0 so a
// second empty group takes another.
void refillEmpty(const Points& points, std::size_t group, Points& centres,
                 std::vector<double>& distance, KMeansResult& r) {
    const auto far = static_cast<std::size_t>(
        std::max_element(distance.begin(), distance.end()) - distance.begin());
    const std::span<const double> p = points[far];
    std::copy(p.begin(), p.end(), centres.values.begin() + static_cast<std::ptrdiff_t>(group * points.dimensions));
    distance[far] = 0.0;
    r.assignment[far] = static_cast<int>(group);
}

std::vector<std::size_t> groupSizes(const std::vector<int>& assignment, std::size_t k) {
    std::vector<std::size_t> sizes(k, 0);
    for (const int c : assignment)
        ++sizes[static_cast<std::size_t>(c)];
    return sizes;
}

// Moves each centre to the mean of its points; returns the largest squared move.
double moveCentres(const Points& points, Points& centres, std::vector<double>& distance,
                   KMeansResult& r) {
    const Points before = centres;
    const auto sizes = groupSizes(r.assignment, centres.size());
    moveToMeans(points, r.assignment, centres);
    double largestMove = 0.0;
    for (std::size_t c = 0; c < centres.size(); ++c) {
        if (sizes[c] > 0) {
            largestMove = std::max(largestMove, squaredDistance(before[c], centres[c]));
            continue;
        }
        refillEmpty(points, c, centres, distance, r);
        largestMove = std::numeric_limits<double>::infinity();
    }
    return largestMove;
}

} // namespace

KMeansResult kMeans(const Points& points, int k, const KMeansOptions& options) {
    KMeansResult r;
    r.centroids.dimensions = points.dimensions;
    if (points.size() == 0 || k <= 0)
        return r;
    Random random(options.seed);
    r.centroids = seedCentres(points, std::min<int>(k, static_cast<int>(points.size())), random);
    r.assignment.assign(points.size(), -1);
    std::vector<double> distance(points.size(), 0.0);
    while (r.iterations < options.maxIterations) {
        ++r.iterations;
        const std::size_t changed = assign(points, r.centroids, r, distance);
        const double moved = moveCentres(points, r.centroids, distance, r);
        if (changed == 0 || moved <= options.tolerance) {
            r.converged = true;
            break;
        }
    }
    assign(points, r.centroids, r, distance); // the final centres' own assignment
    r.inertia = std::accumulate(distance.begin(), distance.end(), 0.0);
    return r;
}

std::vector<int> nearestCentres(const Points& points, const Points& centres) {
    std::vector<int> out(points.size(), 0);
    double ignored = 0.0;
    for (std::size_t i = 0; i < points.size(); ++i)
        out[i] = nearestCentre(centres, points[i], ignored);
    return out;
}

void moveToMeans(const Points& points, std::span<const int> assignment, Points& centres) {
    const std::size_t dims = points.dimensions, k = centres.size();
    std::vector<double> sums(k * dims, 0.0);
    std::vector<std::size_t> counts(k, 0);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto c = static_cast<std::size_t>(assignment[i]);
        ++counts[c];
        for (std::size_t d = 0; d < dims; ++d)
            sums[c * dims + d] += points.values[i * dims + d];
    }
    for (std::size_t c = 0; c < k; ++c)
        for (std::size_t d = 0; d < dims && counts[c] > 0; ++d)
            centres.values[c * dims + d] = sums[c * dims + d] / static_cast<double>(counts[c]);
}

std::vector<std::size_t> sampleIndices(std::size_t n, std::size_t m, std::uint64_t seed) {
    std::vector<std::size_t> all(n);
    std::iota(all.begin(), all.end(), std::size_t{0});
    if (m >= n)
        return all;
    Random random(seed);
    for (std::size_t i = 0; i < m; ++i)
        std::swap(all[i], all[i + random.below(n - i)]);
    all.resize(m);
    std::sort(all.begin(), all.end());
    return all;
}

} // namespace crm::clusters
