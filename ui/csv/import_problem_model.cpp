#include "csv/import_problem_model.h"

#include "csv/csv_text.h"
#include "list/domain_text.h"

namespace crm::ui {

ImportProblemModel::ImportProblemModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportProblemModel::setProblems(std::vector<ImportProblem> problems) {
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportProblem& problem = m_problems[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole)
        return displayValue(problem, index.column());
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return toQ(problem.message);
    return {};
}

QVariant ImportProblemModel::displayValue(const ImportProblem& problem, int column) const {
    switch (column) {
    case LineColumn: return QVariant::fromValue(static_cast<qulonglong>(problem.line));
    case FieldColumn: return csvFieldLabel(problem.field);
    case MessageColumn: return toQ(problem.message);
    default: return {};
    }
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn: return tr("Line");
    case FieldColumn: return tr("Field");
    case MessageColumn: return tr("Problem");
    default: return {};
    }
}

} // namespace crm::ui
