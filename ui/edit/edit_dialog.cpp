#include "edit/edit_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <algorithm>

namespace crm::ui {

EditDialog::EditDialog(QWidget* parent) : QDialog(parent) {}

void EditDialog::setUpChecks(QDialogButtonBox* buttons, QLabel* generalError) {
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_generalError = generalError;
    QPalette palette = generalError->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    generalError->setPalette(palette);
    generalError->setWordWrap(true);
    generalError->hide();
    connect(buttons, &QDialogButtonBox::accepted, this, &EditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditDialog::reject);
}

void EditDialog::watch(const std::string& field, QLineEdit* input) {
    m_errors.attach(field, input);
    connect(input, &QLineEdit::textChanged, this, [this, field] { edited(field); });
}

void EditDialog::watch(const std::string& field, QPlainTextEdit* input) {
    m_errors.attach(field, input);
    connect(input, &QPlainTextEdit::textChanged, this, [this, field] { edited(field); });
}

void EditDialog::watch(const std::string& field, QComboBox* input) {
    m_errors.attach(field, input);
    connect(input, &QComboBox::currentIndexChanged, this, [this, field] { edited(field); });
}

void EditDialog::watch(const std::string& field, QDateEdit* input) {
    m_errors.attach(field, input);
    connect(input, &QDateEdit::dateChanged, this, [this, field] { edited(field); });
}

void EditDialog::watch(const std::string& field, QTimeEdit* input) {
    m_errors.attach(field, input);
    connect(input, &QTimeEdit::timeChanged, this, [this, field] { edited(field); });
}

void EditDialog::watch(const std::string& field, QCheckBox* input) {
    connect(input, &QCheckBox::toggled, this, [this, field] { edited(field); });
}

void EditDialog::edited(const std::string& field) {
    m_errors.touch(field);
    std::erase_if(m_storeErrors, [&](const FieldError& e) { return e.field == field; });
    revalidate();
}

void EditDialog::revalidate() {
    const Errors errors = check();
    m_valid = errors.empty();
    if (m_ok)
        m_ok->setEnabled(m_valid);
    Errors shown = m_storeErrors;
    shown.insert(shown.end(), errors.begin(), errors.end());
    showErrors(shown);
}

void EditDialog::showErrors(const Errors& errors) {
    QStringList elsewhere;
    for (const FieldError& e : m_errors.show(errors)) {
        const QString text = fieldErrorText(e);
        elsewhere << (e.field.empty()
                          ? text
                          : QString::fromStdString(e.field) + QStringLiteral(": ") + text);
    }
    if (m_generalError) {
        m_generalError->setText(elsewhere.join(QLatin1Char('\n')));
        m_generalError->setVisible(!elsewhere.isEmpty());
    }
}

QString EditDialog::errorText(const std::string& field) const {
    const QLabel* label = m_errors.label(field);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

void EditDialog::accept() {
    revalidate();
    if (!m_valid)
        return;
    m_storeErrors = submit();
    if (m_storeErrors.empty()) {
        QDialog::accept();
        return;
    }
    for (const FieldError& e : m_storeErrors)
        m_errors.touch(e.field);
    revalidate();
}

EditDialog::Errors storeErrors(const std::function<void()>& call) {
    try {
        call();
        return {};
    } catch (const ValidationError& e) {
        return e.errors();
    } catch (const Error& e) {
        // ConflictError and NotFoundError name their field as "field: ...".
        return {splitFieldMessage(e.what())};
    } catch (const std::exception& e) {
        // SQLite's own (the file busy, full or damaged), said in our words.
        if (const auto store = storeErrorFor(e))
            return {FieldError{"", store->what()}};
        throw;
    }
}

} // namespace crm::ui
