// Two instances of the app on one file (two sessions, two connections, as
// two processes have): an edit saved from a stale dialog does not undo the
// other's change, and a writer kept waiting by the other is told so in the
// dialog, keeps what it typed, and saves once the file is free.
#include "crm/store/customer_store.h"
#include "crm/store/database.h"
#include "edit_test_support.h"

#include <QLabel>
#include <QUndoStack>

#include <SQLiteCpp/Database.h>

#include <future>
#include <thread>

using namespace crm;
using namespace crm::ui::test;

class TwoWindowsTest : public QObject {
    Q_OBJECT
    std::unique_ptr<EditFixture> m_first;
    std::unique_ptr<EditFixture> m_second;
    qint64 m_customer = 0;

    Customer stored() { return *CustomerStore(m_second->db()).find(m_customer); }

private slots:
    void init() {
        const QString path = demoDatabase(QStringLiteral("two-windows"));
        m_first = std::make_unique<EditFixture>(path);
        m_second = std::make_unique<EditFixture>(path);
        m_customer = m_first->db().sql().execAndGet("SELECT min(id) FROM customer").getInt64();
    }
    void cleanup() {
        m_first.reset();
        m_second.reset();
    }

    void aStaleDialogKeepsTheOtherWindowsChange() {
        m_first->editor->editCustomer(m_customer); // opened, then left open
        ui::EditDialog* stale = m_first->dialog();
        QVERIFY(stale);

        m_second->editor->editCustomer(m_customer);
        typeInto(m_second->dialog(), "phoneEdit", QStringLiteral("010-5555"));
        QTest::mouseClick(okButton(m_second->dialog()), Qt::LeftButton);
        QCOMPARE(stored().phone, std::string("010-5555"));

        typeInto(stale, "emailEdit", QStringLiteral("buyer@first.cn"));
        QTest::mouseClick(okButton(stale), Qt::LeftButton);
        QVERIFY(!stale->isVisible());
        QCOMPARE(stored().email, std::string("buyer@first.cn"));
        QCOMPARE(stored().phone, std::string("010-5555")); // not lost
        // Undo in the first window takes back its own change only.
        m_first->editor->undoStack()->undo();
        QCOMPARE(stored().phone, std::string("010-5555"));
        QVERIFY(stored().email != "buyer@first.cn");
    }

    void aWriterKeptWaitingIsToldAndSavesLater() {
        std::promise<void> locked;
        std::promise<void> release;
        std::thread other([&, path = m_first->session.path().toStdString()] {
            const Database db = Database::open(path);
            WriteTransaction tx(db);
            db.sql().exec("UPDATE meta SET value = value WHERE key = 'currency_code'");
            locked.set_value();
            release.get_future().wait();
            tx.commit();
        });
        locked.get_future().wait();
        m_first->editor->editCustomer(m_customer);
        ui::EditDialog* dialog = m_first->dialog();
        typeInto(dialog, "nameEdit", QStringLiteral("Waited Ltd"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton); // waits up to 5 s, then gives up
        const bool stillOpen = dialog->isVisible();
        const QString error = dialog->findChild<QLabel*>(QStringLiteral("generalError"))->text();
        release.set_value();
        other.join();
        QVERIFY(stillOpen);
        QVERIFY2(error.contains(QStringLiteral("in use by another program")), qPrintable(error));
        QVERIFY(stored().name != "Waited Ltd");
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(stored().name, std::string("Waited Ltd"));
    }
};

QTEST_MAIN(TwoWindowsTest)
#include "two_windows_test.moc"
