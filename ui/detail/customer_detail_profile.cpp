// The header and the Overview tab of the customer detail: who the customer
// is, its figures at a glance, its lifecycle stage with the focus for that
// stage, and every field of the profile.
#include "detail/customer_detail_view.h"

#include "detail/detail_style.h"
#include "detail/detail_text.h"
#include "list/domain_text.h"
#include "list/stage_reason.h"
#include "main/session.h"
#include "ui_customer_detail_view.h"

#include "crm/store/database.h"

#include <QLocale>

namespace crm::ui {

namespace {

// Values are plain text (a name may hold '<'); a dash stands for nothing recorded.
void setValue(QLabel* label, const QString& text, Qt::TextFormat format = Qt::PlainText) {
    label->setTextFormat(format);
    label->setText(text.isEmpty() ? QStringLiteral("—") : text);
}

QString joinedNonEmpty(const QStringList& parts) {
    QStringList kept;
    for (const QString& part : parts)
        if (!part.isEmpty())
            kept << part;
    return kept.join(QStringLiteral("  ·  "));
}

// Tags as small grey chips.
QString tagChips(const std::vector<std::string>& tags) {
    QStringList chips;
    for (const std::string& tag : tags)
        chips << QStringLiteral("<span style=\"background:#e8ebf0; color:#374151;\">&nbsp;%1&nbsp;</span>")
                     .arg(toQ(tag).toHtmlEscaped());
    return chips.join(QStringLiteral(" "));
}

// The latest change into the current stage: when and why the customer got there.
const StageChange* changeIntoCurrent(const CustomerRecords& records) {
    const auto& history = records.stageHistory;
    for (auto it = history.rbegin(); it != history.rend(); ++it)
        if (it->to == records.customer.stage)
            return &*it;
    return nullptr;
}

} // namespace

void CustomerDetailView::fillHeader() {
    const Customer& c = m_records->customer;
    m_ui->nameLabel->setTextFormat(Qt::PlainText);
    m_ui->nameLabel->setText(toQ(c.name));
    m_ui->subtitleLabel->setTextFormat(Qt::PlainText);
    m_ui->subtitleLabel->setText(joinedNonEmpty(
        {toQ(c.code), kindName(c.kind), toQ(c.industry), toQ(c.region),
         c.owner.empty() ? QString() : tr("Owner: %1").arg(toQ(c.owner))}));
    showBadge(m_ui->stageBadge, stageName(c.stage), stageColour(c.stage));
    m_ui->segmentBadge->hide(); // shown once the RFM score is known
}

void CustomerDetailView::fillFigures() {
    const CustomerAggregates& a = m_records->aggregates;
    const Date today = m_session->today();
    const auto ago = [&](const std::optional<Date>& day) {
        if (!day)
            return tr("never");
        const auto days = daysBetween(*day, today);
        return dateText(day) + QStringLiteral("<br><span style=\"font-size:9pt; font-weight:normal; "
                                              "color:#5b6472;\">%1</span>")
                                   .arg(tr("%n day(s) ago", nullptr, static_cast<int>(days)));
    };
    for (QLabel* figure : {m_ui->lastPurchaseValue, m_ui->lastContactValue})
        figure->setTextFormat(Qt::RichText);
    m_ui->netValue->setText(moneyText(a.netAmount, m_session->database().currency()));
    m_ui->purchasesValue->setText(QLocale().toString(static_cast<qlonglong>(a.purchaseCount)));
    m_ui->lastPurchaseValue->setText(ago(a.lastPurchase));
    m_ui->lastContactValue->setText(ago(a.lastInteraction));
}

void CustomerDetailView::fillLifecycle() {
    const Stage stage = m_records->customer.stage;
    const StageChange* change = changeIntoCurrent(*m_records);
    QString line = QStringLiteral("<span style=\"color:%1; font-weight:600;\">%2</span>")
                       .arg(stageColour(stage).name(), stageName(stage).toHtmlEscaped());
    if (change)
        line += QLatin1Char(' ') + tr("since %1").arg(dateText(change->on));
    m_ui->stageLine->setTextFormat(Qt::RichText);
    m_ui->stageLine->setText(line);
    m_ui->stageReason->setTextFormat(Qt::PlainText);
    m_ui->stageReason->setText(change ? StageReason::text(change->reason) : QString());
    m_ui->stageReason->setVisible(change && !change->reason.empty());
    m_ui->stageReason->setStyleSheet(QStringLiteral("color: #5b6472;"));
    m_ui->focusLabel->setTextFormat(Qt::RichText);
    m_ui->focusLabel->setText(tr("<b>Focus:</b> %1").arg(stageFocusText(stage).toHtmlEscaped()));
    m_ui->focusLabel->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border-left: 3px solid %2; padding: 6px 8px; }")
            .arg(tint(stageColour(stage), 0.12).name(), stageColour(stage).name()));
}

void CustomerDetailView::fillProfile() {
    const Customer& c = m_records->customer;
    const Currency& currency = m_session->database().currency();
    setValue(m_ui->codeValue, toQ(c.code));
    setValue(m_ui->kindValue, kindName(c.kind));
    setValue(m_ui->industryValue, toQ(c.industry));
    setValue(m_ui->regionValue, toQ(c.region));
    setValue(m_ui->addressValue, toQ(c.address));
    setValue(m_ui->phoneValue, toQ(c.phone));
    setValue(m_ui->emailValue, toQ(c.email));
    setValue(m_ui->ownerValue, toQ(c.owner));
    setValue(m_ui->tagsValue, tagChips(c.tags), Qt::RichText);
    setValue(m_ui->createdValue, dateText(c.createdOn));
    setValue(m_ui->companyStageValue, c.companyStage ? companyStageName(*c.companyStage) : QString());
    setValue(m_ui->annualSpendValue,
                    c.annualCategorySpend ? moneyText(*c.annualCategorySpend, currency) : QString());
    setValue(m_ui->birthdayValue, dateText(c.birthday));
    setValue(m_ui->primaryContactValue, primaryContactText());
    setValue(m_ui->notesValue, toQ(c.notes));
    const bool organisation = c.kind == CustomerKind::Organisation;
    m_ui->profileForm->setRowVisible(m_ui->companyStageValue, organisation);
    m_ui->profileForm->setRowVisible(m_ui->annualSpendValue, organisation);
    m_ui->profileForm->setRowVisible(m_ui->primaryContactValue, organisation);
    m_ui->profileForm->setRowVisible(m_ui->birthdayValue, !organisation);
}

QString CustomerDetailView::primaryContactText() const {
    for (const Contact& contact : m_records->contacts)
        if (contact.primary)
            return joinedNonEmpty({toQ(contact.name), contactRoleName(contact.role), toQ(contact.phone)});
    return {};
}

} // namespace crm::ui
