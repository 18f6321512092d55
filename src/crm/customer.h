#pragma once
// A customer: an organisation (with contacts) or a person, and the
// per-customer aggregates the store keeps in step with its transactions.
#include "crm/date.h"
#include "crm/money.h"
#include "crm/stage.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crm {

enum class CustomerKind { Organisation, Person };
// The customer organisation's own stage, which shapes its needs.
enum class CompanyStage { StartUp, Growth, Mature };

struct Customer {
    std::int64_t id = 0;
    std::string code; // the user's own unique key
    CustomerKind kind = CustomerKind::Organisation;
    std::string name;
    std::string industry;
    std::string region;
    std::string address;
    std::string phone;
    std::string email;
    std::string owner; // sales rep
    std::vector<std::string> tags;
    Date createdOn;
    std::string notes;
    std::optional<CompanyStage> companyStage;  // organisations only
    std::optional<Money> annualCategorySpend;  // organisations: for share of wallet
    std::optional<Date> birthday;              // persons only
    Stage stage = Stage::Prospect;             // current lifecycle stage
};

// Kept by the store in the same transaction as every change they depend on.
struct CustomerAggregates {
    std::optional<Date> firstPurchase;
    std::optional<Date> lastPurchase;
    std::int64_t purchaseCount = 0; // transactions with amount >= 0
    Money netAmount = 0;            // all amounts, refunds included
    Money costedAmount = 0;         // amounts of transactions with a cost
    Money cost = 0;                 // sum of recorded costs
    std::optional<Date> lastInteraction;

    Money margin() const { return costedAmount - cost; }
    bool operator==(const CustomerAggregates&) const = default;
};

} // namespace crm
