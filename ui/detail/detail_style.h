#pragma once
// The colours and small pictures of the customer detail: one colour per
// lifecycle stage and per RFM score, and the badges and dots drawn with them,
// so the header, the tables and the RFM history read alike.
#include "crm/stage.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QLabel;

namespace crm::ui {

QColor stageColour(Stage stage);
// 1 (worst, red) .. 5 (best, green).
QColor scoreColour(int score);

// Shared by the tables: purchases, refunds, warnings, quiet text.
inline const QColor kPositiveColour{0x1e, 0x7b, 0x45};
inline const QColor kNegativeColour{0xb4, 0x23, 0x18};
inline const QColor kWarningColour{0xb3, 0x5c, 0x00};
inline const QColor kQuietColour{0x6b, 0x72, 0x80};

// `colour` blended into white: `strength` 0 is white, 1 the colour itself.
QColor tint(const QColor& colour, double strength);

// A small filled circle of `colour`, for a table cell's icon.
QIcon dotIcon(const QColor& colour);

// Makes `label` a rounded badge: white text on `colour`, or hidden when
// `text` is empty.
void showBadge(QLabel* label, const QString& text, const QColor& colour);

} // namespace crm::ui
