#pragma once
// A hand-built database for the early-warning tests, as of 2026-06-30:
// DECL (owner Ann) bought 1,000.00 every week for two years, last on
// 2026-04-11 (80 days before); STAB (Bob) buys 1,200.00 every week up to the date; LAPS (ann)
// bought 20.00 every 30 days, last on 2025-11-21; F01..F12 (Cy)
// fill the R-score ranks. The lifecycle timeline is replayed to the date.
#include "crm/date.h"

namespace crm {
class Database;
}

namespace crm::test {

inline const Date kRiskAsOf{2026, 6, 30};

void buildRiskDatabase(const Database& db);

} // namespace crm::test
