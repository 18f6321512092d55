#pragma once
// How the dashboard draws numbers: colours that stay distinguishable for
// colour-blind readers (the Okabe-Ito palette for categories, one-hue
// scales for amounts) and compact texts for money, counts and shares.
#include "crm/money.h"
#include "crm/stage.h"

#include <QColor>
#include <QString>

namespace crm::ui::dashboard_style {

// Okabe & Ito (2008), "Color Universal Design": eight colours told apart
// with every common colour-vision deficiency.
inline const QColor kOrange{0xE6, 0x9F, 0x00};
inline const QColor kSkyBlue{0x56, 0xB4, 0xE9};
inline const QColor kBluishGreen{0x00, 0x9E, 0x73};
inline const QColor kYellow{0xF0, 0xE4, 0x42};
inline const QColor kBlue{0x00, 0x72, 0xB2};
inline const QColor kVermillion{0xD5, 0x5E, 0x00};
inline const QColor kReddishPurple{0xCC, 0x79, 0xA7};
inline const QColor kGrey{0x99, 0x99, 0x99};

// One colour per lifecycle stage: grey prospects, blues while the
// relationship grows, green when stable, orange and vermillion when it fades.
QColor stageColor(Stage stage);
// A colour for series number `index` (owners, tiers...).
QColor seriesColor(int index);

// Light to dark blue for `share` in [0, 1] (a single hue reads in any
// colour vision and in grey print).
QColor heatColor(double share);
// Black or white, whichever reads better on `background`.
QColor textOn(const QColor& background);

// "1,234" in the current locale.
QString countText(std::int64_t count);
// "12.3%"; "-" when unknown.
QString percentText(double share, int decimals = 1);
// Money in minor units, short for axes and tiles: "1.2M CNY", "35.4k CNY".
QString compactMoney(double minorUnits, const Currency& currency);
// A number short: "1.2M", "35k", "900".
QString compactNumber(double value);
// The full amount, grouped: "1,234,567.89 CNY".
QString fullMoney(double minorUnits, const Currency& currency);

} // namespace crm::ui::dashboard_style
