#pragma once
// The domain's values as people read them in the app, translated: stage,
// kind and segment names, money with the database currency, dates; and the
// conversions between std::string / crm::Date and their Qt counterparts.
#include "crm/analytics/rfm.h"
#include "crm/customer.h"
#include "crm/money.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string>

namespace crm::ui {

QString stageName(Stage stage);
QString kindName(CustomerKind kind);
QString segmentName(rfm::Segment segment);
// What management should focus on in this stage (domain.md), translated.
QString stageFocusText(Stage stage);

// "¥1,234.50" style: grouped, with the currency code, e.g. "1,234.50 CNY".
QString moneyText(Money amount, const Currency& currency);
QString dateText(const std::optional<Date>& date);

inline QString toQ(const std::string& text) { return QString::fromStdString(text); }
inline std::string toStd(const QString& text) { return text.toStdString(); }
QDate toQDate(const Date& date);
Date fromQDate(const QDate& date);

} // namespace crm::ui
