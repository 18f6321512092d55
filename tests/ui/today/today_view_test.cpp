// The Today page as a sales rep uses it: the follow-ups due (overdue ones
// marked), marking one done, birthdays of the week across a year end, "my"
// at-risk customers, open complaints, and opening a customer from a list.
#include "crm/store/at_risk_query.h"
#include "crm/store/contact_store.h"
#include "crm/store/customer_store.h"
#include "crm/store/database.h"
#include "crm/store/interaction_store.h"
#include "main/app_settings.h"
#include "main/session.h"
#include "today/today_lists.h"
#include "today/today_view.h"
#include "ui_test_support.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

using namespace crm;

class TodayViewTest : public QObject {
    Q_OBJECT
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::TodayView> m_view;

    QTreeWidget* list(const char* name) {
        return m_view->findChild<QTreeWidget*>(QLatin1String(name));
    }
    QString title(const char* box) {
        return m_view->findChild<QGroupBox*>(QLatin1String(box))->title();
    }

    void openView(const QString& path, const Date& today) {
        m_session = std::make_unique<ui::Session>();
        m_session->setToday(today);
        m_session->open(path);
        m_view = std::make_unique<ui::TodayView>();
        m_view->setSession(m_session.get());
        m_view->resize(1200, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        refreshAndWait();
    }
    void refreshAndWait() {
        QSignalSpy computed(m_view.get(), &ui::TodayView::computed);
        m_view->refresh();
        if (m_view->isComputing())
            QVERIFY(computed.wait(60000));
    }
    std::vector<FollowUp> dueFollowUps() {
        FollowUpStore::Filter filter;
        filter.dueOnOrBefore = m_session->today();
        return FollowUpStore(m_session->database()).list(filter);
    }
    // Rows that stand for a record (not the "nothing here" note).
    static std::vector<QTreeWidgetItem*> recordRows(QTreeWidget* tree) {
        std::vector<QTreeWidgetItem*> rows;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, ui::kCustomerIdRole).toLongLong() != 0)
                rows.push_back(tree->topLevelItem(i));
        return rows;
    }

