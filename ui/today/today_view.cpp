#include "today/today_view.h"

#include "crm/errors.h"
#include "crm/store/database.h"
#include "crm/store/interaction_store.h"
#include "list/domain_text.h"
#include "main/app_settings.h"
#include "main/session.h"
#include "today/today_jobs.h"
#include "today/today_lists.h"
#include "ui_today_view.h"

#include <QAction>
#include <QLocale>
#include <QMessageBox>

namespace crm::ui {

namespace {

enum StackPage { ComputingPage = 0, ListPage = 1 };

std::vector<std::int64_t> customerIdsOf(const auto& rows) {
    std::vector<std::int64_t> ids;
    ids.reserve(rows.size());
    for (const auto& row : rows)
        ids.push_back(row.customerId);
    return ids;
}

} // namespace

TodayView::TodayView(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TodayView>()), m_jobs(new TodayJobs(this)) {
    m_ui->setupUi(this);
    QFont big = m_ui->dateLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_ui->dateLabel->setFont(big);
    for (QTreeWidget* list :
         {m_ui->followUpList, m_ui->riskList, m_ui->birthdayList, m_ui->complaintList})
        connect(list, &QTreeWidget::itemActivated, this, [this, list] { openCurrent(list); });
    createActions();
    connect(m_jobs, &TodayJobs::birthdaysReady, this, &TodayView::showBirthdays);
    connect(m_jobs, &TodayJobs::atRiskReady, this, &TodayView::showAtRisk);
    connect(m_jobs, &TodayJobs::finished, this, &TodayView::computed);
    clearLists();
}

TodayView::~TodayView() = default;

void TodayView::createActions() {
    m_markDone = new QAction(tr("&Mark done"), this);
    m_markDone->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_markDone->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_markDone, &QAction::triggered, this, &TodayView::markSelectedDone);
    connect(m_ui->markDoneButton, &QPushButton::clicked, m_markDone, &QAction::trigger);
    auto* open = new QAction(tr("&Open customer"), this);
    connect(open, &QAction::triggered, this, [this] { openCurrent(m_ui->followUpList); });
    m_ui->followUpList->addActions({m_markDone, open});
    connect(m_ui->followUpList, &QTreeWidget::currentItemChanged, this, &TodayView::updateActions);
}

void TodayView::setSession(Session* session) {
    m_session = session;
    connect(session, &Session::opened, this, &TodayView::onOpened);
    connect(session, &Session::closed, this, &TodayView::clearLists);
    connect(session, &Session::customersChanged, this, &TodayView::onCustomersChanged);
}

void TodayView::onOpened() {
    m_jobs->invalidate();
    clearLists();
    if (isVisible())
        refresh();
}

void TodayView::onCustomersChanged() {
    if (!m_markingDone) // marking a follow-up done changes no ranking or birthday
        m_jobs->invalidate();
    if (isVisible())
        refresh();
}

bool TodayView::isComputing() const {
    return m_jobs->isRunning();
}

QString TodayView::currentOwner() const {
    return AppSettings::currentUser();
}

void TodayView::refresh() {
    if (!m_session || !m_session->isOpen()) {
        clearLists();
        return;
    }
    showHeader();
    loadFollowUps();
    loadComplaints();
    startComputing();
    updateActions();
}

