#include "edit/follow_up_dialog.h"

#include "crm/validation.h"
#include "list/domain_text.h"
#include "ui_follow_up_dialog.h"

namespace crm::ui {

FollowUpDialog::FollowUpDialog(const FollowUp& followUp, const Date& today,
                               const QString& customerName, QWidget* parent)
    : EditDialog(parent), m_ui(std::make_unique<Ui::FollowUpDialog>()), m_original(followUp) {
    m_ui->setupUi(this);
    setUpChecks(m_ui->buttonBox, m_ui->generalError);
    load(followUp, today);
    watchFields();
    setWindowTitle(followUp.id ? tr("Edit follow-up of %1").arg(customerName)
                               : tr("New follow-up of %1").arg(customerName));
    if (followUp.id)
        touchAll();
    revalidate();
}

FollowUpDialog::~FollowUpDialog() = default;

void FollowUpDialog::load(const FollowUp& f, const Date& today) {
    m_ui->dueEdit->setDate(toQDate(f.due));
    m_ui->subjectEdit->setText(toQ(f.subject));
    m_ui->doneCheck->setChecked(f.done.has_value());
    m_ui->doneEdit->setDate(toQDate(f.done.value_or(today)));
    m_ui->doneEdit->setEnabled(f.done.has_value());
}

void FollowUpDialog::watchFields() {
    watch("due", m_ui->dueEdit);
    watch("subject", m_ui->subjectEdit);
    watch("done", m_ui->doneEdit);
    watch("done", m_ui->doneCheck);
    connect(m_ui->doneCheck, &QCheckBox::toggled, m_ui->doneEdit, &QWidget::setEnabled);
}

FollowUp FollowUpDialog::followUp() const {
    FollowUp f = m_original;
    f.due = fromQDate(m_ui->dueEdit->date());
    f.subject = toStd(m_ui->subjectEdit->text().trimmed());
    f.done = m_ui->doneCheck->isChecked() ? std::optional(fromQDate(m_ui->doneEdit->date()))
                                          : std::nullopt;
    return f;
}

EditDialog::Errors FollowUpDialog::check() const {
    return validate(followUp());
}

EditDialog::Errors FollowUpDialog::submit() {
    return m_submit ? m_submit(followUp()) : Errors{};
}

} // namespace crm::ui
