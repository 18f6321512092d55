#include "edit/transaction_dialog.h"

#include "crm/validation.h"
#include "edit/money_input.h"
#include "list/domain_text.h"
#include "ui_transaction_dialog.h"

namespace crm::ui {

TransactionDialog::TransactionDialog(const Transaction& transaction, const Currency& currency,
                                     const QString& customerName, QWidget* parent)
    : EditDialog(parent), m_ui(std::make_unique<Ui::TransactionDialog>()), m_original(transaction),
      m_currency(currency) {
    m_ui->setupUi(this);
    setUpChecks(m_ui->buttonBox, m_ui->generalError);
    m_ui->amountCurrency->setText(toQ(currency.code));
    m_ui->costCurrency->setText(toQ(currency.code));
    load(transaction);
    watchFields();
    setWindowTitle(transaction.id ? tr("Edit transaction of %1").arg(customerName)
                                  : tr("New transaction of %1").arg(customerName));
    if (transaction.id)
        touchAll();
    revalidate();
}

TransactionDialog::~TransactionDialog() = default;

void TransactionDialog::load(const Transaction& t) {
    m_ui->dateEdit->setDate(toQDate(t.date));
    if (t.id)
        m_ui->amountEdit->setText(moneyInputText(t.amount, m_currency.decimals));
    if (t.cost)
        m_ui->costEdit->setText(moneyInputText(*t.cost, m_currency.decimals));
    m_ui->productEdit->setText(toQ(t.product));
    m_ui->referenceEdit->setText(toQ(t.reference));
}

void TransactionDialog::watchFields() {
    watch("date", m_ui->dateEdit);
    watch("amount", m_ui->amountEdit);
    watch("cost", m_ui->costEdit);
    watch("product", m_ui->productEdit);
    watch("reference", m_ui->referenceEdit);
}

Transaction TransactionDialog::transaction() const {
    Transaction t = m_original;
    t.date = fromQDate(m_ui->dateEdit->date());
    t.amount = readMoney(m_ui->amountEdit->text(), m_currency.decimals).value.value_or(0);
    t.cost = readMoney(m_ui->costEdit->text(), m_currency.decimals).value;
    t.product = toStd(m_ui->productEdit->text().trimmed());
    t.reference = toStd(m_ui->referenceEdit->text().trimmed());
    return t;
}

EditDialog::Errors TransactionDialog::check() const {
    Errors errors = validate(transaction());
    const MoneyInput amount = readMoney(m_ui->amountEdit->text(), m_currency.decimals);
    if (m_ui->amountEdit->text().trimmed().isEmpty())
        errors.push_back({"amount", "is required"});
    addMoneyError(errors, "amount", amount);
    addMoneyError(errors, "cost", readMoney(m_ui->costEdit->text(), m_currency.decimals));
    return errors;
}

EditDialog::Errors TransactionDialog::submit() {
    return m_submit ? m_submit(transaction()) : Errors{};
}

} // namespace crm::ui
