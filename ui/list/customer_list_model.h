#pragma once
// The customer list over the store's paged queries: knows the number of
// matching customers and loads only the blocks of rows the view shows, so a
// million-customer file opens, scrolls to its end and sorts without
// reading the whole table.
#include "crm/money.h"
#include "crm/store/customer_query.h"

#include <QAbstractTableModel>

#include <list>
#include <unordered_map>

namespace crm::ui {

class CustomerListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CodeColumn, NameColumn, KindColumn, IndustryColumn, RegionColumn, PhoneColumn,
        EmailColumn, OwnerColumn, StageColumn, LastPurchaseColumn, PurchasesColumn,
        NetAmountColumn, ColumnCount
    };
    enum Role { CustomerIdRole = Qt::UserRole + 1, RawValueRole };

    explicit CustomerListModel(QObject* parent = nullptr);

    // nullptr empties the list. The database must outlive its use here.
    void setDatabase(const Database* db);
    void setFilter(const CustomerFilter& filter);
    const CustomerFilter& filter() const { return m_filter; }
    // Reloads after the data changed, keeping filter and sort.
    void refresh();

    std::int64_t customerId(int row) const;
    // The row of a customer among the rows loaded so far; -1 if not loaded.
    int rowOfLoaded(std::int64_t customerId) const;
    qint64 totalCount() const { return m_count; }
    // Whether the column can be sorted on (the store has an index for it).
    static bool isSortable(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void countChanged(qint64 count);

private:
    struct Block {
        std::vector<CustomerRow> rows;
        std::optional<PageCursor> next; // cursor after the block's last row
    };
    void reload();
    const CustomerRow* rowAt(int row) const;
    const Block& block(int index) const;
    Block loadBlock(int index) const;
    QVariant displayValue(const CustomerRow& row, int column) const;
    QVariant rawValue(const CustomerRow& row, int column) const;

    const Database* m_db = nullptr;
    CustomerFilter m_filter;
    CustomerSort m_sort = CustomerSort::Name;
    bool m_descending = false;
    qint64 m_count = 0;
    Currency m_currency;
    mutable std::unordered_map<int, Block> m_blocks;
    mutable std::list<int> m_recent; // block indexes, most recently used first
};

} // namespace crm::ui
