#include "detail/record_table.h"

#include "detail/detail_table_model.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>

namespace crm::ui {

namespace {

// Adds vertical room to rows sized to their contents.
class PaddedRowDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }
};

} // namespace

RecordTable::RecordTable(QWidget* parent) : QTableView(parent) {
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QAbstractItemView::doubleClicked, this, &RecordTable::requestEdit);
}

void RecordTable::setDetailModel(DetailTableModel* model, int stretchColumn) {
    m_model = model;
    setModel(model);
    horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

void RecordTable::setColumnChars(std::initializer_list<std::pair<int, int>> widths) {
    const int charWidth = fontMetrics().averageCharWidth();
    for (const auto& [column, chars] : widths)
        setColumnWidth(column, chars * charWidth + 16);
}

void RecordTable::setMultiLineRows() {
    setWordWrap(true);
    setItemDelegate(new PaddedRowDelegate(this));
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void RecordTable::setRecordsEditable(bool editable) { m_editable = editable; }

std::optional<std::pair<RecordKind, qint64>> RecordTable::currentRecord() const {
    const DetailTableModel::Row* row = m_model ? m_model->rowAt(currentIndex().row()) : nullptr;
    if (!m_editable || !row || !row->kind)
        return std::nullopt;
    return std::pair(*row->kind, row->id);
}

void RecordTable::requestEdit() {
    if (const auto record = currentRecord())
        emit editRecordRequested(record->first, record->second);
}

void RecordTable::requestDelete() {
    if (const auto record = currentRecord())
        emit deleteRecordRequested(record->first, record->second);
}

void RecordTable::keyPressEvent(QKeyEvent* event) {
    const int key = event->key();
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && currentRecord()) {
        requestEdit();
        return;
    }
    if (key == Qt::Key_Delete && currentRecord()) {
        requestDelete();
        return;
    }
    QTableView::keyPressEvent(event);
}

void RecordTable::contextMenuEvent(QContextMenuEvent* event) {
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid())
        setCurrentIndex(index);
    if (!currentRecord())
        return;
    QMenu menu(this);
    QAction* edit = menu.addAction(tr("&Edit…"));
    edit->setShortcut(QKeySequence(Qt::Key_Return));
    connect(edit, &QAction::triggered, this, &RecordTable::requestEdit);
    QAction* remove = menu.addAction(tr("&Delete…"));
    remove->setShortcut(QKeySequence::Delete);
    connect(remove, &QAction::triggered, this, &RecordTable::requestDelete);
    menu.exec(event->globalPos());
}

void RecordTable::paintEvent(QPaintEvent* event) {
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

} // namespace crm::ui
