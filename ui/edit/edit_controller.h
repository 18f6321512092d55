#pragma once
// Every add, edit and delete of the app: opens the dialog, and applies the
// change as an undoable command on the undo stack (Edit menu, Ctrl+Z).
#include "edit/record_kind.h"

#include <QObject>

class QUndoStack;
class QWidget;

namespace crm::ui {

class Session;

class EditController : public QObject {
    Q_OBJECT
public:
    // Dialogs open over `dialogParent`.
    EditController(Session* session, QWidget* dialogParent, QObject* parent = nullptr);
    ~EditController() override;

    QUndoStack* undoStack() const { return m_undo; }

    void addCustomer();
    void editCustomer(qint64 customerId);
    void deleteCustomer(qint64 customerId);
    void addContact(qint64 customerId);
    void addTransaction(qint64 customerId);
    void addInteraction(qint64 customerId);
    void addFollowUp(qint64 customerId);
    void editRecord(crm::ui::RecordKind kind, qint64 recordId);
    void deleteRecord(crm::ui::RecordKind kind, qint64 recordId);

signals:
    // A new customer was added (the list selects it).
    void customerAdded(qint64 customerId);

private:
    Session* m_session;
    QWidget* m_dialogParent;
    QUndoStack* m_undo;
};

} // namespace crm::ui
