#pragma once
// A table of the customer detail over a DetailTableModel: compact, read-only
// rows, and for rows that show a record, a context menu, Enter / double-click
// and Delete that ask for the record to be edited or deleted.
#include "edit/record_kind.h"

#include <QTableView>

#include <optional>
#include <utility>

class QAction;

namespace crm::ui {

class DetailTableModel;

class RecordTable : public QTableView {
    Q_OBJECT
public:
    explicit RecordTable(QWidget* parent = nullptr);

    // Reads rows from `model`; `stretchColumn` takes the width left over.
    void setDetailModel(DetailTableModel* model, int stretchColumn);
    // Column widths in average characters (the rest fit their contents).
    void setColumnChars(std::initializer_list<std::pair<int, int>> widths);
    // Rows as tall as their wrapped text, with some air (for short tables:
    // every row is measured).
    void setMultiLineRows();
    // Said in the middle of the table while it has no rows.
    void setPlaceholderText(const QString& text) { m_placeholder = text; }
    // When read-only no edit or delete is offered.
    void setRecordsEditable(bool editable);

signals:
    void editRecordRequested(crm::ui::RecordKind kind, qint64 recordId);
    void deleteRecordRequested(crm::ui::RecordKind kind, qint64 recordId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    // The record of the current row, if it shows one the user may change.
    std::optional<std::pair<RecordKind, qint64>> currentRecord() const;
    void requestEdit();
    void requestDelete();

    DetailTableModel* m_model = nullptr;
    bool m_editable = true;
    QString m_placeholder;
};

} // namespace crm::ui
