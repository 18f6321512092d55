#include "edit/field_errors.h"

#include <QFormLayout>
#include <QLabel>
#include <utility>

namespace crm::ui {

namespace {

// The form layout (searched from `layout` down) holding `input`, and its row.
QFormLayout* findForm(QLayout* layout, QWidget* input, int* row) {
    if (!layout)
        return nullptr;
    if (auto* form = qobject_cast<QFormLayout*>(layout)) {
        for (int r = 0; r < form->rowCount(); ++r) {
            QLayoutItem* item = form->itemAt(r, QFormLayout::FieldRole);
            if (item && (item->widget() == input ||
                         (item->layout() && item->layout()->indexOf(input) >= 0))) {
                *row = r;
                return form;
            }
        }
    }
    for (int i = 0; i < layout->count(); ++i)
        if (QFormLayout* found = findForm(layout->itemAt(i)->layout(), input, row))
            return found;
    return nullptr;
}

QFormLayout* findForm(QWidget* input, int* row) {
    for (QWidget* w = input->parentWidget(); w; w = w->parentWidget())
        if (QFormLayout* form = findForm(w->layout(), input, row))
            return form;
    return nullptr;
}

// The quoted part of "'x@' is not an email address".
QString quoted(const std::string& message) {
    const auto first = message.find('\'');
    const auto last = message.rfind('\'');
    if (first == std::string::npos || last <= first)
        return {};
    return QString::fromStdString(message.substr(first + 1, last - first - 1));
}

bool has(const std::string& message, const char* part) {
    return message.find(part) != std::string::npos;
}

} // namespace

QString fieldErrorText(const FieldError& error) {
    const std::string& m = error.message;
    if (m == "is required")
        return FieldErrorLabels::tr("Required.");
    if (has(m, "is not an email address"))
        return FieldErrorLabels::tr("\"%1\" is not an email address.").arg(quoted(m));
    if (has(m, "is not a phone number"))
        return FieldErrorLabels::tr("\"%1\" is not a phone number.").arg(quoted(m));
    if (has(m, "must be 1 to 64 letters"))
        return FieldErrorLabels::tr("Use 1 to 64 letters, digits or - _ . / (no spaces).");
    if (has(m, "is not a usable tag"))
        return FieldErrorLabels::tr("\"%1\" is not a usable tag (1 to 64 characters).")
            .arg(quoted(m));
    if (has(m, "already exists") && error.field == "code")
        return FieldErrorLabels::tr("Another customer already has the code \"%1\".").arg(quoted(m));
    if (has(m, "already has a transaction with reference"))
        return FieldErrorLabels::tr("This customer already has a transaction with this reference.");
    if (m.starts_with("is longer than"))
        return FieldErrorLabels::tr("Too long.");
    if (m == "contains control characters" || m == "is not valid UTF-8 text")
        return FieldErrorLabels::tr("Contains characters that cannot be stored.");
    if (m == "cannot be negative")
        return FieldErrorLabels::tr("Cannot be negative.");
    if (m == "is not a date")
        return FieldErrorLabels::tr("Not a date.");
    if (m == "a subject or a text is required")
        return FieldErrorLabels::tr("Enter a subject or notes.");
    return QString::fromStdString(m);
}

FieldError splitFieldMessage(const std::string& message) {
    const auto colon = message.find(": ");
    if (colon == std::string::npos || colon == 0 || message.find_first_of(" '", 0) < colon)
        return {"", message};
    return {message.substr(0, colon), message.substr(colon + 2)};
}

void FieldErrorLabels::attach(const std::string& field, QWidget* input) {
    int row = -1;
    QFormLayout* form = findForm(input, &row);
    Q_ASSERT_X(form, "FieldErrorLabels::attach", "the input is not in a form layout");
    if (!form)
        return;
    auto* label = new QLabel;
    label->setObjectName(QString::fromStdString(field) + QStringLiteral("Error"));
    label->setWordWrap(true);
    // Expanding: a form only widens fields that ask for it, and a wrapped
    // line is easier to read across the field's whole width.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    label->setPalette(palette);
    form->insertRow(row + 1, QString(), label);
    form->setRowVisible(label, false);
    m_fields[field] = Entry{input, form, label, true};
}

std::vector<FieldError> FieldErrorLabels::show(const std::vector<FieldError>& errors) {
    std::map<std::string, QString> messages;
    std::vector<FieldError> elsewhere;
    for (const FieldError& e : errors) {
        if (!m_fields.contains(e.field))
            elsewhere.push_back(e);
        else if (m_touched.contains(e.field) && !messages.contains(e.field))
            messages[e.field] = fieldErrorText(e);
    }
    for (auto& [field, entry] : m_fields) {
        const QString text = messages.contains(field) ? messages[field] : QString();
        entry.label->setText(text);
        entry.form->setRowVisible(entry.label, entry.visible && !text.isEmpty());
    }
    return elsewhere;
}

void FieldErrorLabels::touchAll() {
    for (const auto& entry : m_fields)
        m_touched.insert(entry.first);
}

void FieldErrorLabels::setFieldVisible(const std::string& field, bool visible) {
    const auto it = m_fields.find(field);
    if (it == m_fields.end())
        return;
    Entry& entry = it->second;
    entry.visible = visible;
    int row = -1;
    if (findForm(entry.input, &row) == entry.form)
        entry.form->setRowVisible(row, visible);
    entry.form->setRowVisible(entry.label, visible && !entry.label->text().isEmpty());
}

QLabel* FieldErrorLabels::label(const std::string& field) const {
    const auto it = m_fields.find(field);
    return it == m_fields.end() ? nullptr : it->second.label;
}

} // namespace crm::ui
