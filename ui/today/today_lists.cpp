#include "today/today_lists.h"

#include "detail/detail_text.h"
#include "list/domain_text.h"
#include "list/risk_reason.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <cmath>

namespace crm::ui {

namespace {

const QColor kOverdueText(0xa3, 0x1d, 0x1d);
const QColor kOverdueBackground(0xfd, 0xf0, 0xee);

QString nameOf(const CustomerLabels& customers, std::int64_t id) {
    const auto it = customers.find(id);
    return it == customers.end() ? QString() : toQ(it->second.name);
}

// The due date and the status in bold red on a pale row: seen at a glance,
// and the customer and subject stay easy to read.
void highlightOverdue(QTreeWidgetItem* item) {
    QFont bold = item->font(0);
    bold.setBold(true);
    for (int c = 0; c < item->columnCount(); ++c)
        item->setBackground(c, kOverdueBackground);
    for (const int c : {0, 3}) {
        item->setForeground(c, kOverdueText);
        item->setFont(c, bold);
    }
}

} // namespace

QTreeWidgetItem* TodayLists::addRow(QTreeWidget* list, const QStringList& cells,
                                    std::int64_t customerId) {
    auto* item = new QTreeWidgetItem(list, cells);
    item->setData(0, kCustomerIdRole, QVariant::fromValue<qint64>(customerId));
    return item;
}

void TodayLists::fitColumns(QTreeWidget* list) {
    for (int c = 0; c + 1 < list->columnCount(); ++c)
        list->resizeColumnToContents(c);
}

QString TodayLists::dayText(const Date& day, const Date& today) {
    const auto days = daysBetween(today, day);
    if (days == 0)
        return tr("Today");
    if (days == 1)
        return tr("Tomorrow");
    return QLocale().dayName(toQDate(day).dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
           dateText(day);
}

int TodayLists::fillFollowUps(QTreeWidget* list, const std::vector<FollowUp>& followUps,
                              const CustomerLabels& customers, const Date& today) {
    list->clear();
    int overdue = 0;
    for (const FollowUp& f : followUps) {
        const auto late = daysBetween(f.due, today);
        const QString status = late == 0   ? tr("Due today")
                               : late == 1 ? tr("1 day overdue")
                                           : tr("%1 days overdue").arg(late);
        auto* item =
            addRow(list, {dateText(f.due), nameOf(customers, f.customerId), toQ(f.subject), status},
                   f.customerId);
        item->setData(0, kFollowUpIdRole, QVariant::fromValue<qint64>(f.id));
        if (late > 0) {
            highlightOverdue(item);
            ++overdue;
        }
    }
    fitColumns(list);
    return overdue;
}

void TodayLists::fillComplaints(QTreeWidget* list, const std::vector<Interaction>& complaints,
                                const CustomerLabels& customers, const Date& today) {
    list->clear();
    for (const Interaction& i : complaints) {
        const auto open = static_cast<int>(daysBetween(i.date, today));
        auto* item =
            addRow(list,
                   {dateText(i.date), nameOf(customers, i.customerId), toQ(i.subject),
                    complaintStatusName(i.complaintStatus.value_or(ComplaintStatus::Open))},
                   i.customerId);
        item->setToolTip(0, open == 1 ? tr("Open for 1 day") : tr("Open for %1 days").arg(open));
        item->setToolTip(2, toQ(i.text));
    }
    fitColumns(list);
}

void TodayLists::fillBirthdays(QTreeWidget* list, const std::vector<UpcomingBirthday>& birthdays,
                               const Date& today) {
    list->clear();
    for (const UpcomingBirthday& b : birthdays) {
        const QString customer = b.contactId ? toQ(b.customerName) : kindName(CustomerKind::Person);
        auto* item = addRow(
            list,
            {dayText(b.celebratedOn, today), toQ(b.personName), customer, QString::number(b.age)},
            b.customerId);
        item->setToolTip(0, tr("Born %1").arg(dateText(b.birthday)));
        if (b.celebratedOn == today) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < item->columnCount(); ++c)
                item->setFont(c, bold);
        }
    }
    fitColumns(list);
}

void TodayLists::fillAtRisk(QTreeWidget* list, const std::vector<AtRiskRow>& rows,
                            const Currency& currency) {
    list->clear();
    for (const AtRiskRow& r : rows) {
        const QString risk = QLocale().toString(r.risk * 100.0, 'f', 0) + QLatin1Char('%');
        const QString value = moneyText(std::llround(r.valueAtStake), currency);
        const QString why = RiskReason::text(r, currency);
        auto* item = addRow(list, {toQ(r.name), toQ(r.owner), risk, value, why}, r.customerId);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(3, r.basis == ValueBasis::Clv ? tr("12-month customer lifetime value")
                                                       : tr("Average yearly net revenue"));
        item->setToolTip(4, why);
    }
    fitColumns(list);
}

void TodayLists::showNote(QTreeWidget* list, const QString& note) {
    list->clear();
    auto* item = new QTreeWidgetItem(list, {note});
    item->setFlags(Qt::NoItemFlags);
    item->setFirstColumnSpanned(true);
}

} // namespace crm::ui
