#pragma once
// Why a customer is at risk, in the user's language: the warning signs that
// count (analytics/at_risk.h), as risk::reasonText says them in English.
#include "crm/money.h"
#include "crm/store/at_risk_query.h"

#include <QCoreApplication>
#include <QString>

namespace crm::ui {

class RiskReason {
    Q_DECLARE_TR_FUNCTIONS(crm::ui::RiskReason)
public:
    static QString text(const AtRiskRow& row, const Currency& currency);
    static QString text(const risk::Signals& warningSigns, const risk::Strengths& strengths,
                        const Currency& currency);
};

} // namespace crm::ui
