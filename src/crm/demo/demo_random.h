#pragma once
// The demo generator's source of randomness: SplitMix64 with our own
// uniform, exponential and Poisson draws, so a seed gives the same numbers
// with every compiler and standard library (std::*_distribution does not).
#include <cstdint>
#include <span>

namespace crm::demo {

class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : m_state(seed) {}
    // An independent stream for item `index` of the data set of `seed`.
    static DemoRandom forItem(std::uint64_t seed, std::uint64_t stream, std::uint64_t index);

    std::uint64_t next();
    // Uniform in [0, bound); bound > 0.
    std::uint64_t below(std::uint64_t bound);
    // Uniform in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high);
    // Uniform in [0, 1).
    double unit();
    bool chance(double probability) { return unit() < probability; }
    // Exponentially distributed with the given mean.
    double exponential(double mean);
    // Poisson distributed with the given mean (small means: counts of things).
    std::int64_t poisson(double mean);

    template <class T>
    const T& pick(std::span<const T> items) {
        return items[below(items.size())];
    }
    // Index chosen with probability proportional to weights[i].
    std::size_t weighted(std::span<const int> weights);

private:
    std::uint64_t m_state;
};

// Natural logarithm from + - * / only, so it rounds the same everywhere.
double portableLog(double x);

} // namespace crm::demo
