#pragma once
// Behaviour groups from the store: every customer's recency, frequency,
// monetary value and costs as of a date (from the customer aggregates when
// the date is on or after every transaction, else one pass over the
// transactions), grouped by clusters::groupCustomers.
#include "crm/analytics/clusters_profile.h"
#include "crm/date.h"

#include <string>
#include <vector>

namespace crm {

class Database;

struct ClusterCustomer {
    std::string code;
    clusters::CustomerFeatures features;
};

// Customers with at least one purchase dated on or before `asOf`, by code.
std::vector<ClusterCustomer> loadClusterCustomers(const Database& db, Date asOf);

struct ClusterReport {
    std::vector<ClusterCustomer> customers; // by code
    clusters::Grouping grouping;            // groupOf in the order of `customers`
};

ClusterReport computeClusters(const Database& db, Date asOf,
                              const clusters::GroupingOptions& options = {});

} // namespace crm