private slots:
    void init() { ui::AppSettings::setCurrentUser(QString()); }
    void cleanup() {
        m_view.reset();
        m_session.reset();
    }

    void listsTheOverdueFollowUpsOfTheDemoData() {
        openView(ui::test::demoDatabase(QStringLiteral("today-due")), ui::test::kDemoToday);
        const auto due = dueFollowUps();
        const auto overdue = std::count_if(
            due.begin(), due.end(), [&](const FollowUp& f) { return f.due < m_session->today(); });
        QVERIFY(overdue > 0);
        const auto rows = recordRows(list("followUpList"));
        QCOMPARE(rows.size(), due.size());
        for (std::size_t i = 0; i < due.size(); ++i) {
            QCOMPARE(rows[i]->data(0, ui::kFollowUpIdRole).toLongLong(), due[i].id);
            QCOMPARE(rows[i]->text(2), QString::fromStdString(due[i].subject));
            QVERIFY(!rows[i]->text(1).isEmpty()); // the customer's name
            const bool marked = rows[i]->background(0).color() != QColor();
            QCOMPARE(marked, due[i].due < m_session->today());
        }
        QVERIFY(title("followUpBox")
                    .contains(QStringLiteral("(%1, %2 overdue)").arg(due.size()).arg(overdue)));
    }

    void markingAFollowUpDoneRemovesIt() {
        openView(ui::test::demoDatabase(QStringLiteral("today-done")), ui::test::kDemoToday);
        const auto before = dueFollowUps();
        QVERIFY(!before.empty());
        QTreeWidget* tree = list("followUpList");
        tree->setCurrentItem(tree->topLevelItem(0));
        auto* button = m_view->findChild<QPushButton*>(QStringLiteral("markDoneButton"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);

        QCOMPARE(recordRows(tree).size(), before.size() - 1);
        for (QTreeWidgetItem* row : recordRows(tree))
            QVERIFY(row->data(0, ui::kFollowUpIdRole).toLongLong() != before[0].id);
        const auto done = FollowUpStore(m_session->database()).find(before[0].id);
        QCOMPARE(done->done, std::optional<Date>(m_session->today()));
        QVERIFY(title("followUpBox")
                    .startsWith(QStringLiteral("Follow-ups due (%1,").arg(before.size() - 1)));
    }

    void enterAndDoubleClickOpenTheCustomer() {
        openView(ui::test::demoDatabase(QStringLiteral("today-open")), ui::test::kDemoToday);
        QSignalSpy opened(m_view.get(), &ui::TodayView::openCustomer);
        QTreeWidget* tree = list("complaintList");
        const auto complaints = InteractionStore(m_session->database()).openComplaints();
        QCOMPARE(recordRows(tree).size(), complaints.size());
        QVERIFY(title("complaintBox").contains(QStringLiteral("(%1)").arg(complaints.size())));
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(1));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), complaints[1].customerId);

        QTreeWidget* due = list("followUpList");
        const QRect cell = due->visualItemRect(due->topLevelItem(0));
        QTest::mouseClick(due->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(due->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.at(1).at(0).toLongLong(), dueFollowUps().front().customerId);
    }

    void birthdaysThisWeekCrossTheYearEnd() {
        const QString path = ui::test::freshPath(QStringLiteral("today-birthdays"));
        {
            const Database db = Database::create(path.toStdString());
            Customer org;
            org.code = "O-1";
            org.name = "Harbour Trading";
            org.createdOn = Date(2020, 1, 1);
            Contact ann;
            ann.customerId = CustomerStore(db).add(org);
            ann.name = "Ann Lee";
            ann.birthday = Date(1980, 1, 2);
            ContactStore(db).add(ann, Date(2020, 1, 1));
            Contact bob = ann;
            bob.name = "Bob Wu";
            bob.birthday = Date(1980, 1, 9); // next week
            ContactStore(db).add(bob, Date(2020, 1, 1));
        }
        openView(path, Date(2026, 12, 30));
        const auto rows = recordRows(list("birthdayList"));
        QCOMPARE(rows.size(), std::size_t{1});
        QCOMPARE(rows[0]->text(1), QStringLiteral("Ann Lee"));
        QCOMPARE(rows[0]->text(2), QStringLiteral("Harbour Trading"));
        QVERIFY(rows[0]->text(0).endsWith(QStringLiteral("2027-01-02")));
        QCOMPARE(rows[0]->text(3), QStringLiteral("47"));
        QCOMPARE(title("birthdayBox"), QStringLiteral("Birthdays this week (1)"));
    }

    void atRiskListsMyCustomersOnceTheCurrentUserIsSet() {
        openView(ui::test::demoDatabase(QStringLiteral("today-risk")), ui::test::kDemoToday);
        QTreeWidget* tree = list("riskList");
        QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("userHint"))
                    ->text()
                    .contains(QStringLiteral("Settings")));
        QVERIFY(!tree->isColumnHidden(1)); // everyone's: the owner column says whose
        const auto everyone = recordRows(tree);
        QVERIFY(everyone.size() > 1);
        const QString owner = everyone[0]->text(1);

        ui::AppSettings::setCurrentUser(owner);
        refreshAndWait();
        AtRiskRequest request;
        request.asOf = m_session->today();
        request.owner = owner.toStdString();
        request.limit = 50;
        const auto mine = computeAtRisk(m_session->database(), request);
        const auto rows = recordRows(tree);
        QCOMPARE(rows.size(), mine.rows.size());
        QVERIFY(!rows.empty());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i]->data(0, ui::kCustomerIdRole).toLongLong(), mine.rows[i].customerId);
            QCOMPARE(rows[i]->text(1), owner);
            QVERIFY(!rows[i]->text(4).isEmpty()); // the reason
        }
        QVERIFY(tree->isColumnHidden(1));
        QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("userHint"))->text().contains(owner));
    }

    void showsComputingWhileTheRankingRuns() {
        m_session = std::make_unique<ui::Session>();
        m_session->setToday(ui::test::kDemoToday);
        m_session->open(ui::test::demoDatabase(QStringLiteral("today-busy")));
        m_view = std::make_unique<ui::TodayView>();
        m_view->setSession(m_session.get());
        QSignalSpy computed(m_view.get(), &ui::TodayView::computed);
        m_view->refresh();
        auto* stack = m_view->findChild<QStackedWidget*>(QStringLiteral("riskStack"));
        QCOMPARE(stack->currentIndex(), 0); // the "computing" page, until the worker reports
        QVERIFY(title("riskBox").contains(QStringLiteral("computing")));
        QVERIFY(computed.wait(60000));
        QCOMPARE(stack->currentIndex(), 1);
    }
};

QTEST_MAIN(TodayViewTest)
#include "today_view_test.moc"
