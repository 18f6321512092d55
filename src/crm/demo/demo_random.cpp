#include "crm/demo/demo_random.h"

#include <cmath>

namespace crm::demo {

namespace {

std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr double kLn2 = 0.693147180559945309417232121458176568;
constexpr double kSqrtHalf = 0.707106781186547524400844362104849039;

} // namespace

DemoRandom DemoRandom::forItem(std::uint64_t seed, std::uint64_t stream, std::uint64_t index) {
    return DemoRandom(mix(mix(mix(seed) ^ stream) + index));
}

std::uint64_t DemoRandom::next() {
    m_state += 0x9e3779b97f4a7c15ULL;
    return mix(m_state);
}

std::uint64_t DemoRandom::below(std::uint64_t bound) {
    // Rejection keeps the draw unbiased; the loop almost never repeats.
    const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % bound);
    std::uint64_t x = next();
    while (x >= limit)
        x = next();
    return x % bound;
}

std::int64_t DemoRandom::between(std::int64_t low, std::int64_t high) {
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<std::int64_t>(below(span));
}

double DemoRandom::unit() {
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double DemoRandom::exponential(double mean) {
    return -portableLog(1.0 - unit()) * mean;
}

std::int64_t DemoRandom::poisson(double mean) {
    // Counts the arrivals of a unit-rate process within `mean`.
    std::int64_t count = 0;
    for (double t = exponential(1.0); t <= mean; t += exponential(1.0))
        ++count;
    return count;
}

std::size_t DemoRandom::weighted(std::span<const int> weights) {
    std::int64_t total = 0;
    for (int w : weights)
        total += w;
    std::int64_t x = between(0, total - 1);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        x -= weights[i];
        if (x < 0)
            return i;
    }
    return weights.size() - 1;
}

double portableLog(double x) {
    // x = m * 2^e with m in [sqrt(1/2), sqrt(2)); ln m = 2 atanh(s), s = (m-1)/(m+1).
    int e = 0;
    double m = std::frexp(x, &e); // exact
    if (m < kSqrtHalf) {
        m *= 2.0;
        --e;
    }
    const double s = (m - 1.0) / (m + 1.0);
    const double s2 = s * s;
    double term = s;
    double sum = 0.0;
    for (int k = 1; k <= 21; k += 2) {
        sum += term / k;
        term *= s2;
    }
    return 2.0 * sum + e * kLn2;
}

} // namespace crm::demo
