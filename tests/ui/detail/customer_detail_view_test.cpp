// The customer detail as a user meets it in the main window on a demo
// database: the selected customer's name, contacts, timeline (newest first,
// transactions and interactions mixed), stage and focus; RFM scores filled
// in once computed; value explained when no model is fitted; Enter and
// Delete on a record; and screenshots of it in English and Chinese.
#include "../ui_test_support.h"

#include "detail/customer_detail_view.h"
#include "detail/detail_rows.h"
#include "detail/detail_table_model.h"
#include "detail/rfm_cutpoint_cache.h"
#include "detail/rfm_history_model.h"
#include "list/domain_text.h"
#include "main/app_settings.h"
#include "main/main_window.h"
#include "edit/edit_controller.h"
#include "main/session.h"

#include "crm/store/clv_valuation.h"
#include "crm/store/contact_store.h"
#include "crm/store/customer_detail.h"
#include "crm/store/customer_store.h"
#include "crm/store/database.h"
#include "crm/store/rfm_query.h"
#include "crm/store/rfm_snapshot.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace crm;

class CustomerDetailViewTest : public QObject {
    Q_OBJECT
    std::unique_ptr<ui::MainWindow> m_window;

    const Database& db() { return m_window->session()->database(); }
    ui::CustomerDetailView& view() { return *m_window->findChild<ui::CustomerDetailView*>(); }
    QString labelText(const char* name) {
        return view().findChild<QLabel*>(QLatin1String(name))->text();
    }

    // An organisation with several contacts, a change of primary contact, a
    // complaint and the most purchases: the customer a person would open to
    // see everything the view can show.
    std::int64_t richOrganisation() {
        std::int64_t best = 0, most = -1;
        for (std::int64_t id = 1; id <= 400; ++id) {
            const auto records = loadCustomerRecords(db(), id);
            if (records->customer.kind == CustomerKind::Organisation && records->aggregates.purchaseCount > most &&
                records->contacts.size() >= 2 && records->primaryHistory.size() >= 2 && !records->complaints.empty())
                std::tie(best, most) = std::pair(id, records->aggregates.purchaseCount);
        }
        return best;
    }

    std::int64_t firstPerson() {
        for (std::int64_t id = 1; id <= 400; ++id)
            if (CustomerStore(db()).find(id)->kind == CustomerKind::Person && CustomerStore(db()).find(id)->birthday)
                return id;
        return 0;
    }

    void openCustomer(std::int64_t id) {
        m_window->showCustomer(id);
        QCOMPARE(view().customerId(), id);
    }

    void waitForScores() {
        QTRY_VERIFY_WITH_TIMEOUT(!view().cutpointCache()->isComputing(), 60000);
        const auto& points = view().rfmHistoryModel()->points();
        QTRY_VERIFY(std::none_of(points.begin(), points.end(), [](const auto& p) { return p.pending; }));
    }

private slots:
    void init() {
        ui::test::useLanguage(QStringLiteral("en"));
        m_window = std::make_unique<ui::MainWindow>();
        m_window->session()->setToday(ui::test::kDemoToday);
        m_window->resize(1280, 860);
        QVERIFY(m_window->openDatabase(ui::test::demoDatabase(QStringLiteral("detail"))));
        m_window->show();
    }
    void cleanup() { m_window.reset(); }

    void selectingACustomerShowsItsNameContactsTimelineAndStage() {
        const std::int64_t id = richOrganisation();
        QVERIFY(id != 0);
        openCustomer(id);
        const Customer customer = *CustomerStore(db()).find(id);
        QCOMPARE(labelText("nameLabel"), QString::fromStdString(customer.name));
        QCOMPARE(view().contactsModel()->rowCount(), static_cast<int>(ContactStore(db()).listFor(id).size()));
        QCOMPARE(labelText("stageBadge"), ui::stageName(customer.stage));
        QVERIFY(labelText("focusLabel").contains(ui::stageFocusText(customer.stage).toHtmlEscaped()));

        const ui::DetailTableModel& timeline = *view().timelineModel();
        QVERIFY(timeline.rowCount() > 10);
        bool transactions = false, interactions = false;
        QString previous = QStringLiteral("9999-12-31");
        for (int row = 0; row < timeline.rowCount(); ++row) {
            const QString date = timeline.index(row, ui::DetailRows::TimelineDate).data().toString();
            QVERIFY2(date <= previous, qPrintable(date + QStringLiteral(" after ") + previous));
            previous = date;
            transactions |= timeline.rowAt(row)->kind == ui::RecordKind::Transaction;
            interactions |= timeline.rowAt(row)->kind == ui::RecordKind::Interaction;
        }
        QVERIFY(transactions && interactions);
    }

