// The silhouette of a clustering and the choice of k by it (clusters.h).
#include "crm/analytics/clusters.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace crm::clusters {

namespace {

// Offset of row i in the packed upper triangle (rows of n-1, n-2, ... entries).
std::size_t rowStart(std::size_t i, std::size_t n) { return i * (2 * n - i - 1) / 2; }

// Silhouette of one point from its summed distances to each group.
double pointSilhouette(const std::vector<double>& sums, const std::vector<std::size_t>& sizes,
                       std::size_t own) {
    if (sizes[own] <= 1)
        return 0.0; // alone in its group (Rousseeuw's convention)
    const double a = sums[own] / static_cast<double>(sizes[own] - 1);
    double b = std::numeric_limits<double>::infinity();
    for (std::size_t c = 0; c < sums.size(); ++c)
        if (c != own && sizes[c] > 0)
            b = std::min(b, sums[c] / static_cast<double>(sizes[c]));
    const double scale = std::max(a, b);
    return scale > 0.0 && std::isfinite(b) ? (b - a) / scale : 0.0;
}

std::size_t distinctCount(const Points& points) {
    std::set<std::vector<double>> distinct;
    for (std::size_t i = 0; i < points.size(); ++i)
        distinct.emplace(points[i].begin(), points[i].end());
    return distinct.size();
}

} // namespace

PairwiseDistances::PairwiseDistances(const Points& points)
    : m_n(points.size()), m_upper(m_n * (m_n > 0 ? m_n - 1 : 0) / 2) {
    for (std::size_t i = 0; i < m_n; ++i) {
        const std::size_t start = rowStart(i, m_n);
        for (std::size_t j = i + 1; j < m_n; ++j)
            m_upper[start + (j - i - 1)] =
                static_cast<float>(std::sqrt(squaredDistance(points[i], points[j])));
    }
}

double PairwiseDistances::operator()(std::size_t i, std::size_t j) const {
    if (i > j)
        std::swap(i, j);
    return m_upper[rowStart(i, m_n) + (j - i - 1)];
}

double meanSilhouette(const PairwiseDistances& distances, std::span<const int> assignment, int k) {
    const std::size_t n = distances.size(), groups = static_cast<std::size_t>(k);
    if (n == 0 || groups < 2)
        return 0.0;
    std::vector<std::size_t> sizes(groups, 0);
    for (const int c : assignment)
        ++sizes[static_cast<std::size_t>(c)];
    // sums[i * groups + c]: distance from point i to all points of group c,
    // each pair's distance read once and added on both sides.
    std::vector<double> sums(n * groups, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        const auto ci = static_cast<std::size_t>(assignment[i]);
        for (std::size_t j = i + 1; j < n; ++j) {
            const double d = distances(i, j);
            sums[i * groups + static_cast<std::size_t>(assignment[j])] += d;
            sums[j * groups + ci] += d;
        }
    }
    double total = 0.0;
    std::vector<double> row(groups);
    for (std::size_t i = 0; i < n; ++i) {
        std::copy_n(sums.begin() + static_cast<std::ptrdiff_t>(i * groups), groups, row.begin());
        total += pointSilhouette(row, sizes, static_cast<std::size_t>(assignment[i]));
    }
    return total / static_cast<double>(n);
}

KChoice chooseK(const Points& sample, const PairwiseDistances& distances, int minK, int maxK,
                const KMeansOptions& options) {
    KChoice choice;
    const int distinct = static_cast<int>(distinctCount(sample));
    double best = -std::numeric_limits<double>::infinity();
    for (int k = minK; k <= maxK; ++k) {
        if (k > distinct) {
            choice.silhouettes.push_back(std::numeric_limits<double>::quiet_NaN());
            continue;
        }
        const KMeansResult fit = kMeans(sample, k, options);
        const int found = static_cast<int>(fit.centroids.size());
        const double s = meanSilhouette(distances, fit.assignment, found);
        choice.silhouettes.push_back(s);
        if (s > best) {
            best = s;
            choice.k = k;
        }
    }
    return choice;
}

} // namespace crm::clusters
