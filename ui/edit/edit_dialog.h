#pragma once
// What every add/edit dialog shares: it checks the record as the user types
// (the domain's validation, so the rules are the store's), says what is
// wrong under each field, enables OK only when all is valid, and on OK hands
// the record to the controller, showing the store's errors (code taken...)
// next to their field and staying open when the store refused.
#include "crm/errors.h"
#include "edit/field_errors.h"

#include <QDialog>
#include <functional>
#include <string>
#include <vector>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace crm::ui {

class EditDialog : public QDialog {
    Q_OBJECT
public:
    using Errors = std::vector<FieldError>;

    // True when the record in the fields is valid (what enables OK).
    bool isValid() const { return m_valid; }
    // The message shown under a field ("" when none): for tests.
    QString errorText(const std::string& field) const;

public slots:
    void accept() override;
    // Checks again and updates the messages and the OK button.
    void revalidate();

protected:
    explicit EditDialog(QWidget* parent);

    // Call once setupUi is done: OK of `buttons`, and a line for errors
    // that belong to no field.
    void setUpChecks(QDialogButtonBox* buttons, QLabel* generalError);
    // The field's input: an error line under it, and a re-check on change.
    void watch(const std::string& field, QLineEdit* input);
    void watch(const std::string& field, QPlainTextEdit* input);
    void watch(const std::string& field, QComboBox* input);
    void watch(const std::string& field, QDateEdit* input);
    void watch(const std::string& field, QTimeEdit* input);
    void watch(const std::string& field, QCheckBox* input);
    // Existing records show what is wrong at once; new ones once touched.
    void touchAll() { m_errors.touchAll(); }
    FieldErrorLabels& errorLabels() { return m_errors; }

    // What is wrong with the fields now (parse errors and validate()).
    virtual Errors check() const = 0;
    // Stores the record; the store's errors (empty: done, the dialog closes).
    virtual Errors submit() = 0;

private:
    void edited(const std::string& field);
    void showErrors(const Errors& errors);

    FieldErrorLabels m_errors;
    Errors m_storeErrors; // shown until their field is edited
    QAbstractButton* m_ok = nullptr;
    QLabel* m_generalError = nullptr;
    bool m_valid = false;
};

// Runs a store call; its domain errors as field errors (empty: it worked).
EditDialog::Errors storeErrors(const std::function<void()>& call);

} // namespace crm::ui
