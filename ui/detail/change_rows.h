#pragma once
// Audit-log entries as lines of the customer's timeline: "email:
// old@acme.cn → new@acme.cn", who made the change and at what time.
#include "detail/detail_table_model.h"

#include "crm/date.h"
#include "crm/money.h"
#include "crm/store/audit_log.h"

namespace crm::ui {

// The local date and minute of day the change was made.
Date changeDate(const AuditEntry& entry);
int changeMinute(const AuditEntry& entry);

DetailTableModel::Row changeRow(const AuditEntry& entry, const Currency& currency);

} // namespace crm::ui
