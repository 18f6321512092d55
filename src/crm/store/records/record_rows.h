#pragma once
// What the record stores share: the customer a row belongs to, checked inside
// the writer's transaction, and enum keys read back from text columns.
// Internal to src/crm/store/records.
#include "crm/customer.h"
#include "crm/errors.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace crm {
class Database;
}

namespace crm::records {

// The columns of a customer row that the record stores check against.
struct CustomerRef {
    std::int64_t id = 0;
    std::string code;
    CustomerKind kind = CustomerKind::Organisation;
    Stage stage = Stage::Prospect;
};

// Throws NotFoundError("customer 42 not found").
CustomerRef requireCustomer(const Database& db, std::int64_t customerId);

// The customer a contact / interaction belongs to; NotFoundError naming the
// row ("contact 7 not found") when there is none.
std::int64_t contactOwner(const Database& db, std::int64_t contactId);
std::int64_t interactionOwner(const Database& db, std::int64_t interactionId);

// "customer C-001" for messages.
std::string describe(const CustomerRef& customer);

// Throws ValidationError on `field` when `date` is not a real date.
void requireDate(const Date& date, const std::string& field);

// A stored enum key parsed back; StoreError (Damaged) naming the column when
// the text is not a key we know.
template <class E>
E storedKey(const std::optional<E>& parsed, std::string_view column, const std::string& text) {
    if (!parsed)
        throw StoreError(StoreError::Kind::Damaged, "unknown value '" + text + "' in column " +
                                                        std::string(column));
    return *parsed;
}

} // namespace crm::records
