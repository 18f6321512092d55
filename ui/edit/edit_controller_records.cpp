// EditController: the records kept under a customer (contacts,
// transactions, interactions, follow-ups), one template per action over
// the kinds' store calls (record_ops.h).
#include "crm/store/contact_store.h"
#include "crm/store/customer_store.h"
#include "crm/store/database.h"
#include "edit/contact_dialog.h"
#include "edit/edit_commands.h"
#include "edit/edit_controller.h"
#include "edit/follow_up_dialog.h"
#include "edit/interaction_dialog.h"
#include "edit/message_box.h"
#include "edit/record_ops.h"
#include "edit/transaction_dialog.h"
#include "list/domain_text.h"
#include "main/app_settings.h"
#include "main/session.h"

#include <QTime>
#include <QUndoStack>

namespace crm::ui {

namespace {

// The words of the history entries and the delete question, per kind.
struct RecordTexts {
    QString added;
    QString edited;
    QString deleted;
    QString question;
};

RecordTexts textsFor(const Contact& c, const Currency&) {
    const QString name = toQ(c.name);
    return {EditController::tr("Add contact %1").arg(name),
            EditController::tr("Edit contact %1").arg(name),
            EditController::tr("Delete contact %1").arg(name),
            EditController::tr("Delete the contact %1?").arg(name)};
}

RecordTexts textsFor(const Transaction& t, const Currency& currency) {
    const QString what = dateText(t.date) + QStringLiteral(", ") + moneyText(t.amount, currency);
    return {EditController::tr("Add transaction %1").arg(what),
            EditController::tr("Edit transaction %1").arg(what),
            EditController::tr("Delete transaction %1").arg(what),
            EditController::tr("Delete the transaction of %1?").arg(what)};
}

RecordTexts textsFor(const Interaction& i, const Currency&) {
    const QString what = i.subject.empty() ? toQ(i.text).left(40) : toQ(i.subject);
    return {EditController::tr("Add interaction %1").arg(what),
            EditController::tr("Edit interaction %1").arg(what),
            EditController::tr("Delete interaction %1").arg(what),
            EditController::tr("Delete the interaction \"%1\"?").arg(what)};
}

RecordTexts textsFor(const FollowUp& f, const Currency&) {
    const QString what = toQ(f.subject);
    return {EditController::tr("Add follow-up %1").arg(what),
            EditController::tr("Edit follow-up %1").arg(what),
            EditController::tr("Delete follow-up %1").arg(what),
            EditController::tr("Delete the follow-up \"%1\"?").arg(what)};
}

// The dialog of each kind, over `parent`.
struct DialogFactory {
    Session* session;
    QWidget* parent;
    QString customerName;

