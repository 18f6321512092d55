// Screenshots of the app on demo data, in English and Chinese, written to
// the build tree (tests/ui/screenshots) for people to look at; the current
// ones are copied to docs/screenshots.
#include "ui_test_support.h"

#include "list/customer_list_model.h"
#include "main/main_window.h"
#include "main/session.h"

#include <QFileInfo>
#include <QImage>
#include <QTabWidget>
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
    }

private slots:
    void mainWindowInEnglish() { shootMainWindow(QStringLiteral("en")); }
    void mainWindowInChinese() { shootMainWindow(QStringLiteral("zh_CN")); }
};

QTEST_MAIN(ScreenshotTest)
#include "screenshot_test.moc"
