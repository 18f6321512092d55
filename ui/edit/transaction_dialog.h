#pragma once
// Add or edit a purchase or refund: date, amount and optional cost typed as
// money in the database currency, product, reference.
#include "crm/transaction.h"
#include "edit/edit_dialog.h"

#include <functional>
#include <memory>

namespace Ui {
class TransactionDialog;
}

namespace crm::ui {

class TransactionDialog : public EditDialog {
    Q_OBJECT
public:
    using Submit = std::function<Errors(const Transaction&)>;

    // `transaction`: the one to edit, or a new one's defaults (id 0).
    TransactionDialog(const Transaction& transaction, const Currency& currency,
                      const QString& customerName, QWidget* parent = nullptr);
    ~TransactionDialog() override;

    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    // Only meaningful while isValid().
    Transaction transaction() const;

protected:
    Errors check() const override;
    Errors submit() override;

private:
    void load(const Transaction& transaction);
    void watchFields();

    std::unique_ptr<Ui::TransactionDialog> m_ui;
    Transaction m_original;
    Currency m_currency;
    Submit m_submit;
};

} // namespace crm::ui
