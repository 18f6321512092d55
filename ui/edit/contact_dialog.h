#pragma once
// Add or edit a contact person of an organisation: name, role in its buying,
// whether it is the primary contact, phone, email, birthday.
#include "crm/contact.h"
#include "edit/edit_dialog.h"

#include <functional>
#include <memory>

namespace Ui {
class ContactDialog;
}

namespace crm::ui {

class ContactDialog : public EditDialog {
    Q_OBJECT
public:
    using Submit = std::function<Errors(const Contact&)>;

    // `contact`: the one to edit, or a new one's defaults (id 0).
    ContactDialog(const Contact& contact, const QString& customerName, QWidget* parent = nullptr);
    ~ContactDialog() override;

    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    Contact contact() const;

protected:
    Errors check() const override;
    Errors submit() override;

private:
    void load(const Contact& contact);
    void watchFields();

    std::unique_ptr<Ui::ContactDialog> m_ui;
    Contact m_original;
    Submit m_submit;
};

} // namespace crm::ui
