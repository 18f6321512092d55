#pragma once
// Add or edit a customer: identity, kind-specific fields (company stage and
// annual category spend for organisations, birthday for persons), tags,
// contact details and notes. Checks as the user types, code clash included.
#include "crm/customer.h"
#include "edit/edit_dialog.h"

#include <functional>
#include <memory>

namespace Ui {
class CustomerDialog;
}

namespace crm::ui {

class CustomerDialog : public EditDialog {
    Q_OBJECT
public:
    using Submit = std::function<Errors(const Customer&)>;
    using CodeTaken = std::function<bool(const std::string& code)>;

    // `customer`: the one to edit, or a new one's defaults (id 0).
    CustomerDialog(const Customer& customer, const Currency& currency, QWidget* parent = nullptr);
    ~CustomerDialog() override;

    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    // Lets the dialog say "code taken" while the user types it.
    void setCodeTaken(CodeTaken taken);
    // An organisation with contacts cannot become a person (persons have none).
    void setHasContacts(bool hasContacts);
    // The customer as the fields say (id and stage as given).
    Customer customer() const;

protected:
    Errors check() const override;
    Errors submit() override;

private:
    void watchFields();
    void load(const Customer& customer);
    void showKindFields();

    std::unique_ptr<Ui::CustomerDialog> m_ui;
    Customer m_original;
    Currency m_currency;
    Submit m_submit;
    CodeTaken m_codeTaken;
    bool m_hasContacts = false;
};

// "vip, key-account，北京" -> {"vip", "key-account", "北京"}: commas (also
// the full-width one) and semicolons separate; blanks and repeats dropped.
std::vector<std::string> parseTags(const QString& text);

} // namespace crm::ui
