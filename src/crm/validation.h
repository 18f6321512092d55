#pragma once
// Validation of what a user enters, before anything is stored. Each check
// returns the errors that name the field; empty means valid.
#include "crm/contact.h"
#include "crm/customer.h"
#include "crm/errors.h"
#include "crm/interaction.h"
#include "crm/transaction.h"

#include <string_view>
#include <vector>

namespace crm {

bool isEmailShape(std::string_view text);
bool isPhoneShape(std::string_view text);
bool isCodeShape(std::string_view text);

std::vector<FieldError> validate(const Customer& customer);
std::vector<FieldError> validate(const Contact& contact);
std::vector<FieldError> validate(const Transaction& transaction);
std::vector<FieldError> validate(const Interaction& interaction);
std::vector<FieldError> validate(const FollowUp& followUp);

// Throws ValidationError when `errors` is not empty.
void throwIfInvalid(std::vector<FieldError> errors);

} // namespace crm
