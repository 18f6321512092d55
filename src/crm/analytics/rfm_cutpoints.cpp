#include "crm/analytics/rfm_cutpoints.h"

#include <algorithm>
#include <vector>

namespace crm::rfm {

namespace {

// Score k needs 5 * worse >= (k - 1) * n, i.e. worse >= j = ceil((k - 1) n / 5),
// where worse counts the values strictly below. So the boundary is the least
// value above the j-th smallest (index j - 1). Selection (nth_element) per
// boundary instead of a full sort: linear time, and n is a million.
std::optional<std::int64_t> leastAbove(const std::vector<std::int64_t>& values,
                                       std::size_t from, std::int64_t floor) {
    std::optional<std::int64_t> least;
    for (std::size_t i = from; i < values.size(); ++i)
        if (values[i] > floor && (!least || values[i] < *least))
            least = values[i];
    return least;
}

DimensionCuts cutsOfValues(std::vector<std::int64_t>& values) {
    DimensionCuts cuts;
    const auto n = values.size();
    std::size_t from = 0; // values before `from` are not above the last selected one
    for (std::size_t k = 2; k <= 5; ++k) {
        const std::size_t j = ((k - 1) * n + 4) / 5;
        if (j >= n)
            break; // nobody has j worse values
        const auto nth = values.begin() + static_cast<std::ptrdiff_t>(j - 1);
        std::nth_element(values.begin() + static_cast<std::ptrdiff_t>(from), nth, values.end());
        from = j - 1;
        cuts.atLeast[k - 2] = leastAbove(values, j, *nth);
    }
    return cuts;
}

template <typename Get>
DimensionCuts cutsOf(std::span<const Behaviour> customers, Get goodness) {
    std::vector<std::int64_t> values;
    values.reserve(customers.size());
    for (const auto& c : customers)
        values.push_back(goodness(c));
    return cutsOfValues(values);
}

} // namespace

DimensionCuts recencyCutsOf(std::span<const Behaviour> customers) {
    return cutsOf(customers, [](const Behaviour& b) { return -b.recencyDays; });
}

DimensionCuts frequencyCutsOf(std::span<const Behaviour> customers) {
    return cutsOf(customers, [](const Behaviour& b) { return b.frequency; });
}

Cutpoints cutpointsOf(std::span<const Behaviour> customers) {
    Cutpoints out;
    out.scored = std::ssize(customers);
    out.recency = recencyCutsOf(customers);
    out.frequency = frequencyCutsOf(customers);
    out.monetary = cutsOf(customers, [](const Behaviour& b) { return b.monetary; });
    return out;
}

int scoreWith(const DimensionCuts& cuts, std::int64_t goodness) {
    int score = 1;
    for (const auto& cut : cuts.atLeast)
        if (cut && goodness >= *cut)
            ++score;
    return score;
}

Score scoreWith(const Cutpoints& cuts, const Behaviour& customer) {
    Score s{customer, scoreWith(cuts.recency, -customer.recencyDays),
            scoreWith(cuts.frequency, customer.frequency),
            scoreWith(cuts.monetary, customer.monetary), Segment::Hibernating};
    s.segment = segmentFor(s.r, s.f);
    return s;
}

} // namespace crm::rfm
