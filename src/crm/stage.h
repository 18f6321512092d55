#pragma once
// Lifecycle stages (客户生命周期) and the record of a customer moving between them.
#include "crm/date.h"

#include <cstdint>
#include <optional>
#include <string>

namespace crm {

enum class Stage { Prospect, Exploration, Formation, Stability, Decline, Lost };
inline constexpr int kStageCount = 6;

struct StageChange {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::optional<Stage> from; // none for the first stage of a customer
    Stage to = Stage::Prospect;
    Date on;
    std::string reason;
    bool manual = false; // set by a person rather than derived by the rules
};

} // namespace crm
