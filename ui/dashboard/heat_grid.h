#pragma once
// A clickable table of coloured cells with row and column headers: the RFM
// grid, the stage-flow matrix and the retention cohorts. Each cell shows a
// number (and a second line), its colour says how much; a click on a cell
// asks for the customers behind it.
#include <QColor>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace crm::ui {

class HeatGrid : public QWidget {
    Q_OBJECT
public:
    struct Cell {
        QString text;   // the number, bold
        QString detail; // a second, smaller line (e.g. the segment)
        QColor color = Qt::white;
        QString toolTip;
        bool clickable = true;
    };

    explicit HeatGrid(QWidget* parent = nullptr);

    // Row headers top to bottom, column headers left to right.
    void setHeaders(const QStringList& rows, const QStringList& columns);
    // Written along the left edge (rotated) and above the column headers.
    void setAxisTitles(const QString& rows, const QString& columns);
    // rowCount x columnCount cells, row by row.
    void setCells(std::vector<Cell> cells);
    void setCellHeight(int pixels) { m_cellHeight = pixels; updateGeometry(); }
    // Column headers written upwards, for many columns with long names.
    void setColumnHeadersVertical(bool vertical) { m_verticalColumns = vertical; updateGeometry(); }
    const Cell& cell(int row, int column) const;
    // Centre of a cell in widget coordinates (tests click there).
    QPoint cellCenter(int row, int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellClicked(int row, int column);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    int rowHeaderWidth() const;
    int columnHeaderHeight() const;
    int columnWidthHint() const;
    int topMargin() const;
    int leftMargin() const;
    QRect cellRect(int row, int column) const;
    // (row, column) under `pos`, or (-1, -1).
    std::pair<int, int> cellAt(const QPoint& pos) const;
    void paintHeaders(QPainter& painter) const;
    void paintCell(QPainter& painter, int row, int column) const;

    QStringList m_rows, m_columns;
    QString m_rowTitle, m_columnTitle;
    std::vector<Cell> m_cells;
    int m_cellHeight = 0; // 0: from the font
    bool m_verticalColumns = false;
    std::pair<int, int> m_hover{-1, -1};
};

} // namespace crm::ui
