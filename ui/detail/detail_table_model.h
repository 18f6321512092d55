#pragma once
// A read-only table of one customer's records as the detail shows them:
// rows of ready-made cells, each row naming the record it shows (if it is
// one the user can edit), so a view can ask for that record to be edited or
// deleted. The rows are few (one customer's), so they are built up front.
#include "edit/record_kind.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <QList>
#include <QStringList>

#include <optional>

namespace crm::ui {

class DetailTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { RecordIdRole = Qt::UserRole + 1 };

    struct Cell {
        QString text;
        QString toolTip;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        QColor foreground; // invalid: the palette's
        QIcon icon;
        bool bold = false;
    };
    struct Row {
        std::optional<RecordKind> kind; // none: not a record the user edits
        qint64 id = 0;
        QList<Cell> cells;
    };

    explicit DetailTableModel(QStringList headers, QObject* parent = nullptr);

    void setRows(QList<Row> rows);
    // Numbers are right-aligned; their headers should be too.
    void setHeaderAlignment(int column, Qt::Alignment alignment);
    // nullptr when `row` is out of range.
    const Row* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant cellValue(const Cell& cell, int role) const;

    QStringList m_headers;
    QList<Qt::Alignment> m_headerAlignment;
    QList<Row> m_rows;
};

} // namespace crm::ui
