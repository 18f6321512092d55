#include "edit/edit_controller.h"

#include <QUndoStack>

namespace crm::ui {

// Placeholder until the dialogs and commands are built (issue 5).
EditController::EditController(Session* session, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_session(session), m_dialogParent(dialogParent),
      m_undo(new QUndoStack(this)) {}
EditController::~EditController() = default;
void EditController::addCustomer() {}
void EditController::editCustomer(qint64) {}
void EditController::deleteCustomer(qint64) {}
void EditController::addContact(qint64) {}
void EditController::addTransaction(qint64) {}
void EditController::addInteraction(qint64) {}
void EditController::addFollowUp(qint64) {}
void EditController::editRecord(RecordKind, qint64) {}
void EditController::deleteRecord(RecordKind, qint64) {}

} // namespace crm::ui
