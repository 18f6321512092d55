#include "detail/detail_style.h"

#include <QHash>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace crm::ui {

QColor stageColour(Stage stage) {
    switch (stage) {
    case Stage::Prospect: return QColor(0x64, 0x74, 0x8b);
    case Stage::Exploration: return QColor(0x25, 0x63, 0xeb);
    case Stage::Formation: return QColor(0x0d, 0x94, 0x88);
    case Stage::Stability: return QColor(0x16, 0x8a, 0x3c);
    case Stage::Decline: return QColor(0xd9, 0x77, 0x06);
    case Stage::Lost: return QColor(0xb9, 0x1c, 0x1c);
    }
    return QColor(Qt::gray);
}

QColor scoreColour(int score) {
    // Red to green through amber, light enough to read dark text on.
    static const QColor colours[] = {QColor(0xf8, 0xc4, 0xc0), QColor(0xfb, 0xdc, 0xb4),
                                     QColor(0xfc, 0xee, 0xb5), QColor(0xd4, 0xed, 0xc0),
                                     QColor(0xa9, 0xdc, 0xa8)};
    return colours[qBound(1, score, 5) - 1];
}

QIcon dotIcon(const QColor& colour) {
    static QHash<QRgb, QIcon> icons;
    auto it = icons.find(colour.rgb());
    if (it != icons.end())
        return *it;
    QPixmap pixmap(24, 24);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(6, 6, 12, 12));
    painter.end();
    return *icons.insert(colour.rgb(), QIcon(pixmap));
}

QColor tint(const QColor& colour, double strength) {
    const auto mix = [&](int channel) { return static_cast<int>(255 - (255 - channel) * strength); };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

void showBadge(QLabel* label, const QString& text, const QColor& colour) {
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; border-radius: 9px; }").arg(colour.name()));
    label->setText(text);
    // Sized from the bold text itself: a size hint taken before the style is
    // applied would clip the badge.
    const QFontMetrics metrics(font);
    label->setFixedSize(metrics.horizontalAdvance(text) + 22, metrics.height() + 6);
    label->setVisible(!text.isEmpty());
}

} // namespace crm::ui
