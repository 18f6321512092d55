#pragma once
// Saving an edit made on a copy that may have gone stale: another window or
// the command line may have changed the customer since the dialog opened.
// Only the fields the user changed are written over what is stored now, so
// nobody's change to another field is lost.
#include "crm/customer.h"

namespace crm {

// `current` with every field that differs between `base` (as the dialog
// read it) and `edited` (as the user left it) taken from `edited`. A field
// both changed gets the user's value (the later save).
Customer mergeEdit(const Customer& base, const Customer& edited, const Customer& current);

} // namespace crm
