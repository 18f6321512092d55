#pragma once
// The problems a dry run or an import found, one row each: the line of the
// file, the field and what is wrong, in the order of the file.
#include "csv/import_job.h"

#include <QAbstractTableModel>

#include <vector>

namespace crm::ui {

class ImportProblemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LineColumn, FieldColumn, MessageColumn, ColumnCount };

    explicit ImportProblemModel(QObject* parent = nullptr);

    void setProblems(std::vector<ImportProblem> problems);
    const std::vector<ImportProblem>& problems() const { return m_problems; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const ImportProblem& problem, int column) const;

    std::vector<ImportProblem> m_problems;
};

} // namespace crm::ui
