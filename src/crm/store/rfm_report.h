#pragma once
// The RFM table as CSV (RFC 4180, CRLF line ends), the file format `crm rfm --format csv`
// writes: customer_id,recency_days,frequency,monetary,r,f,m,segment with the
// customer's code, money in the currency's minor-unit digits and the English
// segment label. Written through one buffer: a million rows is a hot path.
#include "crm/store/rfm_query.h"

#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace crm {

inline constexpr std::string_view kRfmCsvHeader =
    "customer_id,recency_days,frequency,monetary,r,f,m,segment";

// `text` as one CSV field: quoted (quotes doubled) when it holds , " CR or LF.
std::string rfmCsvField(std::string_view text);

void writeRfmCsv(std::ostream& out, std::span<const RfmRow> rows, int decimals);

} // namespace crm
