#pragma once
// RFM scores and lifetime values of every customer as of a date, held by
// customer id in a few bytes each while an export streams the customers (the
// scores rank every customer against the others, so they are computed first).
#include "crm/analytics/rfm.h"
#include "crm/date.h"
#include "crm/money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crm {
class Database;
}

namespace crm::csv {

class CustomerScores {
public:
    struct Rfm {
        std::uint8_t r = 0; // 0: not scored (no purchase by the date)
        std::uint8_t f = 0;
        std::uint8_t m = 0;
        rfm::Segment segment = rfm::Segment::Hibernating;
    };

    // computeRfm as of `asOf` (rfm_query.h).
    void loadRfm(const Database& db, Date asOf);
    // From the newest stored model fitted as of `asOf` that still matches the
    // data; never fits one (an export does not write to the database).
    // Returns why the column stays empty when there is no such model.
    std::optional<std::string> loadClv(const Database& db, Date asOf);

    const Rfm* rfm(std::int64_t customerId) const;
    std::optional<Money> clv(std::int64_t customerId) const;

private:
    std::vector<Rfm> m_rfm;   // by id
    std::vector<Money> m_clv; // by id; kNoValue where there is none
};

} // namespace crm::csv
