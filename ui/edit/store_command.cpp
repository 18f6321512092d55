#include "edit/store_command.h"

#include "crm/errors.h"
#include "edit/message_box.h"
#include "main/session.h"

#include <QCoreApplication>

namespace crm::ui {

StoreCommand::StoreCommand(Session* session, QWidget* messageParent, qint64 customerId,
                           const QString& text, Step redo, Step undo)
    : QUndoCommand(text), m_session(session), m_messageParent(messageParent),
      m_customerId(customerId), m_redo(std::move(redo)), m_undo(std::move(undo)) {}

void StoreCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    run(m_redo, QCoreApplication::translate("StoreCommand", "Cannot redo \"%1\"").arg(text()));
}

void StoreCommand::undo() {
    run(m_undo, QCoreApplication::translate("StoreCommand", "Cannot undo \"%1\"").arg(text()));
}

void StoreCommand::run(const Step& step, const QString& failure) {
    if (!m_session->isOpen()) {
        setObsolete(true);
        return;
    }
    try {
        step();
    } catch (const Error& e) {
        setObsolete(true);
        MessageBox::warning(m_messageParent, failure, QString::fromStdString(e.what()));
    }
    if (m_customerId)
        m_session->notifyCustomerChanged(m_customerId);
    else
        m_session->notifyCustomersChanged();
}

} // namespace crm::ui
