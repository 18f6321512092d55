#pragma once
// Reading a customer's stage off its timeline, where derived changes and the
// manual changes a person made interleave.
#include "crm/stage.h"

#include <span>

namespace crm::lifecycle {

// The stage on `day`: the target of the latest change dated on or before it.
// On the same date a manual change comes after the derived one (replay()
// applies a manual change from the next evaluation on). Prospect when none.
Stage stageOn(std::span<const StageChange> derived, std::span<const StageChange> manual,
              const Date& day);

// Whether change `a` comes before `b` on one timeline: by date, derived
// before manual on the same date, then by id.
bool comesBefore(const StageChange& a, const StageChange& b);

} // namespace crm::lifecycle