    ContactDialog* operator()(const Contact& c) const {
        return new ContactDialog(c, customerName, parent);
    }
    TransactionDialog* operator()(const Transaction& t) const {
        return new TransactionDialog(t, session->database().currency(), customerName, parent);
    }
    InteractionDialog* operator()(const Interaction& i) const {
        const auto contacts = ContactStore(session->database()).listFor(i.customerId);
        return new InteractionDialog(i, contacts, customerName, parent);
    }
    FollowUpDialog* operator()(const FollowUp& f) const {
        return new FollowUpDialog(f, session->today(), customerName, parent);
    }
};

} // namespace

template <class Ops, class Record> void EditController::addRecord(const Record& fresh) {
    auto* dialog = DialogFactory{m_session, m_dialogParent, customerName(fresh.customerId)}(fresh);
    dialog->setSubmit([this](const Record& record) {
        return storeErrors([&] {
            const auto before = Ops::beforeAdd(db(), record.customerId);
            const qint64 id = Ops::add(db(), record, m_session->today());
            const QString text = textsFor(record, db().currency()).added;
            m_undo->push(addRecordCommand<Ops>(m_session, m_dialogParent, id, record.customerId,
                                               before, text)
                             .release());
            m_session->notifyCustomerChanged(record.customerId);
        });
    });
    show(dialog);
}

template <class Ops> void EditController::editRecordOf(qint64 recordId) {
    const auto before = Ops::read(db(), recordId);
    const auto& stored = Ops::record(before);
    auto* dialog =
        DialogFactory{m_session, m_dialogParent, customerName(stored.customerId)}(stored);
    dialog->setSubmit([this, before](const typename Ops::Record& record) {
        return storeErrors([&] {
            Ops::update(db(), record, m_session->today());
            const QString text = textsFor(record, db().currency()).edited;
            m_undo->push(editRecordCommand<Ops>(m_session, m_dialogParent, before, text).release());
            m_session->notifyCustomerChanged(record.customerId);
        });
    });
    show(dialog);
}

template <class Ops> void EditController::deleteRecordOf(qint64 recordId) {
    const auto before = Ops::read(db(), recordId);
    const auto& record = Ops::record(before);
    const RecordTexts texts = textsFor(record, db().currency());
    const QString question =
        texts.question + QStringLiteral("\n\n") + tr("You can undo this with Edit > Undo.");
    if (MessageBox::question(m_dialogParent, texts.deleted, question) != QMessageBox::Yes)
        return;
    Ops::remove(db(), recordId);
    m_undo->push(
        deleteRecordCommand<Ops>(m_session, m_dialogParent, before, texts.deleted).release());
    m_session->notifyCustomerChanged(record.customerId);
}

void EditController::addContact(qint64 customerId) {
    if (!canEdit())
        return;
    const auto customer = CustomerStore(db()).find(customerId);
    if (!customer)
        return;
    if (customer->kind != CustomerKind::Organisation) {
        MessageBox::information(m_dialogParent, tr("No contacts for persons"),
                                tr("%1 is a person: only organisations have contact persons.")
                                    .arg(toQ(customer->name)));
        return;
    }
    Contact fresh;
    fresh.customerId = customerId;
    fresh.primary = ContactStore(db()).listFor(customerId).empty();
    reportErrors([&] { addRecord<ContactOps>(fresh); });
}

void EditController::addTransaction(qint64 customerId) {
    if (!canEdit() || customerId == 0)
        return;
    Transaction fresh;
    fresh.customerId = customerId;
    fresh.date = m_session->today();
    reportErrors([&] { addRecord<TransactionOps>(fresh); });
}

void EditController::addInteraction(qint64 customerId) {
    if (!canEdit() || customerId == 0)
        return;
    Interaction fresh;
    fresh.customerId = customerId;
    fresh.type = InteractionType::Call;
    fresh.date = m_session->today();
    const QTime now = QTime::currentTime();
    fresh.minuteOfDay = now.hour() * 60 + now.minute();
    fresh.loggedBy = toStd(AppSettings::currentUser());
    reportErrors([&] { addRecord<InteractionOps>(fresh); });
}

void EditController::addFollowUp(qint64 customerId) {
    if (!canEdit() || customerId == 0)
        return;
    FollowUp fresh;
    fresh.customerId = customerId;
    fresh.due = m_session->today() + boost::gregorian::days(7);
    reportErrors([&] { addRecord<FollowUpOps>(fresh); });
}

void EditController::editRecord(RecordKind kind, qint64 recordId) {
    if (!canEdit())
        return;
    reportErrors([&] {
        switch (kind) {
        case RecordKind::Contact:
            return editRecordOf<ContactOps>(recordId);
        case RecordKind::Transaction:
            return editRecordOf<TransactionOps>(recordId);
        case RecordKind::Interaction:
            return editRecordOf<InteractionOps>(recordId);
        case RecordKind::FollowUp:
            return editRecordOf<FollowUpOps>(recordId);
        }
    });
}

void EditController::deleteRecord(RecordKind kind, qint64 recordId) {
    if (!canEdit())
        return;
    reportErrors([&] {
        switch (kind) {
        case RecordKind::Contact:
            return deleteRecordOf<ContactOps>(recordId);
        case RecordKind::Transaction:
            return deleteRecordOf<TransactionOps>(recordId);
        case RecordKind::Interaction:
            return deleteRecordOf<InteractionOps>(recordId);
        case RecordKind::FollowUp:
            return deleteRecordOf<FollowUpOps>(recordId);
        }
    });
}

} // namespace crm::ui
