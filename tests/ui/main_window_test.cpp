// The main window as a user drives it: typing in the search box narrows
// the list, filters combine, the status bar counts the matches.
#include "ui_test_support.h"

#include "crm/store/backups.h"
#include "crm/store/customer_query.h"
#include "crm/store/database.h"
#include "detail/customer_detail_view.h"
#include "edit/message_box.h"
#include "list/customer_filter_bar.h"
#include "list/customer_list_model.h"
#include "list/listed_check.h"
#include "main/main_window.h"
#include "main/session.h"
#include "main/worker_pools.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

using namespace crm;

class MainWindowTest : public QObject {
    Q_OBJECT
    std::unique_ptr<ui::MainWindow> m_window;

    ui::CustomerListModel& model() { return *m_window->customerModel(); }

    static QByteArray contentsOf(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QAction* actionNamed(QWidget& window, const QString& text) {
        for (QAction* action : window.findChildren<QAction*>())
            if (action->text() == text)
                return action;
        return nullptr;
    }

private slots:
    void init() {
        m_window = std::make_unique<ui::MainWindow>();
        m_window->session()->setToday(ui::test::kDemoToday);
        QVERIFY(m_window->openDatabase(ui::test::demoDatabase(QStringLiteral("window"))));
        m_window->show();
    }
    void cleanup() { m_window.reset(); }

    void opensWithTheListFilledAndCounted() {
        QCOMPARE(model().rowCount(), 400);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("400")));
        QVERIFY(m_window->selectedCustomer() != 0);
    }

    void typingASearchNarrowsTheList() {
        const QString name = model().data(model().index(5, ui::CustomerListModel::NameColumn)).toString();
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchField"));
        QTest::keyClicks(search, name);
        QTRY_VERIFY(model().rowCount() < 400);
        QVERIFY(model().rowCount() >= 1);
        QCOMPARE(model().data(model().index(0, ui::CustomerListModel::NameColumn)).toString(), name);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QString::number(model().rowCount())));
    }

    qint64 detailCustomer() {
        return m_window->findChild<ui::CustomerDetailView*>(QStringLiteral("detailView"))->customerId();
    }
    QString nameOfRow(int row) {
        return model().data(model().index(row, ui::CustomerListModel::NameColumn)).toString();
    }

    void aSearchThatLeavesTheShownCustomerOutEmptiesTheDetail() {
        const qint64 shown = detailCustomer();
        QVERIFY(shown != 0);
        const QString other = nameOfRow(5);
        CustomerFilter check;
        check.search = other.toStdString();
        check.ids = std::vector<std::int64_t>{shown};
        QCOMPARE(CustomerQuery(m_window->session()->database()).count(check), 0); // the search leaves it out
        QTest::keyClicks(m_window->findChild<QLineEdit*>(QStringLiteral("searchField")), other);
        QTRY_VERIFY(model().rowCount() < 400);
        QTRY_COMPARE(detailCustomer(), 0);
        QAction* edit = actionNamed(*m_window, QStringLiteral("&Edit customer..."));
        QVERIFY(edit);
        QVERIFY(!edit->isEnabled()); // nothing to edit: no customer shown
    }

    void aSearchThatKeepsTheShownCustomerKeepsTheDetail() {
        const qint64 shown = detailCustomer();
        QTest::keyClicks(m_window->findChild<QLineEdit*>(QStringLiteral("searchField")), nameOfRow(0));
        QTRY_VERIFY(model().rowCount() < 400);
        QTest::qWait(ui::ListedCheck::delayMs + 700); // the check ran and answered
        QCOMPARE(detailCustomer(), shown);
    }

    void closingTheFileWaitsForEveryWorker() {
        // Opening started workers of their own (filter choices, the daily
        // backup, scores): none may keep a connection to a closed file.
        m_window->showCustomer(model().data(model().index(3, 0), ui::CustomerListModel::CustomerIdRole).toLongLong());
        m_window->session()->close();
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        QCOMPARE(ui::analyticsPool()->activeThreadCount(), 0);
    }

    void aReadOnlyFileOpensWithABannerAndNothingToEdit() {
        const QString path = ui::test::demoDatabase(QStringLiteral("read-only"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = contentsOf(path);
        ui::MainWindow window;
        window.session()->setToday(ui::test::kDemoToday);
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(window.session()->isReadOnly());
        auto* banner = window.findChild<QLabel*>(QStringLiteral("banner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("read-only")));
        QCOMPARE(window.customerModel()->rowCount(), 400);
        for (const QString& text : {QStringLiteral("&New customer..."), QStringLiteral("&Import CSV..."),
                                    QStringLiteral("&Edit customer..."), QStringLiteral("Add &transaction...")}) {
            QAction* action = actionNamed(window, text);
            QVERIFY2(action && !action->isEnabled(), qPrintable(text));
        }
        QVERIFY(actionNamed(window, QStringLiteral("&Export CSV..."))->isEnabled());
        window.session()->close();
        QCOMPARE(contentsOf(path), before);
    }

    void aDamagedFileOffersItsLatestBackupAndOpensIt() {
        const QString path = ui::test::demoDatabase(QStringLiteral("damaged"));
        {
            const Database db = Database::open(path.toStdString());
            QVERIFY(makeNumberedBackup(db, 10));
        }
        QFile file(path); // the schema page, past the 100-byte header, overwritten
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(3996, '\xA5'));
        file.close();
        const int shown = ui::MessageBox::shownCount();
        ui::MessageBox::setNextAnswer(QMessageBox::Yes); // "Restore the latest backup?"
        ui::MainWindow window;
        window.session()->setToday(ui::test::kDemoToday);
        QVERIFY(window.openDatabase(path));
        QCOMPARE(ui::MessageBox::shownCount(), shown + 1);
        QCOMPARE(window.customerModel()->rowCount(), 400);
        // The damaged file is kept beside the backup, not thrown away.
        const QString folder = QString::fromStdString(backupDirectory(path.toStdString()).string());
        QVERIFY2(QDir(folder).entryList(QDir::Files).size() >= 2, qPrintable(QDir(folder).entryList().join(QLatin1Char(' '))));
    }

    void stageAndKindFiltersCombine() {
        // The dashboard has filters of the same names: take the list's.
        auto* bar = m_window->findChild<ui::CustomerFilterBar*>();
        auto* stage = bar->findChild<QComboBox*>(QStringLiteral("stageFilter"));
        auto* kind = bar->findChild<QComboBox*>(QStringLiteral("kindFilter"));
        stage->setCurrentIndex(stage->findData(static_cast<int>(Stage::Stability)));
        const int stability = model().rowCount();
        QVERIFY(stability > 0 && stability < 400);
        kind->setCurrentIndex(kind->findData(static_cast<int>(CustomerKind::Person)));
        QVERIFY(model().rowCount() <= stability);
        for (int row = 0; row < model().rowCount(); ++row) {
            QCOMPARE(model().data(model().index(row, ui::CustomerListModel::StageColumn),
                                  ui::CustomerListModel::RawValueRole).toInt(),
                     static_cast<int>(Stage::Stability));
            QCOMPARE(model().data(model().index(row, ui::CustomerListModel::KindColumn),
                                  ui::CustomerListModel::RawValueRole).toInt(),
                     static_cast<int>(CustomerKind::Person));
        }
    }
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
