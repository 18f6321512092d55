#pragma once
// Stable English keys of the domain's enums, as written in files, the CLI and
// the store's text columns; parsing accepts the keys and common aliases.
#include "crm/contact.h"
#include "crm/customer.h"
#include "crm/interaction.h"
#include "crm/stage.h"

#include <optional>
#include <string_view>

namespace crm {

std::string_view toKey(Stage stage);
std::string_view toKey(CustomerKind kind);
std::string_view toKey(CompanyStage stage);
std::string_view toKey(ContactRole role);
std::string_view toKey(InteractionType type);
std::string_view toKey(ComplaintStatus status);

// Case-insensitive; accepts the key, an English alias and the Chinese term.
std::optional<Stage> parseStage(std::string_view text);
std::optional<CustomerKind> parseCustomerKind(std::string_view text);
std::optional<CompanyStage> parseCompanyStage(std::string_view text);
std::optional<ContactRole> parseContactRole(std::string_view text);
std::optional<InteractionType> parseInteractionType(std::string_view text);
std::optional<ComplaintStatus> parseComplaintStatus(std::string_view text);

// Human labels: "Exploration", and the Chinese term 考察期.
std::string_view stageLabel(Stage stage);
std::string_view stageLabelZh(Stage stage);
// What management should focus on in the stage (domain.md, section 1).
std::string_view stageFocus(Stage stage);

} // namespace crm
