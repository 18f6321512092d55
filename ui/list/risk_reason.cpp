#include "list/risk_reason.h"

#include "list/domain_text.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

namespace crm::ui {

namespace {

QString amount(double minorUnits, const Currency& currency) {
    return toQ(formatMoneyGrouped(std::llround(minorUnits), currency.decimals));
}

// "-62%" / "+5%".
QString percentChange(double ratio) {
    const auto percent = static_cast<int>(std::lround((ratio - 1.0) * 100.0));
    return (percent > 0 ? QStringLiteral("+") : QString()) + QString::number(percent) +
           QLatin1Char('%');
}

} // namespace

QString RiskReason::text(const AtRiskRow& row, const Currency& currency) {
    return text(row.warningSigns, row.strengths, currency);
}

QString RiskReason::text(const risk::Signals& s, const risk::Strengths& k, const Currency& currency) {
    QStringList parts;
    if (k.silence > 0.0 && s.usualGapDays)
        parts << tr("usually buys every %1 days, %2 days since the last purchase")
                     .arg(std::lround(*s.usualGapDays))
                     .arg(s.daysSilent);
    if (k.revenueDrop > 0.0 && s.baselineAverage)
        parts << tr("revenue of the last %1 days %2 (%3 vs %4 average)")
                     .arg(s.recentDays)
                     .arg(percentChange(static_cast<double>(s.recentRevenue) / *s.baselineAverage),
                          amount(static_cast<double>(s.recentRevenue), currency),
                          amount(*s.baselineAverage, currency));
    if (k.rFall > 0.0 && s.rNow && s.rBefore)
        parts << tr("R score %1, was %2 on %3")
                     .arg(*s.rNow)
                     .arg(*s.rBefore)
                     .arg(dateText(s.rBeforeDate));
    if (k.stage > 0.0)
        parts << tr("stage %1").arg(stageName(Stage::Decline));
    if (k.dropout > 0.0 && s.pAlive)
        parts << tr("P(alive) %1").arg(QLocale().toString(*s.pAlive, 'f', 2));
    return parts.join(tr("; "));
}

} // namespace crm::ui
