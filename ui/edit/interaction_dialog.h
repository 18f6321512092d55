#pragma once
// Add or edit an entry of the contact history: type, date and time, the
// contact it was with, subject, notes, outcome; complaints also have a
// status and a resolution.
#include "crm/contact.h"
#include "crm/interaction.h"
#include "edit/edit_dialog.h"

#include <functional>
#include <memory>
#include <vector>

namespace Ui {
class InteractionDialog;
}

namespace crm::ui {

class InteractionDialog : public EditDialog {
    Q_OBJECT
public:
    using Submit = std::function<Errors(const Interaction&)>;

    // `interaction`: the one to edit, or a new one's defaults (id 0);
    // `contacts`: the customer's, to choose who it was with.
    InteractionDialog(const Interaction& interaction, const std::vector<Contact>& contacts,
                      const QString& customerName, QWidget* parent = nullptr);
    ~InteractionDialog() override;

    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    Interaction interaction() const;

protected:
    Errors check() const override;
    Errors submit() override;

private:
    void load(const Interaction& interaction, const std::vector<Contact>& contacts);
    void watchFields();
    void showComplaintFields();

    std::unique_ptr<Ui::InteractionDialog> m_ui;
    Interaction m_original;
    Submit m_submit;
};

} // namespace crm::ui
