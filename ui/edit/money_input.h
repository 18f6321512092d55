#pragma once
// Amounts typed as text ("1234.50", "1,234.50", "-20") read with the
// domain's parseMoney in the database currency's minor units, and why a text
// is not an amount, in words the user understands.
#include "crm/errors.h"
#include "crm/money.h"

#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace crm::ui {

struct MoneyInput {
    std::optional<Money> value; // none when empty or wrong
    QString error;              // why it is wrong; empty when fine or empty
};

// Group separators (',' and spaces) are allowed and ignored.
MoneyInput readMoney(const QString& text, int decimals);
// The text a money field starts with: "1234.50", no grouping.
QString moneyInputText(Money amount, int decimals);

// Adds {field, error} to `errors` when the text is not an amount.
void addMoneyError(std::vector<FieldError>& errors, const std::string& field,
                   const MoneyInput& input);

} // namespace crm::ui
