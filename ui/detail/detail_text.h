#pragma once
// Names of the record kinds the customer detail shows (contact roles,
// interaction types, complaint states, company stages), translated, in the
// "Domain" context with the stage and segment names of list/domain_text.h.
#include "crm/contact.h"
#include "crm/customer.h"
#include "crm/interaction.h"

#include <QString>

namespace crm::ui {

QString contactRoleName(ContactRole role);
QString interactionTypeName(InteractionType type);
QString complaintStatusName(ComplaintStatus status);
QString companyStageName(CompanyStage stage);

} // namespace crm::ui
