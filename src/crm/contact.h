#pragma once
// A contact person of an organisation customer, with a role in its buying.
#include "crm/date.h"

#include <cstdint>
#include <optional>
#include <string>

namespace crm {

enum class ContactRole { DecisionMaker, Purchaser, Technical, User, Other };

struct Contact {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::string name;
    ContactRole role = ContactRole::Other;
    bool primary = false;
    std::string phone;
    std::string email;
    std::optional<Date> birthday;
};

// One entry of the history of who the primary contact was.
struct PrimaryContactChange {
    std::int64_t customerId = 0;
    std::optional<std::int64_t> contactId; // none once the contact is deleted
    std::string contactName;
    Date since;
};

} // namespace crm
