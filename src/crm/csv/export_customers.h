#pragma once
// Customer list export: the store's list filters plus an RFM segment, read
// page by page with keyset paging (memory does not grow with the row count).
//
// Header names, the same as the column names of --columns (the importer
// accepts these as they are):
//   code, name, kind (organisation|person), industry, region, phone, email,
//   owner, tags (sorted, joined with ';'), stage (prospect|exploration|...),
//   segment (RFM key: champions, cant-lose-them ...), r, f, m (scores 1..5),
//   last_purchase (YYYY-MM-DD), purchases (count), net_amount (currency
//   units, '.' decimals, refunds included), clv (currency units)
//   -- the defaults, in this order; optional: first_purchase, last_interaction.
// segment..clv, first_purchase and last_interaction are derived from
// transactions and analytics: an importer reads them as information only.
// Empty cells: customers without purchases have no segment/r/f/m/dates.
#include "crm/analytics/rfm.h"
#include "crm/csv/export_common.h"
#include "crm/date.h"
#include "crm/store/customer_query.h"

#include <filesystem>
#include <optional>
#include <span>
#include <string_view>

namespace crm {
class Database;
}

namespace crm::csv {

struct CustomerExportRequest {
    CustomerFilter filter;
    std::optional<rfm::Segment> segment; // only customers in this RFM segment
    Date asOf;                           // of RFM and CLV; the caller's "today"
};

std::span<const std::string_view> customerColumnNames();
std::span<const std::string_view> defaultCustomerColumns();

// Throws ValidationError (columns), crm::Error (file), EncodingError.
ExportResult exportCustomers(const Database& db, const CustomerExportRequest& request,
                             const ExportOptions& options, const std::filesystem::path& target);

} // namespace crm::csv
