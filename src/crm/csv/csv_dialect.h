#pragma once
// Which delimiter a CSV file uses, judged from its first lines.
#include <string_view>

namespace crm::csv {

// Comma, semicolon or tab: for each, the delimiters outside quotes are
// counted per record over the first records of `sample`; the candidate with
// the same non-zero count on every record wins (the larger count on a tie),
// else the one with most on the first record, else comma.
char detectDelimiter(std::string_view sample);

} // namespace crm::csv
