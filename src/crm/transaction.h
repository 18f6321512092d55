#pragma once
// A purchase (amount >= 0) or refund (amount < 0) with its optional cost.
#include "crm/date.h"
#include "crm/money.h"

#include <cstdint>
#include <optional>
#include <string>

namespace crm {

struct Transaction {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    Date date;
    Money amount = 0;
    std::optional<Money> cost;
    std::string product;
    std::string reference; // unique per customer when not empty

    bool isPurchase() const { return amount >= 0; }
};

} // namespace crm
