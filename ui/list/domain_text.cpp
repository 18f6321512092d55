#include "list/domain_text.h"

#include "crm/names.h"

#include <QCoreApplication>

namespace crm::ui {

namespace {

// The English names are the source strings of the translations
// (context "Domain"); lupdate finds them through QT_TRANSLATE_NOOP.
constexpr const char* kStageNames[] = {
    QT_TRANSLATE_NOOP("Domain", "Prospect"),  QT_TRANSLATE_NOOP("Domain", "Exploration"),
    QT_TRANSLATE_NOOP("Domain", "Formation"), QT_TRANSLATE_NOOP("Domain", "Stability"),
    QT_TRANSLATE_NOOP("Domain", "Decline"),   QT_TRANSLATE_NOOP("Domain", "Lost"),
};

constexpr const char* kStageFocus[] = {
    QT_TRANSLATE_NOOP("Domain", "Identify and qualify: is this a customer worth developing?"),
    QT_TRANSLATE_NOOP("Domain", "Build trust: deliver the first orders flawlessly and learn the customer's needs."),
    QT_TRANSLATE_NOOP("Domain", "Grow the relationship: cross-sell, up-sell and deepen the contacts."),
    QT_TRANSLATE_NOOP("Domain", "Keep and reward: service quality, loyalty and share of wallet."),
    QT_TRANSLATE_NOOP("Domain", "Diagnose and win back: find the cause and act before the customer is lost."),
    QT_TRANSLATE_NOOP("Domain", "Decide whether to win back; learn why the customer left."),
};

// In the order of rfm::Segment.
constexpr const char* kSegmentNames[] = {
    QT_TRANSLATE_NOOP("Domain", "Champions"),        QT_TRANSLATE_NOOP("Domain", "Loyal"),
    QT_TRANSLATE_NOOP("Domain", "Potential Loyalists"), QT_TRANSLATE_NOOP("Domain", "New Customers"),
    QT_TRANSLATE_NOOP("Domain", "Promising"),        QT_TRANSLATE_NOOP("Domain", "Need Attention"),
    QT_TRANSLATE_NOOP("Domain", "About to Sleep"),   QT_TRANSLATE_NOOP("Domain", "At Risk"),
    QT_TRANSLATE_NOOP("Domain", "Can't Lose Them"),  QT_TRANSLATE_NOOP("Domain", "Hibernating"),
};

QString translated(const char* source) { return QCoreApplication::translate("Domain", source); }

} // namespace

QString stageName(Stage stage) { return translated(kStageNames[static_cast<int>(stage)]); }

QString stageFocusText(Stage stage) { return translated(kStageFocus[static_cast<int>(stage)]); }

QString kindName(CustomerKind kind) {
    return kind == CustomerKind::Organisation
               ? QCoreApplication::translate("Domain", "Organisation")
               : QCoreApplication::translate("Domain", "Person");
}

QString segmentName(rfm::Segment segment) {
    return translated(kSegmentNames[static_cast<int>(segment)]);
}

QString moneyText(Money amount, const Currency& currency) {
    return toQ(formatMoneyGrouped(amount, currency.decimals)) + QLatin1Char(' ') + toQ(currency.code);
}

QString dateText(const std::optional<Date>& date) {
    return date ? toQ(toIso(*date)) : QString();
}

QDate toQDate(const Date& date) {
    return QDate(date.year(), date.month(), date.day());
}

Date fromQDate(const QDate& date) {
    return Date(static_cast<unsigned short>(date.year()), static_cast<unsigned short>(date.month()),
                static_cast<unsigned short>(date.day()));
}

} // namespace crm::ui
