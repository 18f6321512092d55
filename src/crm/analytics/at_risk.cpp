#include "crm/analytics/at_risk.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <sstream>
#include <vector>

namespace crm::risk {

namespace {

// 0 at `start`, 1 at `full`, linear between.
double ramp(double value, double start, double full) {
    return std::clamp((value - start) / (full - start), 0.0, 1.0);
}

std::string fixed(double value, int decimals) {
    std::ostringstream text;
    text << std::fixed << std::setprecision(decimals) << value;
    return text.str();
}

std::string percentChange(double ratio) {
    const long long percent = std::llround(100.0 * (ratio - 1.0));
    return (percent > 0 ? "+" : "") + std::to_string(percent) + "%";
}

} // namespace

Strengths strengthsOf(const Signals& s, const RiskRules& rules) {
    Strengths out;
    if (s.usualGapDays && *s.usualGapDays > 0.0)
        out.silence = ramp(static_cast<double>(s.daysSilent) / *s.usualGapDays,
                           rules.silenceStart, rules.silenceFull);
    if (s.baselineAverage && *s.baselineAverage > 0.0)
        out.revenueDrop = ramp(1.0 - static_cast<double>(s.recentRevenue) / *s.baselineAverage,
                               rules.revenueDropStart, rules.revenueDropFull);
    if (s.rNow && s.rBefore && *s.rBefore > *s.rNow)
        out.rFall = std::min(1.0, static_cast<double>(*s.rBefore - *s.rNow) / rules.rScoreFullDrop);
    out.stage = s.declining ? rules.declineStage : 0.0;
    if (s.pAlive)
        out.dropout = std::clamp(1.0 - *s.pAlive, 0.0, 1.0);
    return out;
}

double combinedRisk(const Strengths& s) {
    const double stays = (1.0 - s.silence) * (1.0 - s.revenueDrop) * (1.0 - s.rFall) *
                         (1.0 - s.stage) * (1.0 - s.dropout);
    return 1.0 - stays;
}

std::string reasonText(const Signals& s, const Strengths& strengths, int decimals) {
    std::vector<std::string> parts;
    if (strengths.silence > 0.0) {
        parts.push_back("usually buys every " + fixed(*s.usualGapDays, 0) + " days");
        parts.push_back(std::to_string(s.daysSilent) + " days since the last purchase");
    }
    if (strengths.revenueDrop > 0.0) {
        const double ratio = static_cast<double>(s.recentRevenue) / *s.baselineAverage;
        parts.push_back("revenue last " + std::to_string(s.recentDays) + " days " +
                        percentChange(ratio) + " (" +
                        formatMoneyGrouped(s.recentRevenue, decimals) + " vs " +
                        formatMoneyGrouped(std::llround(*s.baselineAverage), decimals) +
                        " average)");
    }
    if (strengths.rFall > 0.0)
        parts.push_back("R score " + std::to_string(*s.rNow) + ", was " +
                        std::to_string(*s.rBefore) + " on " + toIso(s.rBeforeDate));
    if (strengths.stage > 0.0)
        parts.push_back("stage Decline");
    if (strengths.dropout > 0.0)
        parts.push_back("P(alive) " + fixed(*s.pAlive, 2));
    std::string text;
    for (const std::string& part : parts)
        text += (text.empty() ? "" : "; ") + part;
    return text;
}

std::optional<double> medianGapDays(std::span<const std::int64_t> sortedDays) {
    std::vector<std::int64_t> gaps;
    return medianGapDays(sortedDays, gaps);
}

std::optional<double> medianGapDays(std::span<const std::int64_t> sortedDays, std::vector<std::int64_t>& gaps) {
    gaps.clear();
    for (std::size_t i = 1; i < sortedDays.size(); ++i)
        if (sortedDays[i] != sortedDays[i - 1])
            gaps.push_back(sortedDays[i] - sortedDays[i - 1]);
    if (gaps.empty())
        return std::nullopt;
    const std::size_t mid = gaps.size() / 2;
    std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(mid), gaps.end());
    const auto upper = static_cast<double>(gaps[mid]);
    if (gaps.size() % 2 == 1)
        return upper;
    const auto lower = static_cast<double>(
        *std::max_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(mid)));
    return (lower + upper) / 2.0;
}

double yearlyRevenue(Money netRevenue, std::int64_t firstPurchaseDay, std::int64_t asOfDay) {
    if (netRevenue <= 0)
        return 0.0;
    const double years = std::max(1.0, static_cast<double>(asOfDay - firstPurchaseDay) / 365.25);
    return static_cast<double>(netRevenue) / years;
}

} // namespace crm::risk
