#pragma once
// The lifecycle thresholds as named settings ("lifecycle.lost_after_days"):
// how they are stored as text, parsed and validated, so the store, the CLI
// and the settings dialog share one list and one set of limits.
#include "crm/analytics/lifecycle.h"
#include "crm/errors.h"

#include <string>
#include <string_view>
#include <vector>

namespace crm::lifecycle {

struct RuleSetting {
    std::string_view key;         // "lifecycle.lost_after_days"
    std::string_view description; // for people: what the threshold does
};

// Every setting, in the order of the rules.
const std::vector<RuleSetting>& ruleSettings();
bool isRuleKey(std::string_view key);

// The value of `key` in `rules` as stored ("365", "0.5").
// Throws ValidationError for an unknown key.
std::string ruleValue(const Rules& rules, std::string_view key);
// Parses `text` into the field of `key`; throws ValidationError naming the
// key when the key is unknown, the text is not a number or is out of range.
void setRuleValue(Rules& rules, std::string_view key, std::string_view text);
// Limits that involve two settings (recovery ratio not below the decline
// ratio; Lost later than the silence that signals a decline).
std::vector<FieldError> crossCheck(const Rules& rules);

} // namespace crm::lifecycle
