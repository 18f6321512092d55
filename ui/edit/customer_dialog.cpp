#include "edit/customer_dialog.h"

#include "crm/validation.h"
#include "edit/money_input.h"
#include "edit/record_text.h"
#include "list/domain_text.h"
#include "ui_customer_dialog.h"

#include <QRegularExpression>
#include <algorithm>

namespace crm::ui {

CustomerDialog::CustomerDialog(const Customer& customer, const Currency& currency, QWidget* parent)
    : EditDialog(parent), m_ui(std::make_unique<Ui::CustomerDialog>()), m_original(customer),
      m_currency(currency) {
    m_ui->setupUi(this);
    setUpChecks(m_ui->buttonBox, m_ui->generalError);
    fillCustomerKinds(m_ui->kindCombo);
    fillCompanyStages(m_ui->companyStageCombo);
    m_ui->annualSpendCurrency->setText(toQ(m_currency.code));
    load(customer);
    watchFields(); // after load: loading is not the user touching the fields
    showKindFields();
    setWindowTitle(customer.id ? tr("Edit customer %1").arg(toQ(customer.name))
                               : tr("New customer"));
    if (customer.id)
        touchAll();
    revalidate();
}

CustomerDialog::~CustomerDialog() = default;

void CustomerDialog::watchFields() {
    watch("code", m_ui->codeEdit);
    watch("kind", m_ui->kindCombo);
    watch("name", m_ui->nameEdit);
    watch("industry", m_ui->industryEdit);
    watch("region", m_ui->regionEdit);
    watch("owner", m_ui->ownerEdit);
    watch("tags", m_ui->tagsEdit);
    watch("created", m_ui->createdEdit);
    watch("company_stage", m_ui->companyStageCombo);
    watch("annual_spend", m_ui->annualSpendEdit);
    watch("birthday", m_ui->birthdayEdit);
    watch("birthday", m_ui->birthdayKnown);
    watch("email", m_ui->emailEdit);
    watch("phone", m_ui->phoneEdit);
    watch("address", m_ui->addressEdit);
    watch("notes", m_ui->notesEdit);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this,
            &CustomerDialog::showKindFields);
    connect(m_ui->birthdayKnown, &QCheckBox::toggled, m_ui->birthdayEdit, &QWidget::setEnabled);
}

void CustomerDialog::load(const Customer& c) {
    m_ui->codeEdit->setText(toQ(c.code));
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(static_cast<int>(c.kind)));
    m_ui->nameEdit->setText(toQ(c.name));
    m_ui->industryEdit->setText(toQ(c.industry));
    m_ui->regionEdit->setText(toQ(c.region));
    m_ui->ownerEdit->setText(toQ(c.owner));
    QStringList tags;
    for (const auto& tag : c.tags)
        tags << toQ(tag);
    m_ui->tagsEdit->setText(tags.join(QStringLiteral(", ")));
    m_ui->createdEdit->setDate(toQDate(c.createdOn));
    selectValue(m_ui->companyStageCombo, c.companyStage);
    if (c.annualCategorySpend)
        m_ui->annualSpendEdit->setText(moneyInputText(*c.annualCategorySpend, m_currency.decimals));
    m_ui->birthdayKnown->setChecked(c.birthday.has_value());
    m_ui->birthdayEdit->setEnabled(c.birthday.has_value());
    m_ui->birthdayEdit->setDate(c.birthday ? toQDate(*c.birthday) : QDate(1980, 1, 1));
    m_ui->emailEdit->setText(toQ(c.email));
    m_ui->phoneEdit->setText(toQ(c.phone));
    m_ui->addressEdit->setText(toQ(c.address));
    m_ui->notesEdit->setPlainText(toQ(c.notes));
}

void CustomerDialog::showKindFields() {
    const bool organisation =
        currentValue<CustomerKind>(m_ui->kindCombo) == CustomerKind::Organisation;
    errorLabels().setFieldVisible("company_stage", organisation);
    errorLabels().setFieldVisible("annual_spend", organisation);
    errorLabels().setFieldVisible("birthday", !organisation);
}

void CustomerDialog::setCodeTaken(CodeTaken taken) {
    m_codeTaken = std::move(taken);
    revalidate();
}

void CustomerDialog::setHasContacts(bool hasContacts) {
    m_hasContacts = hasContacts;
    revalidate();
}

Customer CustomerDialog::customer() const {
    Customer c = m_original;
    c.code = toStd(m_ui->codeEdit->text().trimmed());
    c.kind = currentValue<CustomerKind>(m_ui->kindCombo).value_or(CustomerKind::Organisation);
    c.name = toStd(m_ui->nameEdit->text().trimmed());
    c.industry = toStd(m_ui->industryEdit->text().trimmed());
    c.region = toStd(m_ui->regionEdit->text().trimmed());
    c.owner = toStd(m_ui->ownerEdit->text().trimmed());
    c.tags = parseTags(m_ui->tagsEdit->text());
    c.createdOn = fromQDate(m_ui->createdEdit->date());
    c.email = toStd(m_ui->emailEdit->text().trimmed());
    c.phone = toStd(m_ui->phoneEdit->text().trimmed());
    c.address = toStd(m_ui->addressEdit->text().trimmed());
    c.notes = toStd(m_ui->notesEdit->toPlainText());
    const bool organisation = c.kind == CustomerKind::Organisation;
    c.companyStage =
        organisation ? currentValue<CompanyStage>(m_ui->companyStageCombo) : std::nullopt;
    c.annualCategorySpend =
        organisation ? readMoney(m_ui->annualSpendEdit->text(), m_currency.decimals).value
                     : std::nullopt;
    c.birthday = !organisation && m_ui->birthdayKnown->isChecked()
                     ? std::optional(fromQDate(m_ui->birthdayEdit->date()))
                     : std::nullopt;
    return c;
}

EditDialog::Errors CustomerDialog::check() const {
    const Customer c = customer();
    Errors errors = validate(c);
    if (c.kind == CustomerKind::Organisation)
        addMoneyError(errors, "annual_spend",
                      readMoney(m_ui->annualSpendEdit->text(), m_currency.decimals));
    if (m_hasContacts && c.kind == CustomerKind::Person)
        errors.push_back({"kind", toStd(tr("Has contacts: only organisations have contacts. "
                                           "Delete them first."))});
    if (m_codeTaken && !c.code.empty() && c.code != m_original.code && m_codeTaken(c.code))
        errors.push_back({"code", "a customer with code '" + c.code + "' already exists"});
    return errors;
}

EditDialog::Errors CustomerDialog::submit() {
    return m_submit ? m_submit(customer()) : Errors{};
}

std::vector<std::string> parseTags(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[,;\\x{ff0c}\\x{ff1b}]"));
    std::vector<std::string> tags;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const std::string tag = toStd(part.trimmed());
        if (!tag.empty() && std::find(tags.begin(), tags.end(), tag) == tags.end())
            tags.push_back(tag);
    }
    return tags;
}

} // namespace crm::ui
