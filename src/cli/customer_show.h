#pragma once
// `crm customer show CODE`: everything about one customer, for a person to read.
#include <string>

namespace crm::cli {

class Context;

void showCustomer(const Context& context, const std::string& code);

} // namespace crm::cli
