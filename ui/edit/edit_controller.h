#pragma once
// Every add, edit and delete of the app: opens the dialog, and applies the
// change as an undoable command on the undo stack (Edit menu, Ctrl+Z).
// Read-only files are refused with a message.
#include "edit/edit_dialog.h"
#include "edit/record_kind.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QUndoStack;
class QWidget;

namespace crm {
class Database;
struct Customer;
} // namespace crm

namespace crm::ui {

class CustomerDialog;
class Session;

class EditController : public QObject {
    Q_OBJECT
public:
    // Dialogs open over `dialogParent`.
    EditController(Session* session, QWidget* dialogParent, QObject* parent = nullptr);
    ~EditController() override;

    QUndoStack* undoStack() const { return m_undo; }
    // The add/edit dialog open now (window-modal, not blocking), if any.
    EditDialog* openDialog() const { return m_dialog; }

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
    // False (after telling the user why) when there is nothing to edit or
    // the file is read-only.
    bool canEdit() const;
    const Database& db() const;
    QString customerName(qint64 customerId) const;
    void show(EditDialog* dialog);
    // With the as-you-type check that the code is free.
    CustomerDialog* customerDialog(const Customer& customer);
    // Runs `action`, telling the user about a domain error it throws.
    void reportErrors(const std::function<void()>& action);

    template <class Ops, class Record> void addRecord(const Record& fresh);
    template <class Ops> void editRecordOf(qint64 recordId);
    template <class Ops> void deleteRecordOf(qint64 recordId);

    Session* m_session;
    QWidget* m_dialogParent;
    QUndoStack* m_undo;
    QPointer<EditDialog> m_dialog;
};

} // namespace crm::ui
