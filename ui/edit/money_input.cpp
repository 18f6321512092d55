#include "edit/money_input.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace crm::ui {

MoneyInput readMoney(const QString& text, int decimals) {
    QString plain = text.trimmed();
    plain.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    if (plain.isEmpty())
        return {};
    if (const auto value = parseMoney(plain.toStdString(), decimals))
        return {value, {}};
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+\\.([0-9]+)$"));
    const auto match = number.match(plain);
    if (match.hasMatch() && match.capturedLength(1) > decimals)
        return {std::nullopt,
                decimals == 0
                    ? QCoreApplication::translate(
                          "MoneyInput", "Whole amounts only: this currency has no decimals.")
                    : QCoreApplication::translate("MoneyInput",
                                                  "At most %1 digits after the decimal point.")
                          .arg(decimals)};
    return {std::nullopt,
            QCoreApplication::translate("MoneyInput", "Not an amount: type digits, e.g. 1234.50.")};
}

QString moneyInputText(Money amount, int decimals) {
    return QString::fromStdString(formatMoney(amount, decimals));
}

void addMoneyError(std::vector<FieldError>& errors, const std::string& field,
                   const MoneyInput& input) {
    if (!input.error.isEmpty())
        errors.push_back({field, input.error.toStdString()});
}

} // namespace crm::ui
