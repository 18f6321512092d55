#pragma once
// Add or edit a follow-up: when it is due, what is to be done, and whether
// (and when) it was done.
#include "crm/interaction.h"
#include "edit/edit_dialog.h"

#include <functional>
#include <memory>

namespace Ui {
class FollowUpDialog;
}

namespace crm::ui {

class FollowUpDialog : public EditDialog {
    Q_OBJECT
public:
    using Submit = std::function<Errors(const FollowUp&)>;

    // `followUp`: the one to edit, or a new one's defaults (id 0); `today`
    // is the date a follow-up is marked done on by default.
    FollowUpDialog(const FollowUp& followUp, const Date& today, const QString& customerName,
                   QWidget* parent = nullptr);
    ~FollowUpDialog() override;

    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    FollowUp followUp() const;

protected:
    Errors check() const override;
    Errors submit() override;

private:
    void load(const FollowUp& followUp, const Date& today);
    void watchFields();

    std::unique_ptr<Ui::FollowUpDialog> m_ui;
    FollowUp m_original;
    Submit m_submit;
};

} // namespace crm::ui
