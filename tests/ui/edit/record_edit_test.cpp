// Contacts, transactions, interactions and follow-ups edited through the
// controller: money typed with the currency's decimals, the store's errors
// next to their field, and undo/redo that leaves the store as it was.
#include "crm/store/contact_store.h"
#include "crm/store/customer_query.h"
#include "crm/store/customer_store.h"
#include "crm/store/interaction_store.h"
#include "crm/store/transaction_store.h"
#include "edit/message_box.h"
#include "edit_test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QUndoStack>

using namespace crm;
using namespace crm::ui::test;
using crm::ui::MessageBox;
using crm::ui::RecordKind;

class RecordEditTest : public QObject {
    Q_OBJECT
    std::unique_ptr<EditFixture> m_fixture;

    EditFixture& f() { return *m_fixture; }
    QUndoStack* undo() { return f().editor->undoStack(); }

    // The first listed customer of this kind that has a primary contact
    // (organisations) or any customer (persons).
    qint64 firstCustomer(CustomerKind kind) {
        PageRequest request;
        request.filter.kind = kind;
        request.limit = 100;
        for (const CustomerRow& row : CustomerQuery(f().db()).page(request).rows) {
            if (kind == CustomerKind::Person)
                return row.id;
            for (const Contact& c : ContactStore(f().db()).listFor(row.id))
                if (c.primary)
                    return row.id;
        }
        return 0;
    }

    void clickOk() { QTest::mouseClick(okButton(f().dialog()), Qt::LeftButton); }

    qint64 addTransaction(qint64 customerId, const QString& amount, const QString& reference) {
        f().editor->addTransaction(customerId);
        typeInto(f().dialog(), "amountEdit", amount);
        typeInto(f().dialog(), "referenceEdit", reference);
        clickOk();
        for (const Transaction& t : TransactionStore(f().db()).listFor(customerId))
            if (t.reference == reference.toStdString())
                return t.id;
        return 0;
    }

