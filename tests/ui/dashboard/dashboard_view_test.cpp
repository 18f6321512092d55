// The dashboard as a manager uses it in the main window: it computes when
// its tab is shown, a click on an RFM cell lists exactly the cell's
// customers, filters recompute every panel (a stale computation is
// dropped), and it exports PNG and a multi-page PDF. Also the screenshots.
#include "../ui_test_support.h"

#include "crm/store/clv_valuation.h"
#include "crm/store/customer_query.h"
#include "crm/store/database.h"
#include "crm/store/rfm_query.h"
#include "dashboard/dashboard_export.h"
#include "dashboard/dashboard_view.h"
#include "dashboard/heat_grid.h"
#include "dashboard/migration_panel.h"
#include "dashboard/rfm_panel.h"
#include "list/customer_list_model.h"
#include "list/domain_text.h"
#include "main/main_window.h"
#include "main/session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <map>
#include <set>
#include <utility>

using namespace crm;

class DashboardViewTest : public QObject {
    Q_OBJECT
    std::unique_ptr<ui::MainWindow> m_window;

    ui::DashboardView* view() { return m_window->findChild<ui::DashboardView*>(QStringLiteral("dashboardView")); }

    void openDashboard() {
        QSignalSpy computed(view(), &ui::DashboardView::computed);
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("views"));
        tabs->setCurrentWidget(m_window->findChild<QWidget*>(QStringLiteral("dashboardTab")));
        QTRY_VERIFY2_WITH_TIMEOUT(computed.count() == 1, qPrintable(statusText(computed.count())), 30000);
    }

    // What the dashboard says, for a failure message.
    QString statusText(qsizetype computedCount) {
        return QStringLiteral("computed %1 times; status: %2").arg(computedCount).arg(
            view()->findChild<QLabel*>(QStringLiteral("statusLabel"))->text());
    }

    // Waits for the computation a change of the controls starts.
    void waitForRecompute() {
        QSignalSpy computed(view(), &ui::DashboardView::computed);
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() >= 1 && !view()->isComputing(), 30000);
    }

    // Codes of every row of the customer list (all loaded).
    std::set<std::string> listedCodes() {
        ui::CustomerListModel& model = *m_window->customerModel();
        while (model.canFetchMore({}))
            model.fetchMore({});
        std::set<std::string> codes;
        for (int row = 0; row < model.rowCount(); ++row)
            codes.insert(ui::toStd(model.data(model.index(row, ui::CustomerListModel::CodeColumn)).toString()));
        return codes;
    }

    // The at-risk panel's reasons in the Chinese UI: said from the warning
    // signs in the user's language, not the domain's English sentence.
    void reasonsSpeakChinese() {
        auto* table = view()->findChild<QWidget*>(QStringLiteral("atRiskPanel"))->findChild<QTableWidget*>();
        QVERIFY(table && table->rowCount() > 0);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString reason = table->item(row, 4)->text();
            QVERIFY2(!reason.isEmpty() && !reason.contains(QStringLiteral("usually buys")) &&
                         !reason.contains(QStringLiteral("revenue last")) && !reason.contains(QStringLiteral("days")),
                     qPrintable(reason));
        }
    }

