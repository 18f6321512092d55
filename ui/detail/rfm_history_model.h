#pragma once
// One customer's R, F and M scores at each of the last month ends (and
// today) as a small grid: a row per dimension, a column per date, cells
// coloured by score. Dates whose score boundaries are still being computed
// show as pending.
#include "crm/analytics/rfm.h"
#include "crm/date.h"
#include "crm/money.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace crm::ui {

class RfmHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Dimension { Recency, Frequency, Monetary, DimensionCount };

    struct Point {
        Date date;
        bool pending = false;           // boundaries not known yet
        std::int64_t scoredCustomers = 0;
        std::optional<rfm::Score> score; // empty: no purchase by then, not scored
    };

    explicit RfmHistoryModel(QObject* parent = nullptr);

    void setPoints(QList<Point> points, const Currency& currency);
    const QList<Point>& points() const { return m_points; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const Point& point, int dimension) const;
    QString toolTip(const Point& point) const;
    QString columnTitle(const Point& point) const;

    QList<Point> m_points;
    Currency m_currency;
};

} // namespace crm::ui
