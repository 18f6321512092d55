#include "dashboard/dashboard_style.h"

#include "list/domain_text.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace crm::ui::dashboard_style {

QColor stageColor(Stage stage) {
    switch (stage) {
    case Stage::Prospect: return kGrey;
    case Stage::Exploration: return kSkyBlue;
    case Stage::Formation: return kBlue;
    case Stage::Stability: return kBluishGreen;
    case Stage::Decline: return kOrange;
    case Stage::Lost: return kVermillion;
    }
    return kGrey;
}

QColor seriesColor(int index) {
    static const std::array<QColor, 7> colors{kBlue, kOrange, kBluishGreen, kVermillion,
                                               kSkyBlue, kReddishPurple, kYellow};
    return colors[static_cast<std::size_t>(index) % colors.size()];
}

QColor heatColor(double share) {
    // From #EFF3FF to #08519C (ColorBrewer "Blues"), linear in RGB.
    const double t = std::clamp(std::isfinite(share) ? share : 0.0, 0.0, 1.0);
    const auto mix = [t](int from, int to) { return static_cast<int>(std::lround(from + (to - from) * t)); };
    return QColor(mix(0xEF, 0x08), mix(0xF3, 0x51), mix(0xFF, 0x9C));
}

QColor textOn(const QColor& background) {
    return background.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(Qt::black);
}

QString countText(std::int64_t count) { return QLocale().toString(static_cast<qlonglong>(count)); }

QString percentText(double share, int decimals) {
    if (!std::isfinite(share))
        return QStringLiteral("-");
    return QCoreApplication::translate("crm::ui::DashboardView", "%1%")
        .arg(QLocale().toString(share * 100.0, 'f', decimals));
}

QString compactNumber(double value) {
    const double size = std::abs(value);
    const auto scaled = [value](double by, const char* suffix) {
        const double v = value / by;
        const int decimals = std::abs(v) < 100 && std::abs(v - std::round(v)) >= 0.05 ? 1 : 0;
        return QCoreApplication::translate("crm::ui::DashboardView", suffix).arg(QLocale().toString(v, 'f', decimals));
    };
    if (size >= 1e9)
        return scaled(1e9, QT_TRANSLATE_NOOP("crm::ui::DashboardView", "%1B"));
    if (size >= 1e6)
        return scaled(1e6, QT_TRANSLATE_NOOP("crm::ui::DashboardView", "%1M"));
    if (size >= 1e3)
        return scaled(1e3, QT_TRANSLATE_NOOP("crm::ui::DashboardView", "%1k"));
    return QLocale().toString(value, 'f', 0);
}

QString compactMoney(double minorUnits, const Currency& currency) {
    return compactNumber(minorUnits / std::pow(10.0, currency.decimals)) + QLatin1Char(' ') + toQ(currency.code);
}

QString fullMoney(double minorUnits, const Currency& currency) {
    return moneyText(static_cast<Money>(std::llround(minorUnits)), currency);
}

} // namespace crm::ui::dashboard_style