    void anEditShowsInTheTimelineWithWhoMadeIt() {
        const std::int64_t id = richOrganisation();
        openCustomer(id);
        ui::AppSettings::setCurrentUser(QStringLiteral("li.na"));
        m_window->session()->applyCurrentUser();
        Customer changed = *CustomerStore(db()).find(id);
        const QString oldEmail = QString::fromStdString(changed.email);
        changed.email = "buyer@changed.cn";
        {
            WriteTransaction tx(db());
            CustomerStore(db()).update(changed);
            tx.commit();
        }
        m_window->session()->notifyCustomerChanged(id);
        auto* filter = view().findChild<QComboBox*>(QStringLiteral("timelineFilter"));
        filter->setCurrentIndex(3); // Changes
        const ui::DetailTableModel& timeline = *view().timelineModel();
        QVERIFY(timeline.rowCount() >= 1);
        const QString details = timeline.index(0, ui::DetailRows::TimelineDetails).data().toString();
        QVERIFY2(details.contains(QStringLiteral("email")) && details.contains(QStringLiteral("buyer@changed.cn")) &&
                     details.contains(QStringLiteral("li.na")),
                 qPrintable(details));
        if (!oldEmail.isEmpty())
            QVERIFY2(details.contains(oldEmail), qPrintable(details));
        QVERIFY(!timeline.rowAt(0)->kind.has_value()); // a change is not a record to edit
        view().findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(
            view().findChild<QWidget*>(QStringLiteral("timelineTab")));
        ui::test::saveScreenshot(view(), QStringLiteral("detail-changes-en"));
        // Everything: the change is there among the records, newest first.
        filter->setCurrentIndex(0);
        QCOMPARE(view().timelineModel()->index(0, ui::DetailRows::TimelineDetails).data().toString(), details);
        ui::AppSettings::setCurrentUser(QString());
    }

