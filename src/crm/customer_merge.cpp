#include "crm/customer_merge.h"

namespace crm {

namespace {

template <class Field>
void takeIfEdited(Field Customer::*field, const Customer& base, const Customer& edited,
                  Customer& merged) {
    if (!(base.*field == edited.*field))
        merged.*field = edited.*field;
}

} // namespace

Customer mergeEdit(const Customer& base, const Customer& edited, const Customer& current) {
    Customer merged = current;
    takeIfEdited(&Customer::code, base, edited, merged);
    takeIfEdited(&Customer::kind, base, edited, merged);
    takeIfEdited(&Customer::name, base, edited, merged);
    takeIfEdited(&Customer::industry, base, edited, merged);
    takeIfEdited(&Customer::region, base, edited, merged);
    takeIfEdited(&Customer::address, base, edited, merged);
    takeIfEdited(&Customer::phone, base, edited, merged);
    takeIfEdited(&Customer::email, base, edited, merged);
    takeIfEdited(&Customer::owner, base, edited, merged);
    takeIfEdited(&Customer::tags, base, edited, merged);
    takeIfEdited(&Customer::createdOn, base, edited, merged);
    takeIfEdited(&Customer::notes, base, edited, merged);
    takeIfEdited(&Customer::companyStage, base, edited, merged);
    takeIfEdited(&Customer::annualCategorySpend, base, edited, merged);
    takeIfEdited(&Customer::birthday, base, edited, merged);
    takeIfEdited(&Customer::stage, base, edited, merged);
    return merged;
}

} // namespace crm