private slots:
    void init() {
        ui::test::useLanguage(QStringLiteral("en"));
        m_window = std::make_unique<ui::MainWindow>();
        m_window->session()->setToday(ui::test::kDemoToday);
        m_window->resize(1500, 1000);
        QVERIFY(m_window->openDatabase(ui::test::demoDatabase(QStringLiteral("dashboard"))));
        m_window->show();
        openDashboard();
    }
    void cleanup() { m_window.reset(); }

    void opensOnTheSessionsTodayWithEveryCustomer() {
        QCOMPARE(view()->data().period.asOf, ui::test::kDemoToday);
        QCOMPARE(view()->data().customers, CustomerQuery(m_window->session()->database()).count({}));
    }

    void rfmCellListsExactlyItsCustomers() {
        const auto& cells = view()->data().rfm.cells;
        int bestR = 1, bestF = 1; // the fullest cell
        for (int r = 1; r <= 5; ++r)
            for (int f = 1; f <= 5; ++f)
                if (cells[r - 1][f - 1].customers > cells[bestR - 1][bestF - 1].customers)
                    std::tie(bestR, bestF) = std::pair(r, f);
        auto* panel = view()->findChild<ui::RfmPanel*>(QStringLiteral("rfmPanel"));
        const int row = 5 - bestR, column = bestF - 1;
        QCOMPARE(panel->grid()->cell(row, column).text, QString::number(cells[bestR - 1][bestF - 1].customers));
        QTest::mouseClick(panel->grid(), Qt::LeftButton, {}, panel->grid()->cellCenter(row, column));

        std::set<std::string> expected; // crm rfm's customers of that (R, F)
        for (const RfmRow& rfm : computeRfm(m_window->session()->database(), {ui::test::kDemoToday, std::nullopt}))
            if (rfm.score.r == bestR && rfm.score.f == bestF)
                expected.insert(rfm.code);
        const std::set<std::string> listed = listedCodes();
        QCOMPARE(static_cast<std::int64_t>(listed.size()), cells[bestR - 1][bestF - 1].customers);
        QVERIFY(listed == expected);
        auto* drill = m_window->findChild<QLabel*>(QStringLiteral("drillDownLabel"));
        QVERIFY2(drill->text().contains(QStringLiteral("R %1, F %2").arg(bestR).arg(bestF)), qPrintable(drill->text()));
    }

    void migrationCellListsTheCustomersWhoMadeThatMove() {
        const dashboard::MigrationPanel& migration = view()->data().migration;
        int from = 0, to = 1; // the fullest cell off the diagonal
        for (int f = 0; f < rfm::kMigrationSize; ++f)
            for (int t = 0; t < rfm::kMigrationSize; ++t)
                if (f != t && migration.matrix.counts[f][t] > migration.matrix.counts[from][to])
                    std::tie(from, to) = std::pair(f, t);
        const std::int64_t count = migration.matrix.counts[from][to];
        QVERIFY(count > 0);
        auto* panel = view()->findChild<ui::MigrationPanel*>(QStringLiteral("migrationPanel"));
        QCOMPARE(panel->grid()->cell(from, to).text, QString::number(count));
        QVERIFY2(panel->summary()->text().contains(QString::number(migration.moved)), qPrintable(panel->summary()->text()));
        QTest::mouseClick(panel->grid(), Qt::LeftButton, {}, panel->grid()->cellCenter(from, to));

        // crm rfm's segment of each customer on both dates
        const Database& db = m_window->session()->database();
        std::map<std::string, std::pair<int, int>> segments;
        for (const Date date : {migration.from, migration.to})
            for (const RfmRow& rfm : computeRfm(db, {date, std::nullopt})) {
                auto& pair = segments.try_emplace(rfm.code, rfm::kNotScored, rfm::kNotScored).first->second;
                (date == migration.from ? pair.first : pair.second) = static_cast<int>(rfm.score.segment);
            }
        std::set<std::string> expected;
        for (const auto& [code, pair] : segments)
            if (pair == std::pair(from, to))
                expected.insert(code);
        const std::set<std::string> listed = listedCodes();
        QCOMPARE(static_cast<std::int64_t>(listed.size()), count);
        QVERIFY(listed == expected);
        auto* drill = m_window->findChild<QLabel*>(QStringLiteral("drillDownLabel"));
        QVERIFY2(drill->text().contains(ui::MigrationPanel::headerOf(from) + QStringLiteral(" → ") +
                                        ui::MigrationPanel::headerOf(to)),
                 qPrintable(drill->text()));
    }

    void ownerFilterRecomputesEveryPanel() {
        const Database& db = m_window->session()->database();
        const std::string owner = CustomerQuery(db).distinctValues(CustomerField::Owner).at(0);
        auto* box = view()->findChild<QComboBox*>(QStringLiteral("ownerFilter"));
        box->setCurrentIndex(box->findData(ui::toQ(owner)));
        waitForRecompute();
        CustomerFilter filter;
        filter.owner = owner;
        QCOMPARE(view()->data().filter.owner, owner);
        QCOMPARE(view()->data().customers, CustomerQuery(db).count(filter));
        QCOMPARE(view()->data().ledger.owners.size(), std::size_t{1});
    }

    void aNewDateSupersedesTheRunningComputation() {
        QSignalSpy computed(view(), &ui::DashboardView::computed);
        auto* asOf = view()->findChild<QDateEdit*>(QStringLiteral("asOfEdit"));
        asOf->setDate(QDate(2026, 3, 31));
        view()->refresh(); // starts at once
        asOf->setDate(QDate(2025, 12, 31));
        view()->refresh(); // cancels the first
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() >= 1 && !view()->isComputing(), 30000);
        QTest::qWait(200);
        QCOMPARE(computed.count(), 1);
        QCOMPARE(view()->data().period.asOf, Date(2025, 12, 31));
    }

    void aFilterChosenWhileTheFactsAreReadIsTheOneShown() {
        QSignalSpy computed(view(), &ui::DashboardView::computed);
        view()->findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate(2026, 5, 31));
        view()->refresh(); // a new date: the facts are read again
        auto* kind = view()->findChild<QComboBox*>(QStringLiteral("kindFilter"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(CustomerKind::Person)));
        view()->refresh(); // same date, still reading: only the filter changes
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() >= 1 && !view()->isComputing(), 30000);
        QCOMPARE(view()->data().period.asOf, Date(2026, 5, 31));
        QCOMPARE(view()->data().filter.kind, std::optional(CustomerKind::Person));
        CustomerFilter persons;
        persons.kind = CustomerKind::Person;
        QVERIFY(view()->data().customers <= CustomerQuery(m_window->session()->database()).count(persons));
        QVERIFY(view()->data().riskAssessed);
    }

    // A filter chosen the moment the panels arrive (here by a slot of
    // `computed`, before the loader's worker has said it finished) is not
    // handed to the computation that just ended: it starts a new one.
    void aFilterChosenAsThePanelsArriveIsComputed() {
        const std::string owner =
            CustomerQuery(m_window->session()->database()).distinctValues(CustomerField::Owner).at(1);
        auto* box = view()->findChild<QComboBox*>(QStringLiteral("ownerFilter"));
        bool chosen = false;
        const auto choose = connect(view(), &ui::DashboardView::computed, this, [&] {
            if (std::exchange(chosen, true))
                return;
            QSignalBlocker quiet(box); // no scheduled refresh: only the one below
            box->setCurrentIndex(box->findData(ui::toQ(owner)));
            view()->refresh();
        });
        view()->findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate(2026, 4, 30));
        view()->refresh(); // a new date: the facts are read again
        QTRY_VERIFY_WITH_TIMEOUT(chosen && !view()->isComputing(), 30000);
        disconnect(choose);
        QCOMPARE(view()->data().filter.owner, owner);
        QCOMPARE(view()->data().period.asOf, Date(2026, 4, 30));
        QVERIFY(view()->data().riskAssessed);
    }

    void exportsPngAndAMultiPagePdf() {
        const QString png = ui::test::freshPath(QStringLiteral("dashboard-export")) + QStringLiteral(".png");
        QVERIFY(view()->exportPng(png));
        const QImage image(png);
        QCOMPARE(image.width(), view()->panelArea()->width() * static_cast<int>(view()->devicePixelRatio()));
        const QString pdf = ui::test::freshPath(QStringLiteral("dashboard-export")) + QStringLiteral(".pdf");
        QVERIFY(view()->exportPdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY2(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") >= 3, "at least three pages");
    }

    void screenshots() {
        const QString path = ui::test::demoDatabase(QStringLiteral("dashboard-shot"));
        fitAndStoreClvModel(Database::open(path.toStdString()), ui::test::kDemoToday, clv::TimeUnit::Week);
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            m_window.reset();
            ui::test::useLanguage(language);
            m_window = std::make_unique<ui::MainWindow>();
            m_window->session()->setToday(ui::test::kDemoToday);
            m_window->resize(1600, 1000);
            QVERIFY(m_window->openDatabase(path));
            m_window->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
            openDashboard();
            QTest::qWait(100);
            ui::test::saveScreenshot(*m_window, QStringLiteral("dashboard-") + language);
            QVERIFY(view()->data().clv.hasModel);
            ui::test::saveScreenshot(*view()->panelArea(), QStringLiteral("dashboard-panels-") + language);
            for (QWidget* panel : view()->panels()) // one by one, to look at closely
                ui::test::saveScreenshot(*panel, QStringLiteral("dashboard-%1-%2").arg(panel->objectName(), language));
            if (language == QStringLiteral("zh_CN"))
                reasonsSpeakChinese();
            const auto pages = ui::reportImages(view()->report(), QSize(1754, 1240), 150); // A4 landscape
            QVERIFY(pages.size() >= 3);
            for (int p = 0; p < pages.size(); ++p)
                pages[p].save(QStringLiteral(CRM_SCREENSHOT_DIR "/dashboard-report-%1-page%2.png").arg(language).arg(p + 1));
        }
    }
};

QTEST_MAIN(DashboardViewTest)
#include "dashboard_view_test.moc"
