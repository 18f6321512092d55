#pragma once
// Rows of the Today page's four lists, built from the domain's rows: every
// item keeps its customer's id (and a follow-up its own id) for opening the
// customer and marking the follow-up done.
#include "crm/interaction.h"
#include "crm/money.h"
#include "crm/store/at_risk_query.h"
#include "crm/store/today_queries.h"

#include <QCoreApplication>
#include <QStringList>
#include <unordered_map>
#include <vector>

class QTreeWidget;
class QTreeWidgetItem;

namespace crm::ui {

inline constexpr int kCustomerIdRole = Qt::UserRole;
inline constexpr int kFollowUpIdRole = Qt::UserRole + 1;

using CustomerLabels = std::unordered_map<std::int64_t, CustomerLabel>;

class TodayLists {
    Q_DECLARE_TR_FUNCTIONS(crm::ui::TodayLists)
public:
    // Returns how many are overdue (due before today); those are highlighted.
    static int fillFollowUps(QTreeWidget* list, const std::vector<FollowUp>& followUps,
                             const CustomerLabels& customers, const Date& today);
    static void fillComplaints(QTreeWidget* list, const std::vector<Interaction>& complaints,
                               const CustomerLabels& customers, const Date& today);
    static void fillBirthdays(QTreeWidget* list, const std::vector<UpcomingBirthday>& birthdays,
                              const Date& today);
    static void fillAtRisk(QTreeWidget* list, const std::vector<AtRiskRow>& rows,
                           const Currency& currency);
    // One disabled row saying why the list is empty (or failed).
    static void showNote(QTreeWidget* list, const QString& note);

private:
    static QTreeWidgetItem* addRow(QTreeWidget* list, const QStringList& cells,
                                   std::int64_t customerId);
    static void fitColumns(QTreeWidget* list);
    static QString dayText(const Date& day, const Date& today);
};

} // namespace crm::ui
