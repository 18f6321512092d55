#include "edit/edit_controller.h"

#include "crm/customer_merge.h"
#include "crm/errors.h"
#include "crm/store/contact_store.h"
#include "crm/store/customer_store.h"
#include "crm/store/database.h"
#include "edit/customer_dialog.h"
#include "edit/edit_commands.h"
#include "edit/message_box.h"
#include "list/domain_text.h"
#include "main/app_settings.h"
#include "main/session.h"

#include <QUndoStack>

namespace crm::ui {

EditController::EditController(Session* session, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_session(session), m_dialogParent(dialogParent),
      m_undo(new QUndoStack(this)) {}

EditController::~EditController() = default;

bool EditController::canEdit() const {
    if (!m_session->isOpen())
        return false;
    if (!m_session->isReadOnly())
        return true;
    MessageBox::information(m_dialogParent, tr("Read-only file"),
                            tr("This file is read-only, so it cannot be changed. Open a copy "
                               "you may write to, or ask for write access."));
    return false;
}

const Database& EditController::db() const {
    return m_session->database();
}

QString EditController::customerName(qint64 customerId) const {
    const auto customer = CustomerStore(db()).find(customerId);
    return customer ? toQ(customer->name) : QString();
}

void EditController::show(EditDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void EditController::reportErrors(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        MessageBox::warning(m_dialogParent, tr("The change was not made"),
                            QString::fromStdString(e.what()));
    } catch (const std::exception& e) {
        const auto store = storeErrorFor(e); // SQLite's own, in our words
        if (!store)
            throw;
        MessageBox::warning(m_dialogParent, tr("The change was not made"),
                            QString::fromStdString(store->what()));
    }
}

CustomerDialog* EditController::customerDialog(const Customer& customer) {
    auto* dialog = new CustomerDialog(customer, db().currency(), m_dialogParent);
    dialog->setCodeTaken([this](const std::string& code) {
        return CustomerStore(db()).findByCode(code).has_value();
    });
    return dialog;
}

void EditController::addCustomer() {
    if (!canEdit())
        return;
    Customer fresh;
    fresh.createdOn = m_session->today();
    fresh.owner = toStd(AppSettings::currentUser());
    CustomerDialog* dialog = customerDialog(fresh);
    dialog->setSubmit([this](const Customer& customer) {
        return storeErrors([&] {
            const qint64 id = CustomerStore(db()).add(customer);
            m_undo->push(addCustomerCommand(m_session, m_dialogParent, id,
                                            tr("Add customer %1").arg(toQ(customer.name)))
                             .release());
            m_session->notifyCustomerChanged(id);
            emit customerAdded(id);
        });
    });
    show(dialog);
}

void EditController::editCustomer(qint64 customerId) {
    if (!canEdit())
        return;
    reportErrors([&] {
        const auto found = CustomerStore(db()).find(customerId);
        if (!found)
            throw NotFoundError("customer " + std::to_string(customerId) + " not found");
        const Customer before = *found;
        CustomerDialog* dialog = customerDialog(before);
        dialog->setHasContacts(!ContactStore(db()).listFor(customerId).empty());
        dialog->setSubmit([this, before](const Customer& edited) {
            return storeErrors([&] {
                // Only what the user changed goes over what is stored now:
                // another window or `crm` may have changed other fields.
                WriteTransaction tx(db());
                CustomerStore store(db());
                const auto current = store.find(edited.id);
                if (!current)
                    throw NotFoundError("customer: it was deleted meanwhile");
                const Customer after = mergeEdit(before, edited, *current);
                store.update(after);
                tx.commit();
                m_undo->push(editCustomerCommand(m_session, m_dialogParent, *current, after,
                                                 tr("Edit customer %1").arg(toQ(after.name)))
                                 .release());
                m_session->notifyCustomerChanged(after.id);
            });
        });
        show(dialog);
    });
}

void EditController::deleteCustomer(qint64 customerId) {
    if (!canEdit())
        return;
    reportErrors([&] {
        const CustomerSnapshot before = RecordRestore(db()).readCustomer(customerId);
        const QString name = toQ(before.customer.name);
        const QString question =
            tr("Delete the customer %1 with all its contacts, transactions, interactions and "
               "follow-ups?\n\nYou can undo this with Edit > Undo.")
                .arg(name);
        if (MessageBox::question(m_dialogParent, tr("Delete customer"), question) !=
            QMessageBox::Yes)
            return;
        CustomerStore(db()).remove(customerId);
        m_undo->push(deleteCustomerCommand(m_session, m_dialogParent, before,
                                           tr("Delete customer %1").arg(name))
                         .release());
        m_session->notifyCustomerChanged(customerId);
    });
}

} // namespace crm::ui
