#include "list/customer_list_model.h"

#include "crm/store/database.h"
#include "list/domain_text.h"

#include <algorithm>

namespace crm::ui {

namespace {

constexpr int kBlockSize = 200;
constexpr std::size_t kMaxBlocks = 64; // about 13,000 rows kept

std::optional<CustomerSort> sortFor(int column) {
    switch (column) {
    case CustomerListModel::CodeColumn: return CustomerSort::Code;
    case CustomerListModel::NameColumn: return CustomerSort::Name;
    case CustomerListModel::IndustryColumn: return CustomerSort::Industry;
    case CustomerListModel::RegionColumn: return CustomerSort::Region;
    case CustomerListModel::OwnerColumn: return CustomerSort::Owner;
    case CustomerListModel::StageColumn: return CustomerSort::Stage;
    case CustomerListModel::LastPurchaseColumn: return CustomerSort::LastPurchase;
    case CustomerListModel::NetAmountColumn: return CustomerSort::NetAmount;
    default: return std::nullopt;
    }
}

} // namespace

CustomerListModel::CustomerListModel(QObject* parent) : QAbstractTableModel(parent) {}

void CustomerListModel::setDatabase(const Database* db) {
    m_db = db;
    m_currency = db ? db->currency() : Currency{};
    reload();
}

void CustomerListModel::setFilter(const CustomerFilter& filter) {
    m_filter = filter;
    reload();
}

void CustomerListModel::refresh() { reload(); }

bool CustomerListModel::isSortable(int column) { return sortFor(column).has_value(); }

void CustomerListModel::sort(int column, Qt::SortOrder order) {
    const auto sort = sortFor(column);
    if (!sort)
        return;
    m_sort = *sort;
    m_descending = order == Qt::DescendingOrder;
    reload();
}

void CustomerListModel::reload() {
    beginResetModel();
    m_blocks.clear();
    m_recent.clear();
    m_count = m_db ? CustomerQuery(*m_db).count(m_filter) : 0;
    endResetModel();
    emit countChanged(m_count);
}

int CustomerListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_count);
}

int CustomerListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

// Loads the block after a loaded one by its cursor, else by offset from
// whichever end of the list is nearer (reading backwards for the second
// half), so that jumping to the end costs one short query.
CustomerListModel::Block CustomerListModel::loadBlock(int index) const {
    const qint64 first = qint64(index) * kBlockSize;
    const qint64 end = std::min(m_count, first + kBlockSize);
    PageRequest request{m_filter, m_sort, m_descending, std::nullopt, kBlockSize, 0, m_count};
    const auto previous = m_blocks.find(index - 1);
    if (previous != m_blocks.end() && previous->second.next) {
        request.after = previous->second.next;
    } else if (first > m_count / 2) {
        request.descending = !m_descending;
        request.offset = m_count - end;
        request.limit = static_cast<int>(end - first);
        CustomerPage page = CustomerQuery(*m_db).page(request);
        std::reverse(page.rows.begin(), page.rows.end());
        return Block{std::move(page.rows), std::nullopt};
    } else {
        request.offset = first;
    }
    CustomerPage page = CustomerQuery(*m_db).page(request);
    return Block{std::move(page.rows), page.next};
}

const CustomerListModel::Block& CustomerListModel::block(int index) const {
    auto found = m_blocks.find(index);
    if (found == m_blocks.end()) {
        if (m_blocks.size() >= kMaxBlocks) {
            m_blocks.erase(m_recent.back());
            m_recent.pop_back();
        }
        found = m_blocks.emplace(index, loadBlock(index)).first;
    } else {
        m_recent.remove(index);
    }
    m_recent.push_front(index);
    return found->second;
}

const CustomerRow* CustomerListModel::rowAt(int row) const {
    if (!m_db || row < 0 || row >= m_count)
        return nullptr;
    const Block& b = block(row / kBlockSize);
    const auto offset = static_cast<std::size_t>(row % kBlockSize);
    return offset < b.rows.size() ? &b.rows[offset] : nullptr;
}

std::int64_t CustomerListModel::customerId(int row) const {
    const CustomerRow* r = rowAt(row);
    return r ? r->id : 0;
}

int CustomerListModel::rowOfLoaded(std::int64_t id) const {
    for (const auto& [index, b] : m_blocks)
        for (std::size_t i = 0; i < b.rows.size(); ++i)
            if (b.rows[i].id == id)
                return index * kBlockSize + static_cast<int>(i);
    return -1;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRow* row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole: return displayValue(*row, index.column());
    case RawValueRole: return rawValue(*row, index.column());
    case CustomerIdRole: return QVariant::fromValue<qint64>(row->id);
    case Qt::TextAlignmentRole:
        if (index.column() == PurchasesColumn || index.column() == NetAmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant CustomerListModel::displayValue(const CustomerRow& row, int column) const {
    switch (column) {
    case KindColumn: return kindName(row.kind);
    case StageColumn: return stageName(row.stage);
    case LastPurchaseColumn: return dateText(row.aggregates.lastPurchase);
    case NetAmountColumn: return moneyText(row.aggregates.netAmount, m_currency);
    default: return rawValue(row, column);
    }
}

QVariant CustomerListModel::rawValue(const CustomerRow& row, int column) const {
    switch (column) {
    case CodeColumn: return toQ(row.code);
    case NameColumn: return toQ(row.name);
    case KindColumn: return static_cast<int>(row.kind);
    case IndustryColumn: return toQ(row.industry);
    case RegionColumn: return toQ(row.region);
    case PhoneColumn: return toQ(row.phone);
    case EmailColumn: return toQ(row.email);
    case OwnerColumn: return toQ(row.owner);
    case StageColumn: return static_cast<int>(row.stage);
    case LastPurchaseColumn:
        return row.aggregates.lastPurchase ? QVariant(toQDate(*row.aggregates.lastPurchase)) : QVariant();
    case PurchasesColumn: return QVariant::fromValue<qint64>(row.aggregates.purchaseCount);
    case NetAmountColumn: return QVariant::fromValue<qint64>(row.aggregates.netAmount);
    default: return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case IndustryColumn: return tr("Industry");
    case RegionColumn: return tr("Region");
    case PhoneColumn: return tr("Phone");
    case EmailColumn: return tr("Email");
    case OwnerColumn: return tr("Owner");
    case StageColumn: return tr("Stage");
    case LastPurchaseColumn: return tr("Last purchase");
    case PurchasesColumn: return tr("Purchases");
    case NetAmountColumn: return tr("Net amount");
    default: return {};
    }
}

} // namespace crm::ui
