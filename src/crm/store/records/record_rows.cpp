#include "crm/store/records/record_rows.h"

#include "crm/names.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include "crm/store/database.h"
#include "crm/store/statement_cache.h"

namespace crm::records {

using Cached = sql::CachedStatement;
namespace {

std::int64_t ownerOf(const Database& db, const char* query, std::int64_t id,
                     const char* what) {
    Cached stCached(db.statements(), query);
    SQLite::Statement& st = *stCached;
    st.bind(1, id);
    if (!st.executeStep())
        throw NotFoundError(std::string(what) + " " + std::to_string(id) + " not found");
    return st.getColumn(0).getInt64();
}

} // namespace

CustomerRef requireCustomer(const Database& db, std::int64_t customerId) {
    Cached stCached(db.statements(), "SELECT code, kind, stage FROM customer WHERE id = ?");
    SQLite::Statement& st = *stCached;
    st.bind(1, customerId);
    if (!st.executeStep())
        throw NotFoundError("customer " + std::to_string(customerId) + " not found");
    CustomerRef ref;
    ref.id = customerId;
    ref.code = st.getColumn(0).getString();
    const std::string kind = st.getColumn(1).getString();
    ref.kind = storedKey(parseCustomerKind(kind), "customer.kind", kind);
    const std::string stage = st.getColumn(2).getString();
    ref.stage = storedKey(parseStage(stage), "customer.stage", stage);
    return ref;
}

std::int64_t contactOwner(const Database& db, std::int64_t contactId) {
    return ownerOf(db, "SELECT customer_id FROM contact WHERE id = ?", contactId, "contact");
}

std::int64_t interactionOwner(const Database& db, std::int64_t interactionId) {
    return ownerOf(db, "SELECT customer_id FROM interaction WHERE id = ?", interactionId,
                   "interaction");
}

std::string describe(const CustomerRef& customer) {
    return "customer " + customer.code;
}

void requireDate(const Date& date, const std::string& field) {
    if (date.is_special())
        throw ValidationError({FieldError{field, "is not a date"}});
}

} // namespace crm::records
