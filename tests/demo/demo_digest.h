#pragma once
// A digest of everything stored in a database, to compare two databases'
// contents without comparing files byte for byte.
#include "crm/store/database.h"

#include <cstdint>
#include <string>

namespace crm::test {

// FNV-1a over every row of every table (search index tables included), in
// table-name and full-row order.
std::uint64_t contentDigest(const Database& db);

// The single integer that `sql` returns.
std::int64_t queryInt(const Database& db, const std::string& sql);

} // namespace crm::test
