#pragma once
// One change of the store as a step of the undo history (Edit > Undo /
// Redo), made of domain store calls. The change itself is made before the
// command is pushed, so a dialog can show the store's errors and stay open;
// the first redo() therefore does nothing. After each step the session is
// told which customer changed, so the list and the detail refresh.
#include <QPointer>
#include <QUndoCommand>
#include <functional>

class QWidget;

namespace crm::ui {

class Session;

class StoreCommand : public QUndoCommand {
public:
    using Step = std::function<void()>;

    // `customerId` 0: many customers changed.
    StoreCommand(Session* session, QWidget* messageParent, qint64 customerId, const QString& text,
                 Step redo, Step undo);

    void undo() override;
    void redo() override;

private:
    // A step that fails (the data changed underneath) is reported and the
    // command leaves the history: it can no longer be replayed safely.
    void run(const Step& step, const QString& failure);

    Session* m_session;
    QPointer<QWidget> m_messageParent;
    qint64 m_customerId;
    Step m_redo;
    Step m_undo;
    bool m_firstRedo = true;
};

} // namespace crm::ui
