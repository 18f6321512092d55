#pragma once
// What is wrong with each field of a dialog, shown in a small red line right
// under the field. Fields are named by the domain's keys (validation.h:
// "email", "code"...), so the domain's errors land next to their field.
#include "crm/errors.h"

#include <QCoreApplication>
#include <QString>
#include <map>
#include <set>
#include <string>
#include <vector>

class QFormLayout;
class QLabel;
class QWidget;

namespace crm::ui {

// A domain FieldError's message as the user reads it, translated where the
// message is one the domain is known to give (else the domain's English).
QString fieldErrorText(const FieldError& error);

// "code: a customer with code 'X' already exists" -> {"code", "a customer..."}:
// the store's ConflictError names its field that way. Empty field otherwise.
FieldError splitFieldMessage(const std::string& message);

class FieldErrorLabels {
    Q_DECLARE_TR_FUNCTIONS(FieldErrorLabels)
public:
    // Adds the (hidden) error line under `input`, which must sit in a
    // QFormLayout (directly or in a layout of the field column).
    void attach(const std::string& field, QWidget* input);
    // Shows each error under its field, but only for fields the user has
    // touched (an empty new form does not start out scolding); errors of
    // unknown fields are returned for the dialog to show elsewhere.
    std::vector<FieldError> show(const std::vector<FieldError>& errors);
    void touch(const std::string& field) { m_touched.insert(field); }
    void touchAll();
    // Hides the row of the field and its error line (kind-specific fields).
    void setFieldVisible(const std::string& field, bool visible);
    QLabel* label(const std::string& field) const;

private:
    struct Entry {
        QWidget* input = nullptr;
        QFormLayout* form = nullptr;
        QLabel* label = nullptr;
        bool visible = true;
    };
    std::map<std::string, Entry> m_fields;
    std::set<std::string> m_touched;
};

} // namespace crm::ui
