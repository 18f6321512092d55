#include "dashboard/dashboard_export.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QWidget>

#include <algorithm>

namespace crm::ui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("crm::ui::DashboardView", text); }

// Title and settings at the top of the first page; returns their height.
int paintHeader(QPainter& painter, const QRect& page, const QString& title, const QStringList& settings) {
    QFont font = painter.font();
    font.setPointSizeF(16);
    font.setBold(true);
    painter.setFont(font);
    QRect used;
    painter.drawText(page, Qt::AlignLeft | Qt::AlignTop, title, &used);
    int y = used.bottom() + used.height() / 3;
    font.setPointSizeF(9.5);
    font.setBold(false);
    painter.setFont(font);
    for (const QString& line : settings) {
        painter.drawText(QRect(page.left(), y, page.width(), page.height() - y), Qt::AlignLeft | Qt::AlignTop, line, &used);
        y = used.bottom() + 1;
    }
    return y - page.top() + used.height();
}

void paintFooter(QPainter& painter, const QRect& page, int footer, const QString& text, int number) {
    QFont font = painter.font();
    font.setPointSizeF(8);
    painter.setFont(font);
    const QRect area(page.left(), page.bottom() - footer, page.width(), footer);
    painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom, text);
    painter.drawText(area, Qt::AlignRight | Qt::AlignBottom, tr("Page %1").arg(number));
}

// Draws `panel` at `top`, scaled to `width` (and to at most `height`).
int paintPanel(QPainter& painter, QWidget* panel, const QPoint& topLeft, int width, int height) {
    const QSize size = panel->size();
    const double scale = std::min(static_cast<double>(width) / size.width(),
                                  static_cast<double>(height) / size.height());
    painter.save();
    painter.translate(topLeft);
    painter.scale(scale, scale);
    panel->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.restore();
    return static_cast<int>(size.height() * scale);
}

} // namespace

bool paintReport(QPagedPaintDevice& device, const QString& title, const QStringList& settings,
                 const QList<QWidget*>& panels) {
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const QRect page = painter.viewport();
    const int footer = painter.fontMetrics().height() * 2;
    const int gap = page.height() / 60;
    const int bottom = page.bottom() - footer;
    int number = 1;
    int y = page.top() + paintHeader(painter, page, title, settings);
    for (QWidget* panel : panels) {
        const QSize size = panel->size();
        const int wanted = static_cast<int>(static_cast<double>(size.height()) * page.width() / size.width());
        if (y + std::min(wanted, bottom - page.top()) > bottom && y > page.top()) {
            paintFooter(painter, page, footer, settings.join(QStringLiteral("; ")), number++);
            device.newPage();
            y = page.top();
        }
        y += paintPanel(painter, panel, QPoint(page.left(), y), page.width(), bottom - y) + gap;
    }
    paintFooter(painter, page, footer, settings.join(QStringLiteral("; ")), number);
    return painter.end();
}

} // namespace crm::ui
