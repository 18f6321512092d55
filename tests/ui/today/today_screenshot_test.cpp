// Screenshots of the Today page (the main window on its Today tab, English
// and Chinese) and of the settings dialog, written to the build tree
// (tests/ui/screenshots) for people to look at.
#include "crm/store/customer_query.h"
#include "main/app_settings.h"
#include "main/main_window.h"
#include "main/session.h"
#include "settings/lifecycle_rules_editor.h"
#include "settings/settings_dialog.h"
#include "today/today_view.h"
#include "ui_test_support.h"

#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace crm;

class TodayScreenshotTest : public QObject {
    Q_OBJECT

    static QString firstOwner(const Database& db) {
        return QString::fromStdString(
            CustomerQuery(db).distinctValues(CustomerField::Owner).front());
    }

    void shootToday(const QString& language) {
        ui::test::useLanguage(language);
        ui::MainWindow window;
        window.session()->setToday(ui::test::kDemoToday);
        window.resize(1400, 860);
        QVERIFY(
            window.openDatabase(ui::test::demoDatabase(QStringLiteral("today-shots-") + language)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // "My" at-risk customers, as a rep who set their name sees them.
        ui::AppSettings::setCurrentUser(firstOwner(window.session()->database()));
        auto* today = window.findChild<ui::TodayView*>(QStringLiteral("todayView"));
        QSignalSpy computed(today, &ui::TodayView::computed);
        window.findChild<QTabWidget*>(QStringLiteral("views"))
            ->setCurrentWidget(today->parentWidget());
        QVERIFY(computed.wait(60000));
        const QString path = ui::test::saveScreenshot(window, QStringLiteral("today-") + language);
        QCOMPARE(QImage(path).width(), window.width() * window.devicePixelRatio());
    }

private slots:
    void todayInEnglish() { shootToday(QStringLiteral("en")); }
    void todayInChinese() { shootToday(QStringLiteral("zh_CN")); }

    void settingsInEnglish() {
        ui::test::useLanguage(QStringLiteral("en"));
        ui::Session session;
        session.open(ui::test::demoDatabase(QStringLiteral("settings-shots")));
        ui::AppSettings::setCurrentUser(firstOwner(session.database()));
        ui::SettingsDialog dialog(&session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ui::test::saveScreenshot(dialog, QStringLiteral("settings-en"));
        dialog.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(1);
        ui::test::saveScreenshot(dialog, QStringLiteral("settings-lifecycle-en"));
        dialog.rulesEditor()->field("lifecycle.lost_after_days")->setText(QStringLiteral("10"));
        ui::test::saveScreenshot(dialog, QStringLiteral("settings-lifecycle-error-en"));
    }
};

QTEST_MAIN(TodayScreenshotTest)
#include "today_screenshot_test.moc"
