// Screenshots of the app on demo data, in English and Chinese, written to
// the build tree (tests/ui/screenshots) for people to look at; the current
// ones are copied to docs/screenshots.
#include "ui_test_support.h"

#include "list/customer_list_model.h"
#include "main/main_window.h"
#include "main/session.h"

#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace crm;

class ScreenshotTest : public QObject {
    Q_OBJECT

    void shootMainWindow(const QString& language) {
        ui::test::useLanguage(language);
        ui::MainWindow window;
        window.session()->setToday(ui::test::kDemoToday);
        window.resize(1400, 860);
        QVERIFY(window.openDatabase(ui::test::demoDatabase(QStringLiteral("shots-") + language)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = ui::test::saveScreenshot(window, QStringLiteral("main-window-") + language);
        const QImage image(path);
        QCOMPARE(image.width(), window.width() * window.devicePixelRatio());
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("views"));
        tabs->setCurrentIndex(1);
        ui::test::saveScreenshot(window, QStringLiteral("today-") + language);
        tabs->setCurrentIndex(0);
        shootSearch(window, language);
    }

    // A search of a word of 4+ letters (kept for the connection, see
    // search::matchingIdSet): the list narrows to the customers holding it.
    void shootSearch(ui::MainWindow& window, const QString& language) {
        const auto* model = window.customerModel();
        const QString name = model->data(model->index(5, ui::CustomerListModel::NameColumn)).toString();
        const QString word = name.section(QLatin1Char(' '), 0, 0).left(5);
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
        QTest::keyClicks(search, word);
        QTRY_VERIFY(model->rowCount() < 400);
        QVERIFY(model->rowCount() >= 1);
        int found = -1; // the customer the word was taken from is among them
        for (int row = 0; row < model->rowCount() && found < 0; ++row)
            if (model->data(model->index(row, ui::CustomerListModel::NameColumn)).toString() == name)
                found = row;
        QVERIFY2(found >= 0, qPrintable(word + QStringLiteral(" did not find ") + name));
        window.findChild<QTableView*>(QStringLiteral("customerTable"))->selectRow(found); // as a user clicks it
        QTest::qWait(300);
        ui::test::saveScreenshot(window, QStringLiteral("main-window-search-") + language);
    }

private slots:
    void mainWindowInEnglish() { shootMainWindow(QStringLiteral("en")); }
    void mainWindowInChinese() { shootMainWindow(QStringLiteral("zh_CN")); }
};

QTEST_MAIN(ScreenshotTest)
#include "screenshot_test.moc"
