// Hostile text typed or pasted into every edit dialog: SQL and formula
// injection strings and emoji are saved exactly as typed; a field far over
// its length, or with a NUL character, is refused next to the field with
// OK disabled, and nothing is stored.
#include "crm/store/database.h"
#include "edit_test_support.h"

#include <SQLiteCpp/Database.h>

#include <QLabel>

using namespace crm;
using namespace crm::ui::test;

namespace {

const QStringList kHostile{
    QStringLiteral("Robert'); DROP TABLE customer;--"),
    QStringLiteral("x' OR '1'='1"),
    QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
    QStringLiteral("@SUM(A1:A9)"),
    QStringLiteral("😀 Emoji 👍🏽 客户 Ünïcödé עברית"),
};

// One dialog: how to open it, its text field, and where the value lands.
struct DialogCase {
    const char* name;
    const char* fieldObject; // the QLineEdit
    const char* field;       // the domain field its errors are named by
    const char* storedSql;   // the newest record's value of that field
    std::function<void(ui::EditController&, qint64)> open;
    std::function<void(QWidget*)> fillRequired;
};

} // namespace

class BadInputDialogTest : public QObject {
    Q_OBJECT
    std::unique_ptr<EditFixture> m_fixture;
    qint64 m_customer = 0;

    EditFixture& f() { return *m_fixture; }

    std::string stored(const char* sql) { return f().db().sql().execAndGet(sql).getString(); }
    std::int64_t count(const std::string& sql) { return f().db().sql().execAndGet(sql).getInt64(); }

    std::vector<DialogCase> cases() {
        const auto none = [](QWidget*) {};
        return {
            {"customer", "nameEdit", "name", "SELECT name FROM customer ORDER BY id DESC LIMIT 1",
             [](ui::EditController& e, qint64) { e.addCustomer(); },
             [](QWidget* d) { typeInto(d, "codeEdit", QStringLiteral("BAD-%1").arg(std::rand())); }},
            {"contact", "nameEdit", "name", "SELECT name FROM contact ORDER BY id DESC LIMIT 1",
             [](ui::EditController& e, qint64 c) { e.addContact(c); }, none},
            {"transaction", "productEdit", "product", "SELECT product FROM txn ORDER BY id DESC LIMIT 1",
             [](ui::EditController& e, qint64 c) { e.addTransaction(c); },
             [](QWidget* d) { typeInto(d, "amountEdit", QStringLiteral("10")); }},
            {"interaction", "subjectEdit", "subject",
             "SELECT subject FROM interaction ORDER BY id DESC LIMIT 1",
             [](ui::EditController& e, qint64 c) { e.addInteraction(c); }, none},
            {"follow-up", "subjectEdit", "subject", "SELECT subject FROM follow_up ORDER BY id DESC LIMIT 1",
             [](ui::EditController& e, qint64 c) { e.addFollowUp(c); }, none},
        };
    }

    ui::EditDialog* open(const DialogCase& c) {
        c.open(*f().editor, m_customer);
        ui::EditDialog* dialog = f().dialog();
        if (dialog)
            c.fillRequired(dialog);
        return dialog;
    }

private slots:
    void init() {
        m_fixture = std::make_unique<EditFixture>(demoDatabase(QStringLiteral("bad-input")));
        m_customer = count("SELECT id FROM customer WHERE kind = 'organisation' ORDER BY id LIMIT 1");
    }
    void cleanup() { m_fixture.reset(); }

    void hostileTextIsSavedExactlyInEveryDialog() {
        for (const DialogCase& c : cases()) {
            for (const QString& text : kHostile) {
                ui::EditDialog* dialog = open(c);
                QVERIFY2(dialog, c.name);
                field(dialog, c.fieldObject)->setText(text); // pasted
                QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(QLatin1String(c.name) + text));
                QTest::mouseClick(okButton(dialog), Qt::LeftButton);
                QCOMPARE(QString::fromStdString(stored(c.storedSql)), text);
            }
        }
        QCOMPARE(count("SELECT count(*) FROM customer WHERE name = 'Robert'');"
                       " DROP TABLE customer;--'"),
                 std::int64_t(1));
        QCOMPARE(QString::fromStdString(stored("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void overlongOrNulTextIsRefusedNextToTheFieldInEveryDialog() {
        const QString overlong(40000, QLatin1Char('n')); // a line edit holds at most 32,767
        const QString nul = QStringLiteral("before") + QChar(0) + QStringLiteral("after");
        for (const DialogCase& c : cases()) {
            for (const QString& text : {overlong, nul}) {
                const std::int64_t before = count("SELECT count(*) FROM audit_log") +
                                            count("SELECT count(*) FROM customer") +
                                            count("SELECT count(*) FROM contact") +
                                            count("SELECT count(*) FROM txn") +
                                            count("SELECT count(*) FROM interaction") +
                                            count("SELECT count(*) FROM follow_up");
                ui::EditDialog* dialog = open(c);
                QVERIFY2(dialog, c.name);
                field(dialog, c.fieldObject)->setText(text);
                QVERIFY2(!okButton(dialog)->isEnabled(), c.name);
                QVERIFY2(!dialog->errorText(c.field).isEmpty(), c.name);
                QTest::mouseClick(okButton(dialog), Qt::LeftButton);
                QVERIFY(dialog->isVisible());
                dialog->reject();
                const std::int64_t after = count("SELECT count(*) FROM audit_log") +
                                           count("SELECT count(*) FROM customer") +
                                           count("SELECT count(*) FROM contact") +
                                           count("SELECT count(*) FROM txn") +
                                           count("SELECT count(*) FROM interaction") +
                                           count("SELECT count(*) FROM follow_up");
                QCOMPARE(after, before);
            }
        }
    }
};

QTEST_MAIN(BadInputDialogTest)
#include "bad_input_dialog_test.moc"