    // Saves the open dialog and closes it.
    void shoot(const QString& name) {
        ui::EditDialog* dialog = f().dialog();
        dialog->adjustSize();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        saveScreenshot(*dialog, name);
        dialog->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

private slots:
    void init() {
        m_fixture = std::make_unique<EditFixture>(demoDatabase(QStringLiteral("edit-records")));
    }
    void cleanup() { m_fixture.reset(); }

    void transactionDialogRefusesAnAmountWithTooManyDecimals() {
        const qint64 customer = firstCustomer(CustomerKind::Organisation);
        f().editor->addTransaction(customer);
        ui::EditDialog* dialog = f().dialog();
        QVERIFY(dialog);
        QVERIFY(!okButton(dialog)->isEnabled()); // the amount is required
        typeInto(dialog, "amountEdit", QStringLiteral("1,200.505"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(dialog->errorText("amount").contains(QLatin1Char('2')),
                 qPrintable(dialog->errorText("amount")));
        typeInto(dialog, "amountEdit", QStringLiteral("1,200.50"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog->errorText("amount").isEmpty());
    }

    void anAddedTransactionUndoesAndRedoesWithItsId() {
        const qint64 customer = firstCustomer(CustomerKind::Organisation);
        const CustomerAggregates before = CustomerStore(f().db()).aggregates(customer);
        const qint64 id =
            addTransaction(customer, QStringLiteral("1200.50"), QStringLiteral("T-1"));
        QVERIFY(id != 0);
        QCOMPARE(TransactionStore(f().db()).find(id)->amount, Money{120050});
        undo()->undo();
        QVERIFY(!TransactionStore(f().db()).find(id));
        QVERIFY(CustomerStore(f().db()).aggregates(customer) == before);
        undo()->redo();
        QCOMPARE(TransactionStore(f().db()).find(id)->reference, std::string("T-1"));
    }

    void aTakenReferenceIsShownNextToTheReferenceAndTheDialogStays() {
        const qint64 customer = firstCustomer(CustomerKind::Organisation);
        QVERIFY(addTransaction(customer, QStringLiteral("10"), QStringLiteral("INV-77")) != 0);
        f().editor->addTransaction(customer);
        ui::EditDialog* dialog = f().dialog();
        typeInto(dialog, "amountEdit", QStringLiteral("20"));
        typeInto(dialog, "referenceEdit", QStringLiteral("INV-77"));
        clickOk();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorText("reference").isEmpty());
        QCOMPARE(undo()->count(), 1);
        typeInto(dialog, "referenceEdit", QStringLiteral("INV-78"));
        QVERIFY(dialog->errorText("reference").isEmpty());
    }

    void editingAnAmountThenUndoPutsTheOldAmountAndAggregatesBack() {
        const qint64 customer = firstCustomer(CustomerKind::Organisation);
        const Transaction t = TransactionStore(f().db()).listFor(customer).front();
        const CustomerAggregates before = CustomerStore(f().db()).aggregates(customer);
        f().editor->editRecord(RecordKind::Transaction, t.id);
        typeInto(f().dialog(), "amountEdit", QStringLiteral("99999"));
        clickOk();
        QCOMPARE(TransactionStore(f().db()).find(t.id)->amount, Money{9999900});
        undo()->undo();
        QCOMPARE(TransactionStore(f().db()).find(t.id)->amount, t.amount);
        QVERIFY(CustomerStore(f().db()).aggregates(customer) == before);
    }

    void aNewPrimaryContactUndoesBackToTheOldPrimaryAndHistory() {
        const qint64 customer = firstCustomer(CustomerKind::Organisation);
        QVERIFY(customer != 0);
        ContactStore contacts(f().db());
        const auto history = contacts.primaryHistory(customer).size();
        f().editor->addContact(customer);
        typeInto(f().dialog(), "nameEdit", QStringLiteral("陈静"));
        f().dialog()->findChild<QCheckBox*>(QStringLiteral("primaryCheck"))->setChecked(true);
        clickOk();
        QCOMPARE(contacts.primaryHistory(customer).size(), history + 1);
        const qint64 added = contacts.primaryHistory(customer).back().contactId.value_or(0);
        undo()->undo();
        QVERIFY(!contacts.find(added));
        QCOMPARE(contacts.primaryHistory(customer).size(), history);
        QVERIFY(contacts.listFor(customer).front().primary);
        undo()->redo();
        QVERIFY(contacts.find(added)->primary);
    }

    void personsHaveNoContacts() {
        const qint64 person = firstCustomer(CustomerKind::Person);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        f().editor->addContact(person);
        QVERIFY(!f().dialog());
    }

    void aDeletedInteractionComesBackOnUndo() {
        const qint64 customer = firstCustomer(CustomerKind::Organisation);
        f().editor->addInteraction(customer);
        auto* type = f().dialog()->findChild<QComboBox*>(QStringLiteral("typeCombo"));
        type->setCurrentIndex(type->findData(static_cast<int>(InteractionType::Complaint)));
        typeInto(f().dialog(), "subjectEdit", QStringLiteral("Late delivery"));
        clickOk();
        InteractionStore interactions(f().db());
        const Interaction complaint = interactions.listFor(customer).front();
        QCOMPARE(complaint.subject, std::string("Late delivery"));
        QCOMPARE(complaint.complaintStatus, ComplaintStatus::Open);
        MessageBox::setNextAnswer(QMessageBox::No);
        f().editor->deleteRecord(RecordKind::Interaction, complaint.id);
        QVERIFY(interactions.find(complaint.id));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        f().editor->deleteRecord(RecordKind::Interaction, complaint.id);
        QVERIFY(!interactions.find(complaint.id));
        undo()->undo();
        QCOMPARE(interactions.find(complaint.id)->subject, std::string("Late delivery"));
    }

    void markingAFollowUpDoneUndoesToOpen() {
        const qint64 customer = firstCustomer(CustomerKind::Organisation);
        f().editor->addFollowUp(customer);
        typeInto(f().dialog(), "subjectEdit", QStringLiteral("Call about the renewal"));
        clickOk();
        FollowUpStore::Filter filter;
        filter.customerId = customer;
        filter.openOnly = false;
        FollowUpStore followUps(f().db());
        FollowUp added;
        for (const FollowUp& fu : followUps.list(filter))
            if (fu.subject == "Call about the renewal")
                added = fu;
        QVERIFY(added.id != 0);
        QCOMPARE(added.due, kDemoToday + boost::gregorian::days(7));
        f().editor->editRecord(RecordKind::FollowUp, added.id);
        f().dialog()->findChild<QCheckBox*>(QStringLiteral("doneCheck"))->setChecked(true);
        clickOk();
        QCOMPARE(followUps.find(added.id)->done, kDemoToday);
        undo()->undo();
        QVERIFY(!followUps.find(added.id)->done);
        undo()->undo();
        QVERIFY(!followUps.find(added.id));
        undo()->redo();
        undo()->redo();
        QCOMPARE(followUps.find(added.id)->done, kDemoToday);
    }

    void screenshotsOfTheRecordDialogs() {
        const qint64 customer = firstCustomer(CustomerKind::Organisation);
        f().editor->addTransaction(customer);
        typeInto(f().dialog(), "amountEdit", QStringLiteral("1,200.505"));
        typeInto(f().dialog(), "productEdit", QStringLiteral("Annual maintenance"));
        shoot(QStringLiteral("transaction-dialog-en"));
        f().editor->addContact(customer);
        typeInto(f().dialog(), "nameEdit", QStringLiteral("Chen Jing"));
        typeInto(f().dialog(), "phoneEdit", QStringLiteral("call me"));
        shoot(QStringLiteral("contact-dialog-en"));
        f().editor->addInteraction(customer);
        auto* type = f().dialog()->findChild<QComboBox*>(QStringLiteral("typeCombo"));
        type->setCurrentIndex(type->findData(static_cast<int>(InteractionType::Complaint)));
        typeInto(f().dialog(), "subjectEdit", QStringLiteral("Late delivery of the May order"));
        shoot(QStringLiteral("interaction-dialog-en"));
        f().editor->addFollowUp(customer);
        typeInto(f().dialog(), "subjectEdit", QStringLiteral("Call about the renewal"));
        shoot(QStringLiteral("follow-up-dialog-en"));
    }
};

QTEST_MAIN(RecordEditTest)
#include "record_edit_test.moc"
