#pragma once
// Storing a whole set of lifecycle thresholds at once, as the settings dialog
// edits them: LifecycleRulesStore::set checks the limits that involve two
// settings after each single change, so a valid set of several changes could
// be refused half way (lost after 60 days with a minimum silence of 30, made
// from 365 and 90).
#include "crm/analytics/lifecycle.h"

#include <string>
#include <vector>

namespace crm {

class Database;

// Validates `rules` as a whole (each value's limits and the cross checks:
// ValidationError naming the keys) and stores, in one transaction, each
// threshold that differs from the stored rules. When any did, the stored
// timeline's as-of date is cleared as LifecycleRulesStore::set does. Returns
// the keys changed.
std::vector<std::string> storeLifecycleRules(const Database& db, const lifecycle::Rules& rules);

} // namespace crm
