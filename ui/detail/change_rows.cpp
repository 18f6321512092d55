#include "detail/change_rows.h"

#include "detail/detail_style.h"
#include "detail/detail_text.h"
#include "list/domain_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace crm::ui {

namespace {

struct ChangeRows {
    Q_DECLARE_TR_FUNCTIONS(crm::ui::ChangeRows)
};

// The log keeps UTC; the user sees their local time.
QDateTime when(const AuditEntry& entry) {
    QDateTime utc = QDateTime::fromString(toQ(entry.at), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    utc.setTimeZone(QTimeZone::utc());
    return utc.toLocalTime();
}

QString recordName(const std::string& record) {
    if (record == "customer") return ChangeRows::tr("customer");
    if (record == "tag") return ChangeRows::tr("tag");
    if (record == "contact") return ChangeRows::tr("contact");
    if (record == "transaction") return ChangeRows::tr("transaction");
    if (record == "interaction") return ChangeRows::tr("interaction");
    if (record == "follow-up") return ChangeRows::tr("follow-up");
    return toQ(record);
}

QString fieldName(const std::string& field) {
    static const std::pair<const char*, const char*> kNames[] = {
        {"code", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "code")},
        {"kind", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "kind")},
        {"name", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "name")},
        {"industry", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "industry")},
        {"region", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "region")},
        {"address", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "address")},
        {"phone", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "phone")},
        {"email", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "email")},
        {"owner", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "owner")},
        {"created_on", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "created on")},
        {"notes", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "notes")},
        {"company_stage", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "company stage")},
        {"annual_category_spend", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "annual spend")},
        {"birthday", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "birthday")},
        {"role", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "role")},
        {"primary", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "primary")},
        {"date", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "date")},
        {"amount", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "amount")},
        {"cost", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "cost")},
        {"product", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "product")},
        {"reference", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "reference")},
        {"minute", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "time")},
        {"type", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "type")},
        {"subject", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "subject")},
        {"body", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "text")},
        {"outcome", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "outcome")},
        {"complaint_status", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "complaint status")},
        {"resolution", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "resolution")},
        {"due", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "due")},
        {"done", QT_TRANSLATE_NOOP("crm::ui::ChangeRows", "done")},
    };
    for (const auto& [key, name] : kNames)
        if (field == key)
            return ChangeRows::tr(name);
    return toQ(field);
}

bool isMoney(const std::string& field) {
    return field == "amount" || field == "cost" || field == "annual_category_spend";
}

QString valueText(const std::optional<std::string>& value, const std::string& field,
                  const Currency& currency) {
    if (!value || value->empty())
        return ChangeRows::tr("(empty)");
    if (field == "primary")
        return *value == "1" ? ChangeRows::tr("yes") : ChangeRows::tr("no");
    if (isMoney(field)) {
        try {
            return moneyText(std::stoll(*value), currency);
        } catch (const std::exception&) {
        }
    }
    QString text = toQ(*value).simplified();
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return text;
}

QString summary(const AuditEntry& e, const Currency& currency) {
    const QString record = recordName(e.record);
    if (e.action == "added")
        return ChangeRows::tr("Added %1: %2").arg(record, valueText(e.newValue, e.field, currency));
    if (e.action == "deleted")
        return ChangeRows::tr("Deleted %1: %2").arg(record, valueText(e.oldValue, e.field, currency));
    const QString what = e.record == "customer" ? fieldName(e.field)
                                                : record + QStringLiteral(" ") + fieldName(e.field);
    return ChangeRows::tr("%1: %2 → %3")
        .arg(what, valueText(e.oldValue, e.field, currency), valueText(e.newValue, e.field, currency));
}

} // namespace

Date changeDate(const AuditEntry& entry) {
    const QDate day = when(entry).date();
    if (!day.isValid())
        return Date(1970, 1, 1);
    return Date(static_cast<unsigned short>(day.year()), static_cast<unsigned short>(day.month()),
                static_cast<unsigned short>(day.day()));
}

int changeMinute(const AuditEntry& entry) {
    const QTime time = when(entry).time();
    return time.isValid() ? time.hour() * 60 + time.minute() : 0;
}

DetailTableModel::Row changeRow(const AuditEntry& entry, const Currency& currency) {
    DetailTableModel::Cell date;
    date.text = dateText(changeDate(entry));
    date.toolTip = when(entry).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    DetailTableModel::Cell kind;
    kind.text = ChangeRows::tr("Change");
    kind.icon = dotIcon(kQuietColour);
    DetailTableModel::Cell details;
    details.text = ChangeRows::tr("%1 (by %2)").arg(summary(entry, currency), toQ(entry.user));
    details.foreground = kQuietColour;
    details.toolTip = ChangeRows::tr("By %1 at %2").arg(toQ(entry.user), date.toolTip);
    return {std::nullopt, 0, {date, kind, details, DetailTableModel::Cell{}}};
}

} // namespace crm::ui
