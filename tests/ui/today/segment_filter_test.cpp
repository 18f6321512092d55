// The customer list's Segment filter lists exactly the customers the domain
// puts in that RFM segment as of the session's today.
#include "crm/store/database.h"
#include "crm/store/segment_members.h"
#include "list/customer_list_model.h"
#include "main/main_window.h"
#include "main/session.h"
#include "today/segment_filter_box.h"
#include "ui_test_support.h"

#include <QTest>
#include <algorithm>

using namespace crm;

class SegmentFilterTest : public QObject {
    Q_OBJECT

private slots:
    void listsTheMembersOfTheChosenSegment() {
        ui::MainWindow window;
        window.session()->setToday(ui::test::kDemoToday);
        QVERIFY(window.openDatabase(ui::test::demoDatabase(QStringLiteral("segment-filter"))));
        window.show();
        ui::CustomerListModel& model = *window.customerModel();
        QTRY_COMPARE(model.rowCount(), 400);
        auto* box = window.findChild<ui::SegmentFilterBox*>(QStringLiteral("segmentFilter"));
        QVERIFY(box);

        for (const auto segment : {rfm::Segment::Champions, rfm::Segment::Hibernating}) {
            const auto expected =
                segmentMembers(window.session()->database(), segment, ui::test::kDemoToday);
            QVERIFY(!expected.empty());
            box->setCurrentIndex(box->findData(static_cast<int>(segment)));
            QVERIFY(box->isComputing());
            QVERIFY(box->itemText(box->currentIndex()).contains(QStringLiteral("computing")));
            QTRY_VERIFY_WITH_TIMEOUT(!box->isComputing(), 30000);
            QTRY_COMPARE(model.rowCount(), static_cast<int>(expected.size()));
            for (int row = 0; row < model.rowCount(); ++row)
                QVERIFY(
                    std::binary_search(expected.begin(), expected.end(), model.customerId(row)));
        }
        box->setCurrentIndex(0);
        QTRY_COMPARE(model.rowCount(), 400);
    }
};

QTEST_MAIN(SegmentFilterTest)
#include "segment_filter_test.moc"
