// k-means, k-means++, the silhouette and the choice of k on synthetic data.
#include "crm/analytics/clusters.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>

using namespace crm::clusters;

namespace {

// `perBlob` points around each centre, spread +-spread (deterministic).
Points blobs(const std::vector<std::vector<double>>& centres, int perBlob, double spread,
             std::vector<int>* truth = nullptr) {
    Points points{centres.front().size(), {}};
    Random random(7);
    for (std::size_t c = 0; c < centres.size(); ++c)
        for (int i = 0; i < perBlob; ++i) {
            std::vector<double> p = centres[c];
            for (double& x : p)
                x += (random.unit() - 0.5) * 2.0 * spread;
            points.add(p);
            if (truth)
                truth->push_back(static_cast<int>(c));
        }
    return points;
}

const std::vector<std::vector<double>> kThree{{0, 0}, {10, 0}, {0, 10}};
const std::vector<std::vector<double>> kFour{{0, 0, 0}, {10, 0, 0}, {0, 10, 0}, {0, 0, 10}};

// Every true group lands in exactly one cluster and no cluster mixes groups.
bool samePartition(const std::vector<int>& truth, const std::vector<int>& found) {
    std::map<int, std::set<int>> foundOf, truthOf;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        foundOf[truth[i]].insert(found[i]);
        truthOf[found[i]].insert(truth[i]);
    }
    for (const auto& [t, f] : foundOf)
        if (f.size() != 1)
            return false;
    for (const auto& [f, t] : truthOf)
        if (t.size() != 1)
            return false;
    return true;
}

} // namespace

TEST(KMeans, RecoversWellSeparatedGroups) {
    std::vector<int> truth;
    const Points points = blobs(kThree, 200, 1.0, &truth);
    const KMeansResult fit = kMeans(points, 3);
    ASSERT_EQ(fit.centroids.size(), 3u);
    EXPECT_TRUE(fit.converged);
    EXPECT_TRUE(samePartition(truth, fit.assignment));
    for (const auto& centre : kThree) { // each true centre has a centroid within 0.3
        double best = 1e9;
        for (std::size_t c = 0; c < 3; ++c)
            best = std::min(best, std::sqrt(squaredDistance(centre, fit.centroids[c])));
        EXPECT_LT(best, 0.3);
    }
}

TEST(KMeans, SameInputSameSeedSameResult) {
    const Points points = blobs(kFour, 300, 4.0); // overlapping: the start matters
    const KMeansResult a = kMeans(points, 4), b = kMeans(points, 4);
    EXPECT_EQ(a.assignment, b.assignment);
    EXPECT_EQ(a.centroids.values, b.centroids.values);
    EXPECT_EQ(a.iterations, b.iterations);
    EXPECT_EQ(a.inertia, b.inertia);
}

TEST(KMeans, TheSeedIsUsed) {
    const Points points = blobs(kFour, 300, 6.0);
    KMeansOptions other;
    other.seed = 99;
    EXPECT_NE(kMeans(points, 6).centroids.values, kMeans(points, 6, other).centroids.values);
}

TEST(KMeans, FewerDistinctPointsThanKGivesFewerGroups) {
    Points points{1, {}};
    for (int i = 0; i < 10; ++i)
        points.add(std::vector<double>{i % 2 == 0 ? 1.0 : 5.0});
    const KMeansResult fit = kMeans(points, 4);
    EXPECT_EQ(fit.centroids.size(), 2u);
    EXPECT_EQ(fit.inertia, 0.0);
    EXPECT_TRUE(kMeans(Points{1, {}}, 3).assignment.empty());
}

TEST(Standardise, MeanZeroSdOneAndConstantColumnsZero) {
    Points points{2, {1, 7, 2, 7, 3, 7, 6, 7}};
    const Standardisation s = standardise(points);
    EXPECT_DOUBLE_EQ(s.mean[0], 3.0);
    EXPECT_DOUBLE_EQ(s.sd[0], std::sqrt(3.5)); // population sd of 1, 2, 3, 6
    EXPECT_DOUBLE_EQ(s.sd[1], 0.0);
    double sum = 0, squares = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        sum += points[i][0];
        squares += points[i][0] * points[i][0];
        EXPECT_EQ(points[i][1], 0.0);
    }
    EXPECT_NEAR(sum, 0.0, 1e-12);
    EXPECT_NEAR(squares / 4, 1.0, 1e-12);
    EXPECT_NEAR(points[0][0], -2.0 / std::sqrt(3.5), 1e-12);
}

TEST(Silhouette, HandComputedValue) {
    // 0, 1 | 5: a(0) = 1, b(0) = 5 -> 0.8; a(1) = 1, b(1) = 4 -> 0.75; the lone point 0.
    const Points points{1, {0, 1, 5}};
    const PairwiseDistances d(points);
    EXPECT_DOUBLE_EQ(d(0, 2), 5.0);
    EXPECT_DOUBLE_EQ(d(2, 1), 4.0);
    const std::vector<int> labels{0, 0, 1};
    EXPECT_NEAR(meanSilhouette(d, labels, 2), (0.8 + 0.75 + 0.0) / 3, 1e-7);
}

TEST(Silhouette, ChoosesTheTrueKOnClearData) {
    const Points three = blobs(kThree, 100, 1.0);
    EXPECT_EQ(chooseK(three, PairwiseDistances(three), 2, 8).k, 3);
    const Points four = blobs(kFour, 80, 1.0);
    const KChoice choice = chooseK(four, PairwiseDistances(four), 2, 8);
    EXPECT_EQ(choice.k, 4);
    ASSERT_EQ(choice.silhouettes.size(), 7u);
    EXPECT_GT(choice.silhouettes[2], 0.8);
}

TEST(Sample, DistinctSortedAndRepeatable) {
    const auto a = sampleIndices(1000, 100, 5);
    ASSERT_EQ(a.size(), 100u);
    EXPECT_TRUE(std::is_sorted(a.begin(), a.end()));
    EXPECT_EQ(std::set<std::size_t>(a.begin(), a.end()).size(), 100u);
    EXPECT_LT(a.back(), 1000u);
    EXPECT_EQ(a, sampleIndices(1000, 100, 5));
    EXPECT_NE(a, sampleIndices(1000, 100, 6));
    EXPECT_EQ(sampleIndices(3, 10, 5).size(), 3u);
}

TEST(RandomDraws, UniformInRange) {
    Random random(1);
    std::vector<int> counts(4, 0);
    for (int i = 0; i < 40000; ++i) {
        const double u = random.unit();
        ASSERT_GE(u, 0.0);
        ASSERT_LT(u, 1.0);
        ++counts[random.below(4)];
    }
    for (const int c : counts)
        EXPECT_NEAR(c, 10000, 400);
}
