#include "detail/detail_table_model.h"

#include <QBrush>
#include <QFont>

namespace crm::ui {

DetailTableModel::DetailTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers)),
      m_headerAlignment(m_headers.size(), Qt::AlignLeft | Qt::AlignVCenter) {}

void DetailTableModel::setHeaderAlignment(int column, Qt::Alignment alignment) {
    m_headerAlignment[column] = alignment;
}

void DetailTableModel::setRows(QList<Row> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const DetailTableModel::Row* DetailTableModel::rowAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int DetailTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DetailTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant DetailTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    if (role == RecordIdRole)
        return row.kind ? QVariant(row.id) : QVariant();
    if (index.column() >= row.cells.size())
        return {};
    return cellValue(row.cells[index.column()], role);
}

QVariant DetailTableModel::cellValue(const Cell& cell, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cell.alignment);
    case Qt::ForegroundRole:
        return cell.foreground.isValid() ? QVariant(QBrush(cell.foreground)) : QVariant();
    case Qt::DecorationRole:
        return cell.icon.isNull() ? QVariant() : QVariant(cell.icon);
    case Qt::FontRole:
        if (!cell.bold)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant DetailTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_headers[section];
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(m_headerAlignment[section]);
    return {};
}

} // namespace crm::ui
