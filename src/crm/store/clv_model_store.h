#pragma once
// Fitted lifetime-value models (BG/NBD + Gamma-Gamma) kept in the file with
// the date they were fitted as of (table clv_model), so predictions can reuse
// a fit instead of repeating it.
#include "crm/analytics/clv_model.h"
#include "crm/date.h"

#include <cstdint>
#include <optional>

namespace crm {

class Database;

struct StoredClvModel {
    std::int64_t id = 0;
    Date asOf;
    clv::ClvModel model;
};

class ClvModelStore {
public:
    explicit ClvModelStore(const Database& db) : m_db(db) {}

    // Stores `model` fitted as of `asOf` in one transaction; returns its id.
    std::int64_t save(const clv::ClvModel& model, Date asOf);
    // The newest converged model fitted as of exactly `asOf` (in `unit` when given).
    std::optional<StoredClvModel> latest(Date asOf,
                                         std::optional<clv::TimeUnit> unit = std::nullopt) const;

private:
    const Database& m_db;
};

} // namespace crm
