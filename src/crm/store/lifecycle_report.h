#pragma once
// Reports over the stored lifecycle timeline: how many customers and how much
// revenue and margin each stage holds on a date, and how customers moved
// between stages in a period.
#include "crm/date.h"
#include "crm/money.h"
#include "crm/stage.h"

#include <array>
#include <cstdint>
#include <vector>

namespace crm {

class Database;

struct StageTotal {
    Stage stage = Stage::Prospect;
    std::int64_t customers = 0;
    Money net = 0;    // net revenue (refunds included) up to the date
    Money margin = 0; // revenue minus cost of the transactions with a cost
};

// One entry per stage, in lifecycle order. A customer's stage on `asOf` is
// the latest stored change dated on or before it (Prospect when none);
// customers created after `asOf` without a change by then are left out.
std::vector<StageTotal> stageTotals(const Database& db, const Date& asOf);

// counts[from][to]: stage changes (derived and manual) dated from..to inclusive.
using StageFlow = std::array<std::array<std::int64_t, kStageCount>, kStageCount>;
StageFlow stageFlow(const Database& db, const Date& from, const Date& to);

} // namespace crm
