#include "edit/contact_dialog.h"

#include "crm/validation.h"
#include "edit/record_text.h"
#include "list/domain_text.h"
#include "ui_contact_dialog.h"

namespace crm::ui {

ContactDialog::ContactDialog(const Contact& contact, const QString& customerName, QWidget* parent)
    : EditDialog(parent), m_ui(std::make_unique<Ui::ContactDialog>()), m_original(contact) {
    m_ui->setupUi(this);
    setUpChecks(m_ui->buttonBox, m_ui->generalError);
    fillContactRoles(m_ui->roleCombo);
    load(contact);
    watchFields();
    setWindowTitle(contact.id ? tr("Edit contact of %1").arg(customerName)
                              : tr("New contact of %1").arg(customerName));
    if (contact.id)
        touchAll();
    revalidate();
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::load(const Contact& c) {
    m_ui->nameEdit->setText(toQ(c.name));
    selectValue(m_ui->roleCombo, std::optional(c.role));
    m_ui->primaryCheck->setChecked(c.primary);
    m_ui->phoneEdit->setText(toQ(c.phone));
    m_ui->emailEdit->setText(toQ(c.email));
    m_ui->birthdayKnown->setChecked(c.birthday.has_value());
    m_ui->birthdayEdit->setEnabled(c.birthday.has_value());
    m_ui->birthdayEdit->setDate(c.birthday ? toQDate(*c.birthday) : QDate(1980, 1, 1));
}

void ContactDialog::watchFields() {
    watch("name", m_ui->nameEdit);
    watch("role", m_ui->roleCombo);
    watch("primary", m_ui->primaryCheck);
    watch("phone", m_ui->phoneEdit);
    watch("email", m_ui->emailEdit);
    watch("birthday", m_ui->birthdayEdit);
    watch("birthday", m_ui->birthdayKnown);
    connect(m_ui->birthdayKnown, &QCheckBox::toggled, m_ui->birthdayEdit, &QWidget::setEnabled);
}

Contact ContactDialog::contact() const {
    Contact c = m_original;
    c.name = toStd(m_ui->nameEdit->text().trimmed());
    c.role = currentValue<ContactRole>(m_ui->roleCombo).value_or(ContactRole::Other);
    c.primary = m_ui->primaryCheck->isChecked();
    c.phone = toStd(m_ui->phoneEdit->text().trimmed());
    c.email = toStd(m_ui->emailEdit->text().trimmed());
    c.birthday = m_ui->birthdayKnown->isChecked()
                     ? std::optional(fromQDate(m_ui->birthdayEdit->date()))
                     : std::nullopt;
    return c;
}

EditDialog::Errors ContactDialog::check() const {
    return validate(contact());
}

EditDialog::Errors ContactDialog::submit() {
    return m_submit ? m_submit(contact()) : Errors{};
}

} // namespace crm::ui
