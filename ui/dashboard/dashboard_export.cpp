#include "dashboard/dashboard_export.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QWidget>

#include <algorithm>
#include <functional>

namespace crm::ui {

namespace {

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
    painter.drawText(area, Qt::AlignRight | Qt::AlignBottom, QCoreApplication::translate("crm::ui::DashboardView", "Page %1").arg(number));
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

// Scaled height of `panel` at `width`.
int heightAt(const QWidget* panel, int width) {
    return static_cast<int>(static_cast<double>(panel->height()) * width / panel->width());
}

// Paints the report on pages of `page` (device units) with `painter`, two
// panels side by side as on screen; `newPage` ends the page and starts the next.
void paintPages(QPainter& painter, const QRect& page, const std::function<void()>& newPage, const Report& report) {
    const QString footerText = report.settings.join(QStringLiteral("; "));
    const int footer = painter.fontMetrics().height() * 2;
    const int gap = page.width() / 80;
    const int column = (page.width() - gap) / 2;
    const int bottom = page.bottom() - footer;
    int number = 1;
    int y = page.top() + paintHeader(painter, page, report.title, report.settings);
    for (qsizetype i = 0; i < report.panels.size(); i += 2) {
        const bool pair = i + 1 < report.panels.size();
        const int width = pair ? column : page.width();
        int height = heightAt(report.panels[i], width);
        if (pair)
            height = std::max(height, heightAt(report.panels[i + 1], width));
        if (y + std::min(height, bottom - page.top()) > bottom && y > page.top()) {
            paintFooter(painter, page, footer, footerText, number++);
            newPage();
            y = page.top();
        }
        paintPanel(painter, report.panels[i], QPoint(page.left(), y), width, bottom - y);
        if (pair)
            paintPanel(painter, report.panels[i + 1], QPoint(page.left() + column + gap, y), width, bottom - y);
        y += std::min(height, bottom - y) + gap;
    }
    paintFooter(painter, page, footer, footerText, number);
}

} // namespace

bool paintReport(QPagedPaintDevice& device, const Report& report) {
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    paintPages(painter, painter.viewport(), [&device] { device.newPage(); }, report);
    return painter.end();
}

QList<QImage> reportImages(const Report& report, const QSize& pageSize, int dotsPerInch) {
    QList<QImage> pages;
    const auto blankPage = [&] {
        QImage image(pageSize, QImage::Format_RGB32);
        image.fill(Qt::white);
        const int dotsPerMeter = static_cast<int>(dotsPerInch / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    };
    QImage current = blankPage();
    QPainter painter(&current);
    paintPages(painter, QRect(QPoint(0, 0), pageSize).adjusted(40, 40, -40, -40), [&] {
        painter.end();
        pages << current;
        current = blankPage();
        painter.begin(&current);
    }, report);
    painter.end();
    pages << current;
    return pages;
}

} // namespace crm::ui
