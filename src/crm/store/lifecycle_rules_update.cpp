#include "crm/store/lifecycle_rules_update.h"

#include "crm/analytics/lifecycle_settings.h"
#include "crm/errors.h"
#include "crm/store/database.h"
#include "crm/store/lifecycle_meta.h"
#include "crm/store/lifecycle_rules_store.h"
#include "crm/store/sql_util.h"

#include <SQLiteCpp/Database.h>

namespace crm {

namespace {

// Each value read back through the setting's parser, so its limits apply.
std::vector<FieldError> checkEach(const lifecycle::Rules& rules) {
    std::vector<FieldError> errors;
    lifecycle::Rules parsed;
    for (const auto& setting : lifecycle::ruleSettings()) {
        try {
            lifecycle::setRuleValue(parsed, setting.key, lifecycle::ruleValue(rules, setting.key));
        } catch (const ValidationError& e) {
            errors.insert(errors.end(), e.errors().begin(), e.errors().end());
        }
    }
    return errors;
}

} // namespace

std::vector<std::string> storeLifecycleRules(const Database& db, const lifecycle::Rules& rules) {
    auto errors = checkEach(rules);
    if (errors.empty())
        errors = lifecycle::crossCheck(rules);
    if (!errors.empty())
        throw ValidationError(std::move(errors));
    const lifecycle::Rules stored = LifecycleRulesStore(db).load();
    std::vector<std::string> changed;
    try {
        WriteTransaction tx(db);
        for (const auto& setting : lifecycle::ruleSettings()) {
            const std::string value = lifecycle::ruleValue(rules, setting.key);
            if (value == lifecycle::ruleValue(stored, setting.key))
                continue;
            lifecycle_meta::put(db.sql(), setting.key, value);
            changed.emplace_back(setting.key);
        }
        if (!changed.empty())
            lifecycle_meta::erase(db.sql(), lifecycle_meta::kAsOfKey);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "storing the lifecycle rules");
    }
    return changed;
}

} // namespace crm
