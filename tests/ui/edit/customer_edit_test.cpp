// Adding, editing and deleting customers as a user does it: the dialog
// checks as they type and says what is wrong next to the field, OK only when
// valid; every change undoes and redoes; delete asks first.
#include "crm/store/customer_query.h"
#include "crm/store/customer_store.h"
#include "crm/store/database.h"
#include "crm/store/transaction_store.h"
#include "detail/customer_detail_view.h"
#include "edit/customer_dialog.h"
#include "edit/message_box.h"
#include "edit_test_support.h"
#include "list/customer_list_model.h"
#include "main/main_window.h"

#include <SQLiteCpp/Database.h>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QUndoStack>

using namespace crm;
using namespace crm::ui::test;
using crm::ui::MessageBox;

class CustomerEditTest : public QObject {
    Q_OBJECT
    std::unique_ptr<EditFixture> m_fixture;

    EditFixture& f() { return *m_fixture; }
    CustomerStore customers() { return CustomerStore(f().db()); }

    // Opens the add dialog and fills code and name.
    ui::EditDialog* startNewCustomer(const QString& code, const QString& name) {
        f().editor->addCustomer();
        ui::EditDialog* dialog = f().dialog();
        if (dialog) {
            typeInto(dialog, "codeEdit", code);
            typeInto(dialog, "nameEdit", name);
        }
        return dialog;
    }

    qint64 addCustomer(const QString& code, const QString& name) {
        ui::EditDialog* dialog = startNewCustomer(code, name);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        const auto added = customers().findByCode(code.toStdString());
        return added ? added->id : 0;
    }

    // The customer with the most transactions among the first ones listed.
    qint64 customerWithTransactions() {
        PageRequest request;
        request.sort = CustomerSort::NetAmount;
        request.descending = true;
        request.limit = 1;
        return CustomerQuery(f().db()).page(request).rows.at(0).id;
    }

private slots:
    void init() {
        m_fixture = std::make_unique<EditFixture>(demoDatabase(QStringLiteral("edit-customer")));
    }
    void cleanup() { m_fixture.reset(); }

