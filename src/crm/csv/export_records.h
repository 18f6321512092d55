#pragma once
// Exports of transactions, contacts and interactions, in id order (the order
// they were entered), optionally for one customer and a date range.
//
// Header names, the same as the column names of --columns (the importer
// accepts these as they are); all are defaults, in this order:
//   transactions: customer_code, date (YYYY-MM-DD), amount (currency units,
//     '.' decimals, negative for refunds), cost (empty when not recorded),
//     product, reference
//   contacts: customer_code, name, role (decision-maker|purchaser|technical|
//     user|other), primary (yes|no), phone, email, birthday
//   interactions: customer_code, date, time (HH:MM), type (call|visit|email|
//     meeting|complaint|note), contact (the contact's name), subject, body,
//     outcome, logged_by, complaint_status (open|in-progress|resolved),
//     resolution
#include "crm/csv/export_common.h"
#include "crm/date.h"
#include "crm/interaction.h"

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace crm {
class Database;
}

namespace crm::csv {

struct RecordExportRequest {
    std::optional<std::int64_t> customerId;   // one customer's records only
    std::optional<Date> from;                 // transactions, interactions: day >= from
    std::optional<Date> to;                   // day <= to
    std::optional<InteractionType> type;      // interactions only
};

std::span<const std::string_view> transactionColumnNames();
std::span<const std::string_view> contactColumnNames();
std::span<const std::string_view> interactionColumnNames();

// Each throws ValidationError (columns), crm::Error (file), EncodingError.
ExportResult exportTransactions(const Database& db, const RecordExportRequest& request,
                                const ExportOptions& options, const std::filesystem::path& target);
ExportResult exportContacts(const Database& db, const RecordExportRequest& request,
                            const ExportOptions& options, const std::filesystem::path& target);
ExportResult exportInteractions(const Database& db, const RecordExportRequest& request,
                                const ExportOptions& options, const std::filesystem::path& target);

} // namespace crm::csv