    void theModelsPassTheModelTester() {
        QList<QAbstractItemModel*> models{view().contactsModel(), view().timelineModel(),
                                          view().followUpsModel(), view().complaintsModel(),
                                          view().stageHistoryModel(), view().rfmHistoryModel()};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel* model : models)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(model));
        openCustomer(richOrganisation());
        waitForScores();
        openCustomer(firstPerson());
        openCustomer(0);
    }

    void rfmScoresFillInOnceComputedAndAgreeWithScoringEveryone() {
        const std::int64_t id = richOrganisation();
        openCustomer(id);
        waitForScores();
        const auto& points = view().rfmHistoryModel()->points();
        QCOMPARE(points.size(), 12); // the demo's today is a month end
        const Customer customer = *CustomerStore(db()).find(id);
        const auto rows = computeRfm(db(), RfmRequest{ui::test::kDemoToday, std::nullopt});
        const auto row = std::find_if(rows.begin(), rows.end(), [&](const RfmRow& r) { return r.code == customer.code; });
        QVERIFY(row != rows.end());
        QVERIFY(points.back().score);
        QCOMPARE(labelText("rValue"), QStringLiteral("%1 / 5").arg(row->score.r));
        QCOMPARE(labelText("fValue"), QStringLiteral("%1 / 5").arg(row->score.f));
        QCOMPARE(labelText("mValue"), QStringLiteral("%1 / 5").arg(row->score.m));
        QCOMPARE(labelText("segmentBadge"), ui::segmentName(row->score.segment));
        // Kept in the (writable) file: the next customer needs no computing.
        QVERIFY(loadCutpoints(db(), ui::test::kDemoToday));
    }

    void valueSaysSoWhenNoModelIsFittedAndShowsItOnceOneIs() {
        const std::int64_t id = richOrganisation();
        openCustomer(id);
        QVERIFY(labelText("valueNote").contains(QStringLiteral("No lifetime-value model")));
        QVERIFY(!labelText("aliveValue").contains(QLatin1Char('%')));
        fitAndStoreClvModel(db(), ui::test::kDemoToday, clv::TimeUnit::Week);
        view().showCustomer(id); // read again
        QVERIFY(labelText("aliveValue").contains(QLatin1Char('%')));
        QVERIFY(labelText("valueNote").contains(QStringLiteral("fitted as of 2026-06-30")));
    }

    void aPersonShowsABirthdayAndNoCompanyFields() {
        openCustomer(firstPerson());
        QVERIFY(view().findChild<QLabel*>(QStringLiteral("birthdayValue"))->isVisibleTo(&view()));
        QVERIFY(!view().findChild<QLabel*>(QStringLiteral("companyStageValue"))->isVisibleTo(&view()));
        QVERIFY(!view().findChild<QLabel*>(QStringLiteral("primaryContactValue"))->isVisibleTo(&view()));
    }

    void enterAndDeleteOnATimelineRowAskForThatRecord() {
        openCustomer(richOrganisation());
        // The window would open the edit dialog; here the request itself is the point.
        QObject::disconnect(&view(), nullptr, m_window->editor(), nullptr);
        auto* tabs = view().findChild<QTabWidget*>(QStringLiteral("tabs"));
        auto* table = view().findChild<QTableView*>(QStringLiteral("timelineTable"));
        tabs->setCurrentWidget(view().findChild<QWidget*>(QStringLiteral("timelineTab")));
        table->setFocus();
        int first = 0; // the newest record (changes above it are not records)
        while (!view().timelineModel()->rowAt(first)->kind)
            ++first;
        table->setCurrentIndex(view().timelineModel()->index(first, 0));
        const ui::DetailTableModel::Row& row = *view().timelineModel()->rowAt(first);
        QSignalSpy edit(&view(), &ui::CustomerDetailView::editRecordRequested);
        QSignalSpy remove(&view(), &ui::CustomerDetailView::deleteRecordRequested);
        QTest::keyClick(table, Qt::Key_Return);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(edit.size(), 1);
        QCOMPARE(remove.size(), 1);
        QCOMPARE(edit.first().at(0).value<ui::RecordKind>(), *row.kind);
        QCOMPARE(edit.first().at(1).toLongLong(), row.id);
        QCOMPARE(remove.first().at(1).toLongLong(), row.id);
    }

    void screenshotsInEnglishAndChinese() {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            cleanup();
            ui::test::useLanguage(language);
            m_window = std::make_unique<ui::MainWindow>();
            m_window->session()->setToday(ui::test::kDemoToday);
            m_window->resize(1280, 860);
            QVERIFY(m_window->openDatabase(ui::test::demoDatabase(QStringLiteral("detail-shots"))));
            m_window->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
            fitAndStoreClvModel(db(), ui::test::kDemoToday, clv::TimeUnit::Week);
            openCustomer(richOrganisation());
            waitForScores();
            auto* tabs = view().findChild<QTabWidget*>(QStringLiteral("tabs"));
            const QString suffix = QLatin1Char('-') + language;
            ui::test::saveScreenshot(*m_window, QStringLiteral("detail") + suffix);
            const char* const tabNames[] = {"overview", "contacts", "timeline", "followUps", "analytics"};
            for (const char* tab : tabNames) {
                tabs->setCurrentWidget(view().findChild<QWidget*>(QLatin1String(tab) + QStringLiteral("Tab")));
                ui::test::saveScreenshot(view(), QStringLiteral("detail-%1").arg(QLatin1String(tab)) + suffix);
            }
            auto* analytics = view().findChild<QScrollArea*>(QStringLiteral("analyticsScroll"));
            analytics->verticalScrollBar()->setValue(analytics->verticalScrollBar()->maximum());
            ui::test::saveScreenshot(view(), QStringLiteral("detail-analytics-end") + suffix);
        }
    }
};

QTEST_MAIN(CustomerDetailViewTest)
#include "customer_detail_view_test.moc"
