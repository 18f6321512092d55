#include "edit/interaction_dialog.h"

#include "crm/validation.h"
#include "edit/record_text.h"
#include "list/domain_text.h"
#include "ui_interaction_dialog.h"

namespace crm::ui {

InteractionDialog::InteractionDialog(const Interaction& interaction,
                                     const std::vector<Contact>& contacts,
                                     const QString& customerName, QWidget* parent)
    : EditDialog(parent), m_ui(std::make_unique<Ui::InteractionDialog>()), m_original(interaction) {
    m_ui->setupUi(this);
    setUpChecks(m_ui->buttonBox, m_ui->generalError);
    fillInteractionTypes(m_ui->typeCombo);
    fillComplaintStatuses(m_ui->statusCombo);
    load(interaction, contacts);
    watchFields();
    showComplaintFields();
    setWindowTitle(interaction.id ? tr("Edit interaction with %1").arg(customerName)
                                  : tr("New interaction with %1").arg(customerName));
    if (interaction.id)
        touchAll();
    revalidate();
}

InteractionDialog::~InteractionDialog() = default;

void InteractionDialog::load(const Interaction& i, const std::vector<Contact>& contacts) {
    selectValue(m_ui->typeCombo, std::optional(i.type));
    m_ui->dateEdit->setDate(toQDate(i.date));
    m_ui->timeEdit->setTime(QTime(i.minuteOfDay / 60, i.minuteOfDay % 60));
    m_ui->contactCombo->addItem(tr("(none)"));
    for (const Contact& c : contacts)
        m_ui->contactCombo->addItem(toQ(c.name), QVariant::fromValue<qint64>(c.id));
    if (i.contactId)
        m_ui->contactCombo->setCurrentIndex(
            m_ui->contactCombo->findData(QVariant::fromValue<qint64>(*i.contactId)));
    m_ui->contactCombo->setEnabled(!contacts.empty());
    m_ui->subjectEdit->setText(toQ(i.subject));
    m_ui->notesEdit->setPlainText(toQ(i.text));
    m_ui->outcomeEdit->setText(toQ(i.outcome));
    selectValue(m_ui->statusCombo,
                std::optional(i.complaintStatus.value_or(ComplaintStatus::Open)));
    m_ui->resolutionEdit->setPlainText(toQ(i.resolution));
    m_ui->loggedByEdit->setText(toQ(i.loggedBy));
}

void InteractionDialog::watchFields() {
    watch("type", m_ui->typeCombo);
    watch("date", m_ui->dateEdit);
    watch("time", m_ui->timeEdit);
    watch("contact", m_ui->contactCombo);
    watch("subject", m_ui->subjectEdit);
    watch("text", m_ui->notesEdit);
    watch("outcome", m_ui->outcomeEdit);
    watch("status", m_ui->statusCombo);
    watch("resolution", m_ui->resolutionEdit);
    watch("logged_by", m_ui->loggedByEdit);
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this,
            &InteractionDialog::showComplaintFields);
}

void InteractionDialog::showComplaintFields() {
    const bool complaint =
        currentValue<InteractionType>(m_ui->typeCombo) == InteractionType::Complaint;
    errorLabels().setFieldVisible("status", complaint);
    errorLabels().setFieldVisible("resolution", complaint);
}

Interaction InteractionDialog::interaction() const {
    Interaction i = m_original;
    i.type = currentValue<InteractionType>(m_ui->typeCombo).value_or(InteractionType::Note);
    i.date = fromQDate(m_ui->dateEdit->date());
    const QTime time = m_ui->timeEdit->time();
    i.minuteOfDay = time.hour() * 60 + time.minute();
    const QVariant contact = m_ui->contactCombo->currentData();
    i.contactId = contact.isValid() ? std::optional(contact.value<qint64>()) : std::nullopt;
    i.subject = toStd(m_ui->subjectEdit->text().trimmed());
    i.text = toStd(m_ui->notesEdit->toPlainText());
    i.outcome = toStd(m_ui->outcomeEdit->text().trimmed());
    i.loggedBy = toStd(m_ui->loggedByEdit->text().trimmed());
    const bool complaint = i.type == InteractionType::Complaint;
    i.complaintStatus = complaint ? currentValue<ComplaintStatus>(m_ui->statusCombo) : std::nullopt;
    i.resolution = complaint ? toStd(m_ui->resolutionEdit->toPlainText()) : std::string();
    return i;
}

EditDialog::Errors InteractionDialog::check() const {
    return validate(interaction());
}

EditDialog::Errors InteractionDialog::submit() {
    return m_submit ? m_submit(interaction()) : Errors{};
}

} // namespace crm::ui
