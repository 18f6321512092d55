#include "crm/analytics/rfm_migration.h"

namespace crm::rfm {

namespace {

std::size_t indexOf(Segment s) { return static_cast<std::size_t>(s); }
constexpr auto kNone = static_cast<std::size_t>(kNotScored);

} // namespace

std::int64_t MigrationMatrix::total() const {
    std::int64_t sum = 0;
    for (const auto& row : counts)
        for (const auto c : row)
            sum += c;
    return sum;
}

// A merge of the two id-ordered lists.
MigrationMatrix migration(std::span<const Placement> from, std::span<const Placement> to) {
    MigrationMatrix m;
    std::size_t i = 0, j = 0;
    while (i < from.size() || j < to.size()) {
        if (j == to.size() || (i < from.size() && from[i].customerId < to[j].customerId)) {
            ++m.counts[indexOf(from[i++].segment)][kNone];
        } else if (i == from.size() || to[j].customerId < from[i].customerId) {
            ++m.counts[kNone][indexOf(to[j++].segment)];
        } else {
            ++m.counts[indexOf(from[i++].segment)][indexOf(to[j++].segment)];
        }
    }
    return m;
}

} // namespace crm::rfm
