#include "crm/store/lifecycle_rules_store.h"

#include "crm/analytics/lifecycle_settings.h"
#include "crm/store/database.h"
#include "crm/store/lifecycle_meta.h"
#include "crm/store/sql_util.h"

#include <SQLiteCpp/Database.h>

namespace crm {

lifecycle::Rules LifecycleRulesStore::load() const {
    lifecycle::Rules rules;
    try {
        for (const auto& [key, value] : lifecycle_meta::all(m_db.sql())) {
            if (!lifecycle::isRuleKey(key))
                continue;
            try {
                lifecycle::setRuleValue(rules, key, value);
            } catch (const ValidationError& e) {
                throw StoreError(StoreError::Kind::Damaged,
                                 m_db.path().string() + ": stored lifecycle rule " + e.what());
            }
        }
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "reading the lifecycle rules");
    }
    return rules;
}

void LifecycleRulesStore::set(std::string_view key, std::string_view value) {
    lifecycle::Rules rules = load();
    lifecycle::setRuleValue(rules, key, value);
    store(key, rules);
}

void LifecycleRulesStore::reset(std::string_view key) {
    lifecycle::Rules rules = load();
    lifecycle::setRuleValue(rules, key, lifecycle::ruleValue(lifecycle::Rules{}, key));
    store(key, rules);
}

void LifecycleRulesStore::store(std::string_view key, const lifecycle::Rules& rules) {
    if (auto errors = lifecycle::crossCheck(rules); !errors.empty())
        throw ValidationError(std::move(errors));
    try {
        WriteTransaction tx(m_db);
        lifecycle_meta::put(m_db.sql(), key, lifecycle::ruleValue(rules, key));
        lifecycle_meta::erase(m_db.sql(), lifecycle_meta::kAsOfKey);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "storing the lifecycle rule " + std::string(key));
    }
}

} // namespace crm
