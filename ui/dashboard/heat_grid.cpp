#include "dashboard/heat_grid.h"

#include "dashboard/dashboard_style.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace crm::ui {

namespace {
constexpr int kPad = 6;
} // namespace

HeatGrid::HeatGrid(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void HeatGrid::setHeaders(const QStringList& rows, const QStringList& columns) {
    m_rows = rows;
    m_columns = columns;
    updateGeometry();
    update();
}

void HeatGrid::setAxisTitles(const QString& rows, const QString& columns) {
    m_rowTitle = rows;
    m_columnTitle = columns;
    updateGeometry();
    update();
}

void HeatGrid::setCells(std::vector<Cell> cells) {
    m_cells = std::move(cells);
    m_cells.resize(static_cast<std::size_t>(m_rows.size() * m_columns.size()));
    update();
}

const HeatGrid::Cell& HeatGrid::cell(int row, int column) const {
    return m_cells.at(static_cast<std::size_t>(row * m_columns.size() + column));
}

int HeatGrid::rowHeaderWidth() const {
    int width = 0;
    for (const QString& header : m_rows)
        width = std::max(width, fontMetrics().horizontalAdvance(header));
    return width + 2 * kPad;
}

int HeatGrid::columnHeaderHeight() const {
    if (!m_verticalColumns)
        return fontMetrics().height() + kPad;
    int longest = 0;
    for (const QString& header : m_columns)
        longest = std::max(longest, fontMetrics().horizontalAdvance(header));
    return longest + 2 * kPad;
}

int HeatGrid::columnWidthHint() const { return fontMetrics().averageCharWidth() * (m_verticalColumns ? 7 : 12); }

int HeatGrid::leftMargin() const {
    return (m_rowTitle.isEmpty() ? 0 : fontMetrics().height() + kPad) + rowHeaderWidth();
}

int HeatGrid::topMargin() const {
    return (m_columnTitle.isEmpty() ? 0 : fontMetrics().height() + kPad) + columnHeaderHeight();
}

QSize HeatGrid::sizeHint() const {
    const int cellHeight = m_cellHeight > 0 ? m_cellHeight : 2 * fontMetrics().height() + 2 * kPad;
    return {leftMargin() + static_cast<int>(m_columns.size()) * columnWidthHint(),
            topMargin() + static_cast<int>(m_rows.size()) * cellHeight + 1};
}

QSize HeatGrid::minimumSizeHint() const {
    const QSize hint = sizeHint();
    return {leftMargin() + static_cast<int>(m_columns.size()) * columnWidthHint() / 2,
            hint.height()};
}

QRect HeatGrid::cellRect(int row, int column) const {
    if (m_rows.isEmpty() || m_columns.isEmpty())
        return {};
    const int left = leftMargin(), top = topMargin();
    const double w = static_cast<double>(width() - left - 1) / static_cast<double>(m_columns.size());
    const double h = static_cast<double>(height() - top - 1) / static_cast<double>(m_rows.size());
    const int x0 = left + static_cast<int>(column * w), x1 = left + static_cast<int>((column + 1) * w);
    const int y0 = top + static_cast<int>(row * h), y1 = top + static_cast<int>((row + 1) * h);
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

QPoint HeatGrid::cellCenter(int row, int column) const { return cellRect(row, column).center(); }

std::pair<int, int> HeatGrid::cellAt(const QPoint& pos) const {
    for (int r = 0; r < m_rows.size(); ++r)
        for (int c = 0; c < m_columns.size(); ++c)
            if (cellRect(r, c).contains(pos))
                return {r, c};
    return {-1, -1};
}

void HeatGrid::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    paintHeaders(painter);
    if (m_cells.size() != static_cast<std::size_t>(m_rows.size() * m_columns.size()))
        return;
    for (int r = 0; r < m_rows.size(); ++r)
        for (int c = 0; c < m_columns.size(); ++c)
            paintCell(painter, r, c);
}

void HeatGrid::paintHeaders(QPainter& painter) const {
    painter.setPen(palette().color(QPalette::WindowText));
    const int titleHeight = fontMetrics().height() + kPad;
    const int headerTop = m_columnTitle.isEmpty() ? 0 : titleHeight;
    if (!m_columnTitle.isEmpty())
        painter.drawText(QRect(leftMargin(), 0, width() - leftMargin(), titleHeight), Qt::AlignCenter, m_columnTitle);
    for (int c = 0; c < m_columns.size(); ++c) {
        const QRect cell = cellRect(0, c);
        if (!m_verticalColumns) {
            painter.drawText(QRect(cell.left(), headerTop, cell.width(), columnHeaderHeight()), Qt::AlignCenter,
                             m_columns[c]);
            continue;
        }
        // Upwards from just above the cells, centred over the column.
        painter.save();
        painter.translate(cell.left(), headerTop + columnHeaderHeight());
        painter.rotate(-90);
        painter.drawText(QRect(kPad, 0, columnHeaderHeight() - 2 * kPad, cell.width()),
                         Qt::AlignLeft | Qt::AlignVCenter, m_columns[c]);
        painter.restore();
    }
    const int titleWidth = m_rowTitle.isEmpty() ? 0 : titleHeight;
    for (int r = 0; r < m_rows.size(); ++r) {
        const QRect cell = cellRect(r, 0);
        painter.drawText(QRect(titleWidth, cell.top(), rowHeaderWidth() - kPad, cell.height()),
                         Qt::AlignRight | Qt::AlignVCenter, m_rows[r]);
    }
    if (!m_rowTitle.isEmpty()) {
        const int top = topMargin();
        painter.save();
        painter.translate(0, height());
        painter.rotate(-90);
        painter.drawText(QRect(0, 0, height() - top, titleHeight), Qt::AlignCenter, m_rowTitle);
        painter.restore();
    }
}

void HeatGrid::paintCell(QPainter& painter, int row, int column) const {
    const Cell& c = cell(row, column);
    const QRect rect = cellRect(row, column);
    painter.fillRect(rect, c.color);
    painter.setPen(m_hover == std::pair(row, column) && c.clickable ? QPen(Qt::black, 2) : QPen(Qt::white, 1));
    painter.drawRect(rect.adjusted(0, 0, -1, -1));
    painter.setPen(dashboard_style::textOn(c.color));
    QFont bold = font();
    bold.setBold(true);
    const QRect inner = rect.adjusted(2, 2, -2, -2);
    if (c.detail.isEmpty()) {
        painter.setFont(bold);
        painter.drawText(inner, Qt::AlignCenter, c.text);
        painter.setFont(font());
        return;
    }
    // The number on the upper third, the detail wrapped below it.
    const int third = inner.height() / 3;
    painter.setFont(bold);
    painter.drawText(QRect(inner.left(), inner.top(), inner.width(), third), Qt::AlignCenter, c.text);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    painter.drawText(QRect(inner.left(), inner.top() + third, inner.width(), inner.height() - third),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, c.detail);
    painter.setFont(font());
}

void HeatGrid::mouseMoveEvent(QMouseEvent* event) {
    const auto at = cellAt(event->position().toPoint());
    const bool clickable = at.first >= 0 && cell(at.first, at.second).clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (at != m_hover) {
        m_hover = at;
        update();
    }
}

void HeatGrid::leaveEvent(QEvent*) {
    m_hover = {-1, -1};
    update();
}

void HeatGrid::mouseReleaseEvent(QMouseEvent* event) {
    const auto [row, column] = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && row >= 0 && cell(row, column).clickable)
        emit cellClicked(row, column);
}

bool HeatGrid::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [row, column] = cellAt(help->pos());
        if (row >= 0 && !cell(row, column).toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), cell(row, column).toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace crm::ui
