#pragma once
// The SQL schema, one numbered step per version. Internal to the store.
#include <string_view>
#include <vector>

namespace crm::schema {

// steps()[i] brings a database from version i to version i + 1.
const std::vector<std::string_view>& steps();

} // namespace crm::schema
