#include "detail/detail_rows.h"

#include "detail/change_rows.h"
#include "detail/detail_style.h"
#include "detail/detail_text.h"
#include "list/domain_text.h"
#include "list/stage_reason.h"

#include <QTime>

#include <algorithm>

namespace crm::ui {

namespace {

using Cell = DetailTableModel::Cell;
using Row = DetailTableModel::Row;

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

Cell text(const QString& value, const QString& toolTip = {}) {
    Cell cell;
    cell.text = value;
    cell.toolTip = toolTip;
    return cell;
}

Cell date(const Date& value) { return text(dateText(value)); }

Cell coloured(const QString& value, const QColor& colour) {
    Cell cell = text(value);
    cell.foreground = colour;
    return cell;
}

Cell dotted(const QString& value, const QColor& colour) {
    Cell cell = text(value);
    cell.icon = dotIcon(colour);
    return cell;
}

QString contactName(const std::vector<Contact>& contacts, std::optional<std::int64_t> id) {
    if (!id)
        return {};
    const auto it = std::find_if(contacts.begin(), contacts.end(),
                                 [&](const Contact& c) { return c.id == *id; });
    return it == contacts.end() ? QString() : toQ(it->name);
}

QColor interactionColour(InteractionType type) {
    switch (type) {
    case InteractionType::Complaint: return kNegativeColour;
    case InteractionType::Visit:
    case InteractionType::Meeting: return QColor(0x7c, 0x3a, 0xed);
    case InteractionType::Call:
    case InteractionType::Email: return QColor(0x25, 0x63, 0xeb);
    case InteractionType::Note: return kQuietColour;
    }
    return kQuietColour;
}

QColor complaintColour(ComplaintStatus status) {
    switch (status) {
    case ComplaintStatus::Open: return kNegativeColour;
    case ComplaintStatus::InProgress: return kWarningColour;
    case ComplaintStatus::Resolved: return kPositiveColour;
    }
    return kQuietColour;
}

QString timeText(int minuteOfDay) {
    return QTime(minuteOfDay / 60, minuteOfDay % 60).toString(QStringLiteral("HH:mm"));
}

} // namespace

QStringList DetailRows::contactHeaders() { return {tr("Contact and role"), tr("Phone and email")}; }

// Two lines a row (name over role, phone over email): a narrow pane keeps
// every field readable instead of cutting four columns short.
DetailRows::Rows DetailRows::contacts(const std::vector<Contact>& contacts) {
    Rows rows;
    for (const Contact& c : contacts) {
        Cell name = text(toQ(c.name) + QLatin1Char('\n') + contactRoleName(c.role));
        QStringList tip;
        if (c.primary) {
            name.text = QStringLiteral("★ ") + name.text;
            name.bold = true;
            tip << tr("Primary contact");
        }
        if (c.birthday)
            tip << tr("Birthday %1").arg(dateText(c.birthday));
        name.toolTip = tip.join(QLatin1Char('\n'));
        const QString reach = QStringList{toQ(c.phone), toQ(c.email)}.join(QLatin1Char('\n')).trimmed();
        rows.append({RecordKind::Contact, c.id, {name, text(reach, reach)}});
    }
    return rows;
}

QStringList DetailRows::primaryHistoryHeaders() { return {tr("From"), tr("Until"), tr("Primary contact")}; }

DetailRows::Rows DetailRows::primaryHistory(const std::vector<PrimaryContactChange>& changes) {
    Rows rows;
    for (std::size_t k = changes.size(); k-- > 0;) {
        const PrimaryContactChange& change = changes[k];
        const bool current = k + 1 == changes.size();
        Cell until = current ? coloured(tr("now"), kPositiveColour) : date(changes[k + 1].since);
        Cell name = text(toQ(change.contactName));
        if (!change.contactId)
            name.toolTip = tr("This contact has since been deleted.");
        name.bold = current;
        rows.append({std::nullopt, 0, {date(change.since), until, name}});
    }
    return rows;
}

QStringList DetailRows::timelineHeaders() { return {tr("Date"), tr("Type"), tr("Details"), tr("Amount")}; }

DetailRows::Rows DetailRows::timeline(const std::vector<TimelineEntry>& entries,
                                      const std::vector<AuditEntry>& changes,
                                      const std::vector<Contact>& contacts, const Currency& currency) {
    Rows rows;
    rows.reserve(static_cast<qsizetype>(entries.size() + changes.size()));
    auto change = changes.begin();
    // A change goes above the records of its day and time (it is usually
    // the newer: records are dated by the user, changes by the clock).
    const auto changeFirst = [&](const TimelineEntry& entry) {
        return std::pair(changeDate(*change), changeMinute(*change)) >=
               std::pair(entry.date(), entry.minuteOfDay());
    };
    for (const TimelineEntry& entry : entries) {
        for (; change != changes.end() && changeFirst(entry); ++change)
            rows.append(changeRow(*change, currency));
        if (const auto* t = std::get_if<Transaction>(&entry.record))
            rows.append(transactionRow(*t, currency));
        else
            rows.append(interactionRow(std::get<Interaction>(entry.record), contacts));
    }
    for (; change != changes.end(); ++change)
        rows.append(changeRow(*change, currency));
    return rows;
}

DetailTableModel::Row DetailRows::transactionRow(const Transaction& t, const Currency& currency) {
    const bool refund = !t.isPurchase();
    Cell details = text(t.product.empty() ? tr("(no product)") : toQ(t.product));
    QStringList tip;
    if (!t.reference.empty())
        tip << tr("Reference %1").arg(toQ(t.reference));
    if (t.cost)
        tip << tr("Cost %1, margin %2").arg(moneyText(*t.cost, currency), moneyText(t.amount - *t.cost, currency));
    details.toolTip = tip.join(QLatin1Char('\n'));
    Cell amount = coloured(moneyText(t.amount, currency), refund ? kNegativeColour : QColor());
    amount.alignment = kRight;
    return {RecordKind::Transaction, t.id,
            {date(t.date),
             dotted(refund ? tr("Refund") : tr("Purchase"), refund ? kNegativeColour : kPositiveColour),
             details, amount}};
}

DetailTableModel::Row DetailRows::interactionRow(const Interaction& i, const std::vector<Contact>& contacts) {
    Cell details = text(toQ(i.subject.empty() ? i.text : i.subject));
    if (!i.outcome.empty())
        details.text += QStringLiteral(" → ") + toQ(i.outcome);
    QStringList tip;
    if (!i.text.empty())
        tip << toQ(i.text);
    if (const QString with = contactName(contacts, i.contactId); !with.isEmpty())
        tip << tr("With %1").arg(with);
    if (!i.loggedBy.empty())
        tip << tr("Logged by %1").arg(toQ(i.loggedBy));
    details.toolTip = tip.join(QLatin1Char('\n'));
    Cell when = date(i.date);
    when.toolTip = timeText(i.minuteOfDay);
    return {RecordKind::Interaction, i.id,
            {when, dotted(interactionTypeName(i.type), interactionColour(i.type)), details, text({})}};
}

QStringList DetailRows::followUpHeaders() { return {tr("Due"), tr("Subject"), tr("Status")}; }

DetailRows::Rows DetailRows::followUps(std::vector<FollowUp> followUps, const Date& today) {
    std::stable_sort(followUps.begin(), followUps.end(), [](const FollowUp& a, const FollowUp& b) {
        if (a.done.has_value() != b.done.has_value())
            return !a.done;
        return a.done ? *a.done > *b.done : a.due < b.due;
    });
    Rows rows;
    for (const FollowUp& f : followUps) {
        Cell status;
        if (f.done)
            status = coloured(tr("Done %1").arg(dateText(f.done)), kQuietColour);
        else if (f.due < today)
            status = coloured(tr("Overdue %n day(s)", nullptr, static_cast<int>(daysBetween(f.due, today))),
                              kNegativeColour);
        else if (f.due == today)
            status = coloured(tr("Due today"), kWarningColour);
        else
            status = text(tr("Open"));
        rows.append({RecordKind::FollowUp, f.id, {date(f.due), text(toQ(f.subject)), status}});
    }
    return rows;
}

QStringList DetailRows::complaintHeaders() { return {tr("Date"), tr("Complaint → resolution"), tr("Status")}; }

DetailRows::Rows DetailRows::complaints(const std::vector<Interaction>& complaints) {
    Rows rows;
    for (const Interaction& i : complaints) {
        const ComplaintStatus status = i.complaintStatus.value_or(ComplaintStatus::Open);
        Cell complaint = text(toQ(i.subject.empty() ? i.text : i.subject), toQ(i.text));
        if (!i.resolution.empty()) {
            complaint.text += QStringLiteral(" → ") + toQ(i.resolution);
            complaint.toolTip += QStringLiteral("\n") + tr("Resolution: %1").arg(toQ(i.resolution));
        }
        rows.append({RecordKind::Interaction, i.id,
                     {date(i.date), complaint, dotted(complaintStatusName(status), complaintColour(status))}});
    }
    return rows;
}

QStringList DetailRows::stageHeaders() { return {tr("Date"), tr("Stage"), tr("Reason")}; }

DetailRows::Rows DetailRows::stageHistory(const std::vector<StageChange>& changes) {
    Rows rows;
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        // The stage it came from is the row below; said again in the tooltip.
        Cell stage = dotted(stageName(it->to), stageColour(it->to));
        if (it->from)
            stage.toolTip = tr("%1 → %2").arg(stageName(*it->from), stageName(it->to));
        // Most changes follow from the lifecycle rules; say so of the others.
        const QString reason = it->manual ? tr("Set by hand: %1").arg(toQ(it->reason)) : StageReason::text(it->reason);
        rows.append({std::nullopt, 0, {date(it->on), stage, text(reason, reason)}});
    }
    return rows;
}

} // namespace crm::ui
