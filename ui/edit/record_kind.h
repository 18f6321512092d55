#pragma once
// The kinds of records kept under a customer, for requests to edit or
// delete one of them from the views.

namespace crm::ui {

enum class RecordKind { Contact, Transaction, Interaction, FollowUp };

} // namespace crm::ui
