#pragma once
// Cell values of imported files into domain values: the forms spreadsheets
// and old systems write, and the undoing of the export's formula guard.
#include "crm/date.h"
#include "crm/money.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crm::csv {

// Spaces, tabs and line breaks removed from both ends.
std::string_view trimmed(std::string_view text);

// The export writes a ' before a text cell starting with = + - @ tab or CR so
// that spreadsheets do not run it as a formula; that ' is dropped here.
std::string unguarded(std::string text);

// YYYY-MM-DD, YYYY/M/D (2026/6/30) and D.M.YYYY (30.06.2026); nullopt for
// anything else or an impossible date.
std::optional<Date> parseImportDate(std::string_view text);

// [-+]digits[.digits] with at most `decimals` fraction digits; thousands
// separators are not accepted (a comma may be a decimal comma elsewhere).
std::optional<Money> parseImportAmount(std::string_view text, int decimals);

// "yes/no", "true/false", "1/0", 是/否; nullopt otherwise.
std::optional<bool> parseYesNo(std::string_view text);

// Tags separated by ';' or ',', each trimmed; empty ones dropped.
std::vector<std::string> splitTags(std::string_view text);

} // namespace crm::csv
