#pragma once
// The rows of the customer detail's tables, made from one customer's
// records: contacts and who was primary, the timeline, follow-ups,
// complaints and the stage history. Each table's headers come with its rows.
#include "detail/detail_table_model.h"

#include "crm/money.h"
#include "crm/store/customer_detail.h"

#include <QCoreApplication>

namespace crm::ui {

class DetailRows {
    Q_DECLARE_TR_FUNCTIONS(DetailRows)
public:
    using Rows = QList<DetailTableModel::Row>;

    static QStringList contactHeaders();
    static Rows contacts(const std::vector<Contact>& contacts);
    static QStringList primaryHistoryHeaders();
    // Newest first, each with the date it ended.
    static Rows primaryHistory(const std::vector<PrimaryContactChange>& changes);

    enum TimelineColumn { TimelineDate, TimelineType, TimelineDetails, TimelineAmount };
    static QStringList timelineHeaders();
    // The records and the changes (audit log) merged, newest first.
    static Rows timeline(const std::vector<TimelineEntry>& entries,
                         const std::vector<AuditEntry>& changes, const std::vector<Contact>& contacts,
                         const Currency& currency);

    // Open ones first (by due date, overdue marked), then done ones, latest first.
    static QStringList followUpHeaders();
    static Rows followUps(std::vector<FollowUp> followUps, const Date& today);
    static QStringList complaintHeaders();
    static Rows complaints(const std::vector<Interaction>& complaints);

    static QStringList stageHeaders();
    // Newest first.
    static Rows stageHistory(const std::vector<StageChange>& changes);

private:
    static DetailTableModel::Row transactionRow(const Transaction& t, const Currency& currency);
    static DetailTableModel::Row interactionRow(const Interaction& i, const std::vector<Contact>& contacts);
};

} // namespace crm::ui