    void addDialogRefusesABadEmailAndSaysSoNextToIt() {
        ui::EditDialog* dialog = startNewCustomer(QStringLiteral("C-9001"), QStringLiteral("Acme"));
        QVERIFY(dialog);
        QVERIFY(okButton(dialog)->isEnabled());
        typeInto(dialog, "emailEdit", QStringLiteral("sales@acme"));
        QVERIFY(!okButton(dialog)->isEnabled());
        const QString message = dialog->errorText("email");
        QVERIFY2(message.contains(QStringLiteral("sales@acme")), qPrintable(message));
        auto* label = dialog->findChild<QLabel*>(QStringLiteral("emailError"));
        QVERIFY(label->isVisible());
        // Next to the field: right under the email input, not somewhere else.
        const QWidget* email = field(dialog, "emailEdit");
        QVERIFY(label->mapTo(dialog, QPoint()).y() > email->mapTo(dialog, QPoint()).y());
        QVERIFY(label->mapTo(dialog, QPoint()).y() <
                email->mapTo(dialog, QPoint()).y() + 3 * email->height());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!customers().findByCode("C-9001"));
    }

    void addDialogAcceptsAGoodEmail() {
        ui::EditDialog* dialog = startNewCustomer(QStringLiteral("C-9002"), QStringLiteral("Acme"));
        typeInto(dialog, "emailEdit", QStringLiteral("sales@acme"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(field(dialog, "emailEdit"), QStringLiteral(".cn"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog->errorText("email").isEmpty());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        const auto added = customers().findByCode("C-9002");
        QVERIFY(added);
        QCOMPARE(added->email, std::string("sales@acme.cn"));
    }

    void aFullDiskIsToldInTheDialogAndNothingIsAdded() {
        // The file may not grow: a customer with a long note needs new pages.
        const int pages = f().db().sql().execAndGet("PRAGMA page_count").getInt();
        f().db().sql().exec("PRAGMA max_page_count = " + std::to_string(pages));
        ui::EditDialog* dialog = startNewCustomer(QStringLiteral("C-9100"), QStringLiteral("Too big"));
        QString notes; // 900 KB of meeting notes
        while (notes.size() < 900000)
            notes += QStringLiteral("Visit %1: discussed the renewal, prices and delivery dates.\n").arg(notes.size());
        field<QPlainTextEdit>(dialog, "notesEdit")->setPlainText(notes);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        // The dialog stays, with what the user typed, and says why.
        QVERIFY(dialog->isVisible());
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("generalError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("nothing was changed")), qPrintable(error->text()));
        QCOMPARE(field<QPlainTextEdit>(dialog, "notesEdit")->toPlainText().size(), notes.size());
        QVERIFY(!customers().findByCode("C-9100"));
        QCOMPARE(f().editor->undoStack()->count(), 0);
        // With room again, the same OK saves it.
        f().db().sql().exec("PRAGMA max_page_count = 1073741823");
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(QString::fromStdString(customers().findByCode("C-9100")->notes), notes);
    }

    void aTakenCodeIsRefusedAsItIsTyped() {
        const std::string taken = customers().find(customerWithTransactions())->code;
        ui::EditDialog* dialog =
            startNewCustomer(QString::fromStdString(taken), QStringLiteral("Acme"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!dialog->errorText("code").isEmpty());
    }

    void kindDecidesWhichFieldsAreOffered() {
        ui::EditDialog* dialog = startNewCustomer(QStringLiteral("P-1"), QStringLiteral("王芳"));
        auto* kind = field<QComboBox>(dialog, "kindCombo");
        QVERIFY(field<QComboBox>(dialog, "companyStageCombo")->isVisible());
        QVERIFY(!field<QWidget>(dialog, "birthdayEdit")->isVisible());
        kind->setCurrentIndex(kind->findData(static_cast<int>(CustomerKind::Person)));
        QVERIFY(!field<QComboBox>(dialog, "companyStageCombo")->isVisible());
        QVERIFY(field<QWidget>(dialog, "birthdayEdit")->isVisible());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(customers().findByCode("P-1")->kind, CustomerKind::Person);
    }

    void addThenUndoRemovesItAndRedoBringsItBack() {
        const qint64 id = addCustomer(QStringLiteral("C-9003"), QStringLiteral("Undo Ltd"));
        QVERIFY(id != 0);
        QUndoStack* undo = f().editor->undoStack();
        QCOMPARE(undo->count(), 1);
        undo->undo();
        QVERIFY(!customers().find(id));
        undo->redo();
        const auto back = customers().find(id);
        QVERIFY(back);
        QCOMPARE(back->name, std::string("Undo Ltd"));
    }

    void editingTheNameThenUndoRestoresTheOldName() {
        const qint64 id = customerWithTransactions();
        const std::string oldName = customers().find(id)->name;
        f().editor->editCustomer(id);
        ui::EditDialog* dialog = f().dialog();
        QVERIFY(dialog);
        typeInto(dialog, "nameEdit", QStringLiteral("Renamed Co."));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(customers().find(id)->name, std::string("Renamed Co."));
        f().editor->undoStack()->undo();
        QCOMPARE(customers().find(id)->name, oldName);
        f().editor->undoStack()->redo();
        QCOMPARE(customers().find(id)->name, std::string("Renamed Co."));
    }

    void deleteAnsweredNoKeepsTheCustomer() {
        const qint64 id = customerWithTransactions();
        MessageBox::setNextAnswer(QMessageBox::No);
        const int asked = MessageBox::shownCount();
        f().editor->deleteCustomer(id);
        QCOMPARE(MessageBox::shownCount(), asked + 1);
        QVERIFY(customers().find(id));
        QCOMPARE(f().editor->undoStack()->count(), 0);
    }

    void deleteAnsweredYesDeletesAndUndoRestoresItWhole() {
        const qint64 id = customerWithTransactions();
        const CustomerAggregates aggregates = customers().aggregates(id);
        const auto transactions = TransactionStore(f().db()).listFor(id).size();
        QVERIFY(transactions > 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        f().editor->deleteCustomer(id);
        QVERIFY(!customers().find(id));
        f().editor->undoStack()->undo();
        QVERIFY(customers().find(id));
        QCOMPARE(TransactionStore(f().db()).listFor(id).size(), transactions);
        QVERIFY(customers().aggregates(id) == aggregates);
        f().editor->undoStack()->redo();
        QVERIFY(!customers().find(id));
    }

    void everyChangeTellsTheViewsWhichCustomerChanged() {
        QList<qint64> changed;
        connect(&f().session, &ui::Session::customerChanged, this,
                [&changed](qint64 id) { changed << id; });
        const qint64 id = addCustomer(QStringLiteral("C-9004"), QStringLiteral("Signal Co."));
        f().editor->undoStack()->undo();
        f().editor->undoStack()->redo();
        QCOMPARE(changed, (QList<qint64>{id, id, id}));
    }

    void aReadOnlyFileIsNotOfferedForEditing() {
        const QString path = demoDatabase(QStringLiteral("edit-read-only"));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        EditFixture readOnly(path);
        if (!readOnly.session.isReadOnly())
            QSKIP("the file stays writable (running as root): nothing to refuse");
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const int shown = MessageBox::shownCount();
        readOnly.editor->addCustomer();
        QCOMPARE(MessageBox::shownCount(), shown + 1);
        QVERIFY(!readOnly.dialog());
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void ctrlZInTheMainWindowUndoesAnAddAndTheListFollows() {
        ui::MainWindow window;
        window.session()->setToday(kDemoToday);
        QVERIFY(window.openDatabase(demoDatabase(QStringLiteral("edit-window"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ui::CustomerListModel& list = *window.customerModel();
        QTRY_COMPARE(list.rowCount(), 400);
        window.editor()->addCustomer();
        ui::EditDialog* dialog = window.editor()->openDialog();
        typeInto(dialog, "codeEdit", QStringLiteral("C-9100"));
        typeInto(dialog, "nameEdit", QStringLiteral("Window Test Ltd"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(list.rowCount(), 401);
        const qint64 id = CustomerStore(window.session()->database()).idForCode("C-9100");
        // The window shows what was added.
        QTRY_COMPARE(window.findChild<ui::CustomerDetailView*>()->customerId(), id);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(list.rowCount(), 400);
        QVERIFY(!CustomerStore(window.session()->database()).find(id));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(list.rowCount(), 401);
        QVERIFY(CustomerStore(window.session()->database()).find(id));
    }

    void screenshotsOfAValidationMessage() {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            useLanguage(language);
            const bool zh = language == QStringLiteral("zh_CN");
            ui::EditDialog* dialog = startNewCustomer(QStringLiteral("C-2048"),
                                                      zh ? QStringLiteral("上海明远贸易有限公司")
                                                         : QStringLiteral("Northwind Trading Ltd"));
            typeInto(dialog, "industryEdit",
                     zh ? QStringLiteral("贸易") : QStringLiteral("Wholesale"));
            typeInto(dialog, "regionEdit",
                     zh ? QStringLiteral("上海") : QStringLiteral("Shanghai"));
            typeInto(dialog, "tagsEdit", QStringLiteral("vip, key-account"));
            typeInto(dialog, "annualSpendEdit", QStringLiteral("1,250,000.505"));
            typeInto(dialog, "emailEdit", QStringLiteral("orders@northwind"));
            typeInto(dialog, "phoneEdit", QStringLiteral("+86 21 6352 8899"));
            QVERIFY(!okButton(dialog)->isEnabled());
            dialog->adjustSize();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            saveScreenshot(*dialog, QStringLiteral("customer-dialog-") + language);
            dialog->reject();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        useLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(CustomerEditTest)
#include "customer_edit_test.moc"
