#pragma once
// Lifecycle stages derived from a customer's purchases (客户生命周期):
// the configurable rules, the state machine that enforces the theory's
// transitions, and the replay that turns a purchase history into a timeline
// of stage changes with reasons a person can read. docs/analytics.md.
#include "crm/date.h"
#include "crm/money.h"
#include "crm/stage.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace crm::lifecycle {

// Thresholds of the rules; stored in the database, editable in settings.
struct Rules {
    int lostAfterDays = 365;          // no purchase this long: Lost
    int recentDays = 90;              // the "last 90 days" of the revenue signal
    int baselineDays = 360;           // compared with the average of this before
    double declineRevenueRatio = 0.5; // recent below this share of the average
    // A declining customer counts as recovered only when recent revenue is
    // back to this share of the average: without the margin a customer near
    // the 0.5 line flips between Decline and Formation month after month.
    double recoveryRevenueRatio = 0.8;
    // A revenue decline counts only once the signal has held this many days:
    // customers who buy in clumps have quiet 90-day windows between clumps,
    // and without the wait they flipped Stability -> Decline -> Formation
    // several times a year (5 changes per customer on the demo data).
    int declineConfirmDays = 30;
    // Silence longer than this many mean gaps between purchases (and at least
    // minSilenceDays). Not 2.5 median gaps, the first default: for customers
    // who buy at random moments the gaps are roughly exponential, 2.5 medians
    // is only 1.7 means, and 18% of perfectly normal gaps crossed it, so such
    // customers went Decline -> Formation -> Decline all year. 3 means is
    // crossed by about 5% of normal gaps (e^-3).
    double gapFactor = 3.0;
    int minSilenceDays = 90;          // ...and at least this long
    int explorationPurchases = 3;     // fewer purchases: still Exploration
    int explorationDays = 90;         // first purchase more recent: Exploration
    int stabilityDays = 365;          // relationship at least this old for Stability
    int stabilityQuarters = 3;        // with purchases in this many...
    int quarterDays = 91;             // ...of the last four windows of this length
};

struct Purchase {
    Date date;
    Money amount = 0; // refunds (negative) count in revenue, not as purchases
};

// Forward development never skips a stage; decline can start from any active
// stage; Decline recovers to Formation or ends in Lost; a lost customer who
// buys again starts over in Exploration.
bool isAllowed(Stage from, Stage to);
// The stage to move to when the rules point at `target`: the target itself
// when allowed, else the next step towards it.
Stage nextStep(Stage from, Stage target);

struct Verdict {
    Stage stage = Stage::Prospect;
    std::string reason;
    bool fromRevenue = false; // a Decline by the revenue signal (not silence)
};

// What the rules say on `day` for a relationship that started with the first
// purchase at index `start` of `history` (sorted by date); `current` is the
// stage the customer is in (Decline raises the bar for recovery).
Verdict evaluate(std::span<const Purchase> history, std::size_t start, const Date& day,
                 Stage current, const Rules& rules, int decimals);

// Replays the history through the rules at every purchase date and month end
// up to `asOf`, starting from the manual changes where there are any: each
// manual change sets the stage on its date and derivation continues from it.
// Returns the derived changes (manual ones are not repeated).
std::vector<StageChange> replay(std::span<const Purchase> history,
                                std::span<const StageChange> manualChanges, const Date& asOf,
                                const Rules& rules, int decimals);

} // namespace crm::lifecycle
