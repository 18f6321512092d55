#pragma once
// Segment migration between two dates: how many customers moved from each
// segment at the first date to each segment at the second.
#include "crm/analytics/rfm.h"

#include <array>
#include <cstdint>
#include <span>

namespace crm::rfm {

// Row/column index kNotScored: no purchase in range at that date (a new
// customer in the row, a lapsed one in the column).
inline constexpr int kNotScored = kSegmentCount;
inline constexpr int kMigrationSize = kSegmentCount + 1;

struct Placement {
    std::int64_t customerId = 0;
    Segment segment = Segment::Hibernating;
};

struct MigrationMatrix {
    // counts[from][to]; customers scored at neither date are not counted.
    std::array<std::array<std::int64_t, kMigrationSize>, kMigrationSize> counts{};
    std::int64_t total() const;
    friend bool operator==(const MigrationMatrix&, const MigrationMatrix&) = default;
};

// `from` and `to` each ordered by customer id, one placement per customer.
MigrationMatrix migration(std::span<const Placement> from, std::span<const Placement> to);

} // namespace crm::rfm
