#include "crm/store/segment_members.h"

#include "crm/analytics/rfm_cutpoints.h"
#include "crm/store/rfm_query.h"

#include <algorithm>

namespace crm {

std::vector<std::int64_t> segmentMembers(const Database& db, rfm::Segment segment,
                                         const Date& asOf) {
    // The same two steps as computeRfm: behaviour of every scored customer,
    // then each scored against the boundaries of all of them.
    const auto behaviours = loadBehaviours(db, RfmRequest{asOf, std::nullopt});
    const rfm::Cutpoints cuts = rfm::cutpointsOf(behaviours);
    std::vector<std::int64_t> ids;
    for (const rfm::Behaviour& b : behaviours)
        if (rfm::scoreWith(cuts, b).segment == segment)
            ids.push_back(b.customerId);
    std::sort(ids.begin(), ids.end()); // a no-op pass: behaviours come by id
    return ids;
}

} // namespace crm
