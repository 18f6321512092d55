#pragma once
// The lifecycle thresholds kept in the database (meta keys
// "lifecycle.<name>"), so every user of a file sees the same rules; absent
// keys take the defaults of lifecycle::Rules.
#include "crm/analytics/lifecycle.h"

#include <string>
#include <string_view>

namespace crm {

class Database;

class LifecycleRulesStore {
public:
    explicit LifecycleRulesStore(const Database& db) : m_db(db) {}

    // Throws StoreError naming the key when a stored value is unreadable.
    lifecycle::Rules load() const;
    // Validates (ValidationError naming the key) and stores one threshold.
    // The stored timeline was derived under the old rules, so its as-of date
    // is cleared in the same transaction: the next `crm stages` replays.
    void set(std::string_view key, std::string_view value);
    // Back to the default value; same effect on the timeline as set().
    void reset(std::string_view key);

private:
    void store(std::string_view key, const lifecycle::Rules& rules);

    const Database& m_db;
};

} // namespace crm
