#pragma once
// The customer-list filters that `customer list` and `export customers`
// share, from their option strings (stage, kind, owner, tag, region,
// industry, search) into the store's CustomerFilter.
#include "crm/errors.h"
#include "crm/names.h"
#include "crm/store/customer_query.h"

namespace crm::cli {

template <typename Options>
CustomerFilter customerFilterFrom(const Options& o) {
    CustomerFilter filter;
    filter.owner = o.owner;
    filter.tag = o.tag;
    filter.region = o.region;
    filter.industry = o.industry;
    filter.search = o.search;
    if (!o.stage.empty() && !(filter.stage = parseStage(o.stage)))
        throw ValidationError({{"stage", "'" + o.stage + "' is not a lifecycle stage"}});
    if (!o.kind.empty() && !(filter.kind = parseCustomerKind(o.kind)))
        throw ValidationError({{"kind", "'" + o.kind + "' is not a kind (org or person)"}});
    return filter;
}

} // namespace crm::cli
