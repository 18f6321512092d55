#include "detail/customer_detail_view.h"

#include "detail/detail_rows.h"
#include "detail/detail_style.h"
#include "detail/detail_table_model.h"
#include "detail/record_table.h"
#include "detail/rfm_cutpoint_cache.h"
#include "detail/wrap_fit.h"
#include "main/session.h"
#include "ui_customer_detail_view.h"

#include "crm/errors.h"
#include "crm/store/database.h"

#include <QHeaderView>

#include <algorithm>

namespace crm::ui {

namespace {

enum TimelineFilter { Everything, TransactionsOnly, InteractionsOnly, ChangesOnly };

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

CustomerDetailView::CustomerDetailView(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CustomerDetailView>()),
      m_cutpoints(new RfmCutpointCache(this)), m_rfmHistory(new RfmHistoryModel(this)) {
    m_ui->setupUi(this);
    setMinimumWidth(420);
    applyStyle();
    setUpTables();
    // Narrow panes elide the tab titles rather than hide tabs behind arrows.
    m_ui->tabs->setUsesScrollButtons(false);
    m_ui->tabs->setElideMode(Qt::ElideRight);
    m_overviewFit = new WrapFit(m_ui->overviewScroll);
    m_analyticsFit = new WrapFit(m_ui->analyticsScroll);
    connect(m_ui->timelineFilter, &QComboBox::currentIndexChanged, this, &CustomerDetailView::fillTimeline);
    connect(m_cutpoints, &RfmCutpointCache::computed, this, &CustomerDetailView::fillScores);
    connect(m_cutpoints, &RfmCutpointCache::invalidated, this, &CustomerDetailView::fillScores);
    connect(m_cutpoints, &RfmCutpointCache::computing, this, &CustomerDetailView::showScoringProgress);
    connect(m_cutpoints, &RfmCutpointCache::failed, this, [this](const QString& message) {
        m_ui->rfmStatus->setText(tr("The RFM scores could not be computed: %1").arg(message));
    });
    m_ui->pages->setCurrentWidget(m_ui->emptyPage);
}

CustomerDetailView::~CustomerDetailView() = default;

void CustomerDetailView::applyStyle() {
    // Tiles and captions are marked in the form with dynamic properties.
    m_ui->customerPage->setStyleSheet(QStringLiteral(
        "QFrame#header { background: palette(base); border-bottom: 1px solid palette(mid); }"
        "QLabel#nameLabel { font-size: 15pt; font-weight: 600; }"
        "QLabel#subtitleLabel { color: #5b6472; }"
        "QFrame[tile=\"true\"] { background: palette(base); border: 1px solid #d5d9e0;"
        " border-radius: 6px; }"
        "QFrame[tile=\"true\"] QLabel { background: transparent; border: none; }"
        "QLabel[caption=\"true\"] { color: #5b6472; }"
        "QLabel[figure=\"true\"] { font-size: 13pt; font-weight: 600; }"
        "QLabel[sectionTitle=\"true\"] { font-weight: 600; margin-top: 6px; }"
        "QGroupBox { font-weight: 600; }"
        "QGroupBox QLabel, QGroupBox QTableView { font-weight: normal; }"));
    m_ui->emptyLabel->setStyleSheet(QStringLiteral("color: #6b7280;"));
}

void CustomerDetailView::setUpTables() {
    m_contacts = setUpTable(m_ui->contactsTable, DetailRows::contactHeaders(), 1);
    m_ui->contactsTable->setColumnChars({{0, 24}});
    m_ui->contactsTable->setMultiLineRows();
    m_ui->contactsTable->setPlaceholderText(tr("No contacts recorded."));
    m_primaryHistory = setUpTable(m_ui->primaryHistoryTable, DetailRows::primaryHistoryHeaders(), 2);
    m_ui->primaryHistoryTable->setColumnChars({{0, 10}, {1, 10}});
    m_ui->primaryHistoryTable->setPlaceholderText(tr("No primary contact yet."));
    m_timeline = setUpTable(m_ui->timelineTable, DetailRows::timelineHeaders(), DetailRows::TimelineDetails);
    m_timeline->setHeaderAlignment(DetailRows::TimelineAmount, kRight);
    m_ui->timelineTable->setColumnChars({{0, 10}, {1, 12}, {3, 14}});
    m_ui->timelineTable->setPlaceholderText(tr("No transactions or interactions yet."));
    m_followUps = setUpTable(m_ui->followUpsTable, DetailRows::followUpHeaders(), 1);
    m_ui->followUpsTable->setColumnChars({{0, 10}, {2, 17}});
    m_ui->followUpsTable->setPlaceholderText(tr("No follow-ups."));
    m_complaints = setUpTable(m_ui->complaintsTable, DetailRows::complaintHeaders(), 1);
    m_ui->complaintsTable->setColumnChars({{0, 10}, {2, 14}});
    m_ui->complaintsTable->setPlaceholderText(tr("No complaints recorded."));
    m_stages = setUpTable(m_ui->stageHistoryTable, DetailRows::stageHeaders(), 2);
    m_ui->stageHistoryTable->setColumnChars({{0, 10}, {1, 13}});
    m_ui->stageHistoryTable->setPlaceholderText(tr("No stage changes recorded."));
    // Reasons are sentences: they wrap (the history is a few dozen rows at most).
    m_ui->stageHistoryTable->setMultiLineRows();
    m_ui->rfmHistoryTable->setModel(m_rfmHistory);
    m_ui->rfmHistoryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->rfmHistoryTable->horizontalHeader()->setMinimumSectionSize(24);
    m_ui->rfmHistoryTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->rfmHistoryTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->segmentValue->setWordWrap(true);
}

DetailTableModel* CustomerDetailView::setUpTable(RecordTable* table, const QStringList& headers,
                                                 int stretchColumn) {
    auto* model = new DetailTableModel(headers, this);
    table->setDetailModel(model, stretchColumn);
    connect(table, &RecordTable::editRecordRequested, this, &CustomerDetailView::editRecordRequested);
    connect(table, &RecordTable::deleteRecordRequested, this, &CustomerDetailView::deleteRecordRequested);
    return model;
}

void CustomerDetailView::setSession(Session* session) {
    m_session = session;
    if (session) {
        // Connected before the cache is: nothing of the previous file is
        // shown again once another is open.
        connect(session, &Session::opened, this, &CustomerDetailView::onFileChanged);
        connect(session, &Session::closed, this, &CustomerDetailView::onFileChanged);
    }
    m_cutpoints->setSession(session);
    onFileChanged();
}

void CustomerDetailView::onFileChanged() {
    showCustomer(0);
    const bool editable = m_session && m_session->isOpen() && !m_session->isReadOnly();
    for (RecordTable* table : findChildren<RecordTable*>())
        table->setRecordsEditable(editable);
}

void CustomerDetailView::showCustomer(qint64 customerId) {
    m_customerId = customerId;
    m_records.reset();
    if (customerId == 0 || !m_session || !m_session->isOpen())
        return showMessage(tr("Select a customer in the list to see its profile, contacts, history and value."));
    try {
        m_records = loadCustomerRecords(m_session->database(), customerId);
        if (!m_records)
            return showMessage(tr("This customer no longer exists."));
        fillHeader();
        fillFigures();
        fillLifecycle();
        fillProfile();
        fillTables();
        fillValue();
        fillScores();
        m_overviewFit->refit();
    } catch (const Error& e) {
        m_records.reset();
        return showMessage(tr("This customer cannot be shown: %1").arg(QString::fromStdString(e.what())));
    }
    m_ui->pages->setCurrentWidget(m_ui->customerPage);
}

void CustomerDetailView::showMessage(const QString& message) {
    m_ui->emptyLabel->setText(message);
    m_ui->pages->setCurrentWidget(m_ui->emptyPage);
}

void CustomerDetailView::fillTables() {
    m_contacts->setRows(DetailRows::contacts(m_records->contacts));
    m_primaryHistory->setRows(DetailRows::primaryHistory(m_records->primaryHistory));
    fillTimeline();
    m_followUps->setRows(DetailRows::followUps(m_records->followUps, m_session->today()));
    m_complaints->setRows(DetailRows::complaints(m_records->complaints));
    m_stages->setRows(DetailRows::stageHistory(m_records->stageHistory));
    const bool organisation = m_records->customer.kind == CustomerKind::Organisation;
    m_ui->primaryHistoryTitle->setVisible(organisation);
    m_ui->primaryHistoryTable->setVisible(organisation);
    updateTabTitles();
}

void CustomerDetailView::fillTimeline() {
    if (!m_records)
        return;
    const int filter = m_ui->timelineFilter->currentIndex();
    std::vector<TimelineEntry> shown;
    std::size_t transactions = 0;
    for (const TimelineEntry& entry : m_records->timeline) {
        transactions += entry.isTransaction() ? 1 : 0;
        if (filter == Everything || (filter != ChangesOnly && (filter == TransactionsOnly) == entry.isTransaction()))
            shown.push_back(entry);
    }
    const bool changes = filter == Everything || filter == ChangesOnly;
    m_timeline->setRows(DetailRows::timeline(shown, changes ? m_records->changes : std::vector<AuditEntry>{},
                                             m_records->contacts, m_session->database().currency()));
    const std::size_t interactions = m_records->timeline.size() - transactions;
    m_ui->timelineSummary->setText(tr("%n transaction(s)", nullptr, static_cast<int>(transactions)) +
                                   QStringLiteral("  ·  ") +
                                   tr("%n interaction(s)", nullptr, static_cast<int>(interactions)) +
                                   QStringLiteral("  ·  ") +
                                   tr("%n change(s)", nullptr, static_cast<int>(m_records->changes.size())));
}

void CustomerDetailView::updateTabTitles() {
    // Short titles: five tabs must fit a pane about 420 pixels wide.
    const auto openFollowUps = std::count_if(m_records->followUps.begin(), m_records->followUps.end(),
                                             [](const FollowUp& f) { return !f.done; });
    const auto openComplaints = std::count_if(
        m_records->complaints.begin(), m_records->complaints.end(),
        [](const Interaction& i) { return i.complaintStatus != ComplaintStatus::Resolved; });
    const int open = static_cast<int>(openFollowUps + openComplaints);
    QTabWidget* tabs = m_ui->tabs;
    const int followUpsTab = tabs->indexOf(m_ui->followUpsTab);
    tabs->setTabIcon(followUpsTab, open > 0 ? dotIcon(kNegativeColour) : QIcon());
    tabs->setTabToolTip(followUpsTab, tr("%n open follow-up(s) and complaint(s)", nullptr, open));
    m_ui->followUpsTitle->setText(tr("Follow-ups (%1 open)").arg(openFollowUps));
    m_ui->complaintsTitle->setText(tr("Complaints (%1 open)").arg(openComplaints));
}

} // namespace crm::ui
