#pragma once
// k-means clustering (k-means++ start, Lloyd iterations) and the silhouette,
// small and deterministic: one seeded std::mt19937_64 with our own uniform
// draws (the std distributions differ between standard libraries), so the
// same input gives the same groups everywhere. docs/analytics.md, "Behaviour groups".
#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace crm::clusters {

// n points of `dimensions` coordinates each, row after row.
struct Points {
    std::size_t dimensions = 0;
    std::vector<double> values;

    std::size_t size() const { return dimensions == 0 ? 0 : values.size() / dimensions; }
    std::span<const double> operator[](std::size_t i) const {
        return {values.data() + i * dimensions, dimensions};
    }
    void add(std::span<const double> point) { values.insert(values.end(), point.begin(), point.end()); }
};

// Uniform draws from a fixed seed, identical on every platform.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}
    double unit();                     // [0, 1) from 53 random bits
    std::size_t below(std::size_t n);  // 0 .. n-1, n > 0

private:
    std::mt19937_64 m_engine;
};

// Column means and standard deviations (population) before standardising.
struct Standardisation {
    std::vector<double> mean;
    std::vector<double> sd;
};

// z = (x - mean) / sd per column, in place; a constant column (sd 0) becomes 0.
Standardisation standardise(Points& points);

struct KMeansOptions {
    std::uint64_t seed = 20260630;
    int maxIterations = 100;
    // Stop when no centroid moves more than this (squared, in point units;
    // 1e-6 is 0.001 standard deviations on standardised data): Lloyd's steps
    // creep for hundreds of iterations on a million points otherwise.
    double tolerance = 1e-6;
};

struct KMeansResult {
    Points centroids;            // k rows; fewer than asked when the points have fewer distinct values
    std::vector<int> assignment; // centroid index of each point
    int iterations = 0;
    bool converged = false;      // assignments stable (or centroids still) before maxIterations
    double inertia = 0.0;        // sum of squared distances to the own centroid
};

double squaredDistance(std::span<const double> a, std::span<const double> b);

// k-means++ seeding (Arthur & Vassilvitskii 2007), then Lloyd's iterations.
// k is at most the number of points; 0 points give an empty result.
KMeansResult kMeans(const Points& points, int k, const KMeansOptions& options = {});

// The nearest of `centres` for every point (the first on ties).
std::vector<int> nearestCentres(const Points& points, const Points& centres);

// Moves each centre to the mean of the points assigned to it; a centre
// without points stays where it is.
void moveToMeans(const Points& points, std::span<const int> assignment, Points& centres);

// Indices of min(m, n) points drawn without replacement (partial
// Fisher-Yates), in increasing order.
std::vector<std::size_t> sampleIndices(std::size_t n, std::size_t m, std::uint64_t seed);

// Euclidean distances between all pairs of `points`, computed once so the
// silhouette of several clusterings of the same points costs only sums.
class PairwiseDistances {
public:
    explicit PairwiseDistances(const Points& points);
    std::size_t size() const { return m_n; }
    double operator()(std::size_t i, std::size_t j) const; // i != j

private:
    std::size_t m_n = 0;
    std::vector<float> m_upper; // row i holds j > i
};

// Mean silhouette (Rousseeuw 1987) of `assignment` (labels 0..k-1): per
// point (b - a) / max(a, b), a the mean distance to its own group, b to the
// nearest other group; 0 for a point alone in its group.
double meanSilhouette(const PairwiseDistances& distances, std::span<const int> assignment, int k);

struct KChoice {
    int k = 0;
    std::vector<double> silhouettes; // index k - minK
};

// The k in [minK, maxK] whose k-means of `sample` has the best mean
// silhouette (the smallest k on ties); k above the sample's distinct points is skipped.
KChoice chooseK(const Points& sample, const PairwiseDistances& distances, int minK, int maxK,
                const KMeansOptions& options = {});

} // namespace crm::clusters
