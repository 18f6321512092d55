#include "crm/analytics/lifecycle_settings.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <variant>

namespace crm::lifecycle {

namespace {

struct IntField {
    int Rules::*member;
    int min;
    int max;
};

struct RatioField {
    double Rules::*member;
    double min; // exclusive
    double max; // inclusive
};

struct Entry {
    RuleSetting setting;
    std::variant<IntField, RatioField> field;
};

const std::vector<Entry>& entries() {
    static const std::vector<Entry> all{
        {{"lifecycle.lost_after_days", "no purchase for this many days: Lost"},
         IntField{&Rules::lostAfterDays, 30, 3650}},
        {{"lifecycle.recent_days", "length of the recent window of the revenue signal"},
         IntField{&Rules::recentDays, 7, 730}},
        {{"lifecycle.baseline_days", "recent revenue is compared with the average of this many days before"},
         IntField{&Rules::baselineDays, 30, 3650}},
        {{"lifecycle.decline_revenue_ratio", "recent revenue below this share of the average: Decline"},
         RatioField{&Rules::declineRevenueRatio, 0.0, 1.0}},
        {{"lifecycle.recovery_revenue_ratio", "a declining customer recovers at this share of the average"},
         RatioField{&Rules::recoveryRevenueRatio, 0.0, 2.0}},
        {{"lifecycle.decline_confirm_days", "a revenue decline counts once its signal has held this many days"},
         IntField{&Rules::declineConfirmDays, 0, 365}},
        {{"lifecycle.gap_factor", "silence longer than this many mean gaps between purchases: Decline"},
         RatioField{&Rules::gapFactor, 0.0, 100.0}},
        {{"lifecycle.min_silence_days", "...and at least this many days"},
         IntField{&Rules::minSilenceDays, 1, 3650}},
        {{"lifecycle.exploration_purchases", "fewer purchases than this: Exploration"},
         IntField{&Rules::explorationPurchases, 1, 1000}},
        {{"lifecycle.exploration_days", "first purchase fewer days ago than this: Exploration"},
         IntField{&Rules::explorationDays, 0, 3650}},
        {{"lifecycle.stability_days", "relationship at least this many days old for Stability"},
         IntField{&Rules::stabilityDays, 0, 3650}},
        {{"lifecycle.stability_quarters", "purchases in at least this many of the last 4 quarters for Stability"},
         IntField{&Rules::stabilityQuarters, 1, 4}},
        {{"lifecycle.quarter_days", "length of a quarter window in days"},
         IntField{&Rules::quarterDays, 28, 183}},
    };
    return all;
}

const Entry& entryFor(std::string_view key) {
    const auto& all = entries();
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const Entry& e) { return e.setting.key == key; });
    if (it == all.end())
        throw ValidationError({{std::string(key), "not a lifecycle setting (see `crm lifecycle-rules show`)"}});
    return *it;
}

[[noreturn]] void rejectValue(std::string_view key, std::string_view text, const std::string& expected) {
    throw ValidationError({{std::string(key), "'" + std::string(text) + "' is not " + expected}});
}

void setInt(Rules& rules, const IntField& f, std::string_view key, std::string_view text) {
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    const std::string range = std::to_string(f.min) + " to " + std::to_string(f.max);
    if (ec != std::errc() || end != text.data() + text.size() || value < f.min || value > f.max)
        rejectValue(key, text, "a whole number from " + range);
    rules.*f.member = value;
}

// Shortest text that reads back as the same double.
std::string numberText(double value) {
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

void setRatio(Rules& rules, const RatioField& f, std::string_view key, std::string_view text) {
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    const std::string range = "above " + numberText(f.min) + " and at most " + numberText(f.max);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value) ||
        value <= f.min || value > f.max)
        rejectValue(key, text, "a number " + range);
    rules.*f.member = value;
}

} // namespace

const std::vector<RuleSetting>& ruleSettings() {
    static const std::vector<RuleSetting> all = [] {
        std::vector<RuleSetting> out;
        for (const Entry& e : entries())
            out.push_back(e.setting);
        return out;
    }();
    return all;
}

bool isRuleKey(std::string_view key) {
    const auto& all = entries();
    return std::any_of(all.begin(), all.end(), [&](const Entry& e) { return e.setting.key == key; });
}

std::string ruleValue(const Rules& rules, std::string_view key) {
    const Entry& e = entryFor(key);
    if (const auto* i = std::get_if<IntField>(&e.field))
        return std::to_string(rules.*(i->member));
    return numberText(rules.*(std::get<RatioField>(e.field).member));
}

void setRuleValue(Rules& rules, std::string_view key, std::string_view text) {
    const Entry& e = entryFor(key);
    if (const auto* i = std::get_if<IntField>(&e.field))
        setInt(rules, *i, key, text);
    else
        setRatio(rules, std::get<RatioField>(e.field), key, text);
}

std::vector<FieldError> crossCheck(const Rules& rules) {
    std::vector<FieldError> errors;
    if (rules.recoveryRevenueRatio < rules.declineRevenueRatio)
        errors.push_back({"lifecycle.recovery_revenue_ratio",
                          "must not be below lifecycle.decline_revenue_ratio (" +
                              numberText(rules.declineRevenueRatio) + ")"});
    if (rules.lostAfterDays <= rules.minSilenceDays)
        errors.push_back({"lifecycle.lost_after_days",
                          "must be longer than lifecycle.min_silence_days (" +
                              std::to_string(rules.minSilenceDays) + ")"});
    return errors;
}

} // namespace crm::lifecycle
