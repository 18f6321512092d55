#include "detail/rfm_history_model.h"

#include "detail/detail_style.h"
#include "list/domain_text.h"

#include <QBrush>
#include <QLocale>

namespace crm::ui {

namespace {

int scoreOf(const rfm::Score& score, int dimension) {
    return dimension == RfmHistoryModel::Recency     ? score.r
           : dimension == RfmHistoryModel::Frequency ? score.f
                                                     : score.m;
}

} // namespace

RfmHistoryModel::RfmHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void RfmHistoryModel::setPoints(QList<Point> points, const Currency& currency) {
    beginResetModel();
    m_points = std::move(points);
    m_currency = currency;
    endResetModel();
}

int RfmHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : DimensionCount;
}

int RfmHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

QVariant RfmHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Point& point = m_points[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(point, index.row());
    case Qt::BackgroundRole:
        return point.score ? QVariant(QBrush(scoreColour(scoreOf(*point.score, index.row()))))
                           : QVariant();
    case Qt::ForegroundRole:
        return point.score ? QVariant(QBrush(Qt::black)) : QVariant(QBrush(kQuietColour));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case Qt::ToolTipRole:
        return toolTip(point);
    }
    return {};
}

QVariant RfmHistoryModel::displayValue(const Point& point, int dimension) const {
    if (point.pending)
        return QStringLiteral("…");
    if (!point.score)
        return QStringLiteral("–");
    return scoreOf(*point.score, dimension);
}

QString RfmHistoryModel::toolTip(const Point& point) const {
    const QString day = dateText(point.date);
    if (point.pending)
        return tr("%1: every customer is being scored for this date…").arg(day);
    if (!point.score)
        return tr("%1: no purchase yet, not scored").arg(day);
    const rfm::Score& s = *point.score;
    return tr("%1: R %2 · F %3 · M %4, %5\nLast purchase %6 days before, %7 purchases, %8\n"
              "(scored among %9 customers)")
        .arg(day)
        .arg(s.r)
        .arg(s.f)
        .arg(s.m)
        .arg(segmentName(s.segment))
        .arg(s.behaviour.recencyDays)
        .arg(s.behaviour.frequency)
        .arg(moneyText(s.behaviour.monetary, m_currency))
        .arg(QLocale().toString(static_cast<qlonglong>(point.scoredCustomers)));
}

QString RfmHistoryModel::columnTitle(const Point& point) const {
    // The last column is today when today is not a month end.
    if (point.date != point.date.end_of_month())
        return tr("Now");
    return QLocale().monthName(point.date.month(), QLocale::ShortFormat);
}

QVariant RfmHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section >= 0 && section < m_points.size()) {
        if (role == Qt::DisplayRole)
            return columnTitle(m_points[section]);
        if (role == Qt::ToolTipRole)
            return dateText(m_points[section].date);
        return {};
    }
    if (orientation != Qt::Vertical || section < 0 || section >= DimensionCount)
        return {};
    static const char* const names[] = {QT_TR_NOOP("Recency"), QT_TR_NOOP("Frequency"),
                                        QT_TR_NOOP("Monetary")};
    if (role == Qt::DisplayRole)
        return QString(QLatin1Char("RFM"[section]));
    if (role == Qt::ToolTipRole)
        return tr(names[section]);
    return {};
}

} // namespace crm::ui
