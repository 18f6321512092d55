#pragma once
// Test support: the CDNOW sample imported into a CRM database through the
// stores (customers "CD-0001".., one transaction per CDNOW row).
#include "crm/store/database.h"

#include <cstdint>
#include <string>

namespace crm::test {

// Returns the number of transactions imported.
std::int64_t importCdnow(const Database& db);

std::string cdnowCode(std::size_t index); // "CD-0001" for the first customer

} // namespace crm::test