void TodayView::showHeader() {
    const QDate today = toQDate(m_session->today());
    m_ui->dateLabel->setText(tr("Today, %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    const QString owner = currentOwner();
    m_ui->userHint->setText(
        owner.isEmpty()
            ? tr("No current user is set, so the at-risk list shows every owner's customers. Set "
                 "your name in File > Settings to see only yours.")
            : tr("The at-risk list shows the customers of %1, the current user (File > Settings).")
                  .arg(owner));
}

void TodayView::loadFollowUps() {
    const Database& db = m_session->database();
    FollowUpStore::Filter filter;
    filter.dueOnOrBefore = m_session->today();
    const auto followUps = FollowUpStore(db).list(filter);
    const auto labels = customerLabels(db, customerIdsOf(followUps));
    const int overdue =
        TodayLists::fillFollowUps(m_ui->followUpList, followUps, labels, m_session->today());
    m_ui->followUpBox->setTitle(
        tr("Follow-ups due (%1, %2 overdue)").arg(followUps.size()).arg(overdue));
    if (followUps.empty())
        TodayLists::showNote(m_ui->followUpList, tr("Nothing due today."));
}

void TodayView::loadComplaints() {
    const Database& db = m_session->database();
    const auto complaints = InteractionStore(db).openComplaints();
    const auto labels = customerLabels(db, customerIdsOf(complaints));
    TodayLists::fillComplaints(m_ui->complaintList, complaints, labels, m_session->today());
    m_ui->complaintBox->setTitle(tr("Open complaints (%1)").arg(complaints.size()));
    if (complaints.empty())
        TodayLists::showNote(m_ui->complaintList, tr("No complaint is open."));
}

void TodayView::startComputing() {
    const QString owner = currentOwner();
    TodayRequest request{m_session->path(), m_session->today(), std::nullopt};
    if (!owner.isEmpty())
        request.owner = toStd(owner);
    if (m_jobs->lastRequest() == request)
        return; // shown or on their way
    m_ui->riskStack->setCurrentIndex(ComputingPage);
    m_ui->birthdayStack->setCurrentIndex(ComputingPage);
    m_ui->riskBox->setTitle(tr("At risk (computing…)"));
    m_ui->birthdayBox->setTitle(tr("Birthdays this week (looking up…)"));
    m_jobs->start(request);
}

void TodayView::showBirthdays(const BirthdaysResult& result) {
    m_ui->birthdayStack->setCurrentIndex(ListPage);
    m_ui->birthdayBox->setTitle(tr("Birthdays this week (%1)").arg(result.rows.size()));
    if (!result.error.isEmpty())
        return TodayLists::showNote(m_ui->birthdayList,
                                    tr("Cannot read the birthdays: %1").arg(result.error));
    TodayLists::fillBirthdays(m_ui->birthdayList, result.rows, m_session->today());
    if (result.rows.empty())
        TodayLists::showNote(m_ui->birthdayList, tr("No birthdays in the next 7 days."));
}

void TodayView::showAtRisk(const AtRiskResult& result) {
    m_ui->riskStack->setCurrentIndex(ListPage);
    const auto shown = static_cast<qint64>(result.report.rows.size());
    const qint64 all = result.report.customersAtRisk;
    const bool mine = !currentOwner().isEmpty();
    const QString count =
        shown < all ? tr("top %1 of %2").arg(shown).arg(all) : QString::number(shown);
    m_ui->riskBox->setTitle(mine ? tr("My customers at risk (%1)").arg(count)
                                 : tr("Customers at risk, all owners (%1)").arg(count));
    m_ui->riskList->setColumnHidden(1, mine); // the owner column only for everyone's
    if (!result.error.isEmpty())
        return TodayLists::showNote(
            m_ui->riskList, tr("Cannot compute the at-risk customers: %1").arg(result.error));
    TodayLists::fillAtRisk(m_ui->riskList, result.report.rows, m_session->database().currency());
    if (result.report.rows.empty())
        TodayLists::showNote(m_ui->riskList, tr("No customer shows a warning sign."));
}

void TodayView::clearLists() {
    for (QTreeWidget* list :
         {m_ui->followUpList, m_ui->riskList, m_ui->birthdayList, m_ui->complaintList})
        list->clear();
    m_ui->dateLabel->setText(tr("Today"));
    m_ui->userHint->setText(tr("Open a database to see what needs you today."));
    m_ui->followUpBox->setTitle(tr("Follow-ups due"));
    m_ui->riskBox->setTitle(tr("At risk"));
    m_ui->birthdayBox->setTitle(tr("Birthdays this week"));
    m_ui->complaintBox->setTitle(tr("Open complaints"));
    m_ui->riskStack->setCurrentIndex(ListPage);
    m_ui->birthdayStack->setCurrentIndex(ListPage);
    updateActions();
}

void TodayView::openCurrent(QTreeWidget* list) {
    const QTreeWidgetItem* item = list->currentItem();
    const qint64 id = item ? item->data(0, kCustomerIdRole).toLongLong() : 0;
    if (id != 0)
        emit openCustomer(id);
}

void TodayView::updateActions() {
    const QTreeWidgetItem* item = m_ui->followUpList->currentItem();
    const bool writable = m_session && m_session->isOpen() && !m_session->isReadOnly();
    m_markDone->setEnabled(writable && item && item->data(0, kFollowUpIdRole).toLongLong() != 0);
    m_ui->markDoneButton->setEnabled(m_markDone->isEnabled());
}

void TodayView::markSelectedDone() {
    const QTreeWidgetItem* item = m_ui->followUpList->currentItem();
    if (!item || !m_markDone->isEnabled())
        return;
    const qint64 followUpId = item->data(0, kFollowUpIdRole).toLongLong();
    const qint64 customerId = item->data(0, kCustomerIdRole).toLongLong();
    try {
        FollowUpStore(m_session->database()).markDone(followUpId, m_session->today());
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Cannot mark the follow-up done"), toQ(e.what()));
        return;
    }
    m_markingDone = true;
    m_session->notifyCustomerChanged(customerId);
    m_markingDone = false;
    if (!isVisible()) // the change signal refreshed the lists only when shown
        loadFollowUps();
    updateActions();
}

} // namespace crm::ui
