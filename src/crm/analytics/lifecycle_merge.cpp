#include "crm/analytics/lifecycle_merge.h"

#include <tuple>

namespace crm::lifecycle {

namespace {

// The latest change dated on or before `day` (changes sorted by date).
const StageChange* latestOnOrBefore(std::span<const StageChange> changes, const Date& day) {
    const StageChange* latest = nullptr;
    for (const StageChange& c : changes) {
        if (c.on > day)
            break;
        latest = &c;
    }
    return latest;
}

} // namespace

bool comesBefore(const StageChange& a, const StageChange& b) {
    return std::tuple(a.on, a.manual, a.id) < std::tuple(b.on, b.manual, b.id);
}

Stage stageOn(std::span<const StageChange> derived, std::span<const StageChange> manual,
              const Date& day) {
    const StageChange* d = latestOnOrBefore(derived, day);
    const StageChange* m = latestOnOrBefore(manual, day);
    if (d && m)
        return comesBefore(*d, *m) ? m->to : d->to;
    if (d || m)
        return (d ? d : m)->to;
    return Stage::Prospect;
}

} // namespace crm::lifecycle
