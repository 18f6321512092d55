// The settings dialog: the current user and language are kept, owners are
// offered, an invalid threshold is refused next to its field, and changed
// thresholds are stored and (when the user agrees) the stages re-derived.
#include "crm/store/database.h"
#include "crm/store/lifecycle_rules_store.h"
#include "crm/store/lifecycle_timeline.h"
#include "edit/message_box.h"
#include "main/app_settings.h"
#include "main/backup_actions.h"
#include "main/session.h"
#include "settings/lifecycle_rules_editor.h"
#include "settings/settings_dialog.h"
#include "ui_test_support.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTest>

using namespace crm;

class SettingsDialogTest : public QObject {
    Q_OBJECT
    std::unique_ptr<ui::Session> m_session;

    QPushButton* okButton(ui::SettingsDialog& dialog) {
        return dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttons"))
            ->button(QDialogButtonBox::Ok);
    }
    lifecycle::Rules storedRules() { return LifecycleRulesStore(m_session->database()).load(); }

private slots:
    void init() {
        ui::AppSettings::setCurrentUser(QString());
        ui::AppSettings::setLanguage(QString());
        m_session = std::make_unique<ui::Session>();
        m_session->setToday(ui::test::kDemoToday);
        m_session->open(ui::test::demoDatabase(QStringLiteral("settings")));
    }
    void cleanup() { m_session.reset(); }

    void savesTheCurrentUserAndLanguage() {
        ui::SettingsDialog dialog(m_session.get());
        auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("currentUserEdit"));
        const auto* owners = qobject_cast<QStringListModel*>(user->completer()->model());
        QVERIFY(owners && owners->rowCount() > 1); // the owners in the database are offered
        const QString owner = owners->stringList().first();
        user->clear();
        QTest::keyClicks(user, owner);
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ui::AppSettings::currentUser(), owner);
        QCOMPARE(ui::AppSettings::language(), QStringLiteral("zh_CN"));
        QVERIFY(storedRules().lostAfterDays == lifecycle::Rules{}.lostAfterDays); // untouched
    }

    void savesHowOftenToBackUpAndHowManyToKeep() {
        ui::AppSettings::setBackupIntervalDays(1);
        ui::AppSettings::setBackupKeepCount(10);
        ui::SettingsDialog dialog(m_session.get());
        auto* every = dialog.findChild<QSpinBox*>(QStringLiteral("backupIntervalSpin"));
        auto* keep = dialog.findChild<QSpinBox*>(QStringLiteral("backupKeepSpin"));
        QCOMPARE(every->value(), 1);
        QCOMPARE(keep->value(), 10);
        every->setValue(7);
        keep->setValue(3);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(ui::BackupActions::intervalDays(), 7);
        QCOMPARE(ui::BackupActions::keepCount(), 3);
        // Never: the spin box says so at 0, and no automatic backup is due.
        ui::SettingsDialog again(m_session.get());
        auto* never = again.findChild<QSpinBox*>(QStringLiteral("backupIntervalSpin"));
        never->setValue(0);
        QCOMPARE(never->text(), QStringLiteral("Never"));
        QTest::mouseClick(okButton(again), Qt::LeftButton);
        QCOMPARE(ui::BackupActions::intervalDays(), 0);
        ui::AppSettings::setBackupIntervalDays(1);
        ui::AppSettings::setBackupKeepCount(10);
    }

    void showsTheDatabaseCurrencyReadOnly() {
        ui::SettingsDialog dialog(m_session.get());
        auto* currency = dialog.findChild<QLabel*>(QStringLiteral("currencyValue"));
        QVERIFY(currency->text().startsWith(QStringLiteral("CNY, 2 decimal places")));
        QVERIFY(!currency->findChild<QLineEdit*>()); // shown, not editable
    }

    void refusesAnInvalidThreshold() {
        ui::SettingsDialog dialog(m_session.get());
        ui::LifecycleRulesEditor* rules = dialog.rulesEditor();
        QLineEdit* lost = rules->field("lifecycle.lost_after_days");
        lost->selectAll();
        QTest::keyClicks(lost, QStringLiteral("10"));
        QVERIFY(
            rules->errorText("lifecycle.lost_after_days").contains(QStringLiteral("30 to 3650")));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.accept(); // even if forced, nothing is stored and the dialog stays
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(storedRules().lostAfterDays, 365);

        lost->setText(QStringLiteral("365"));
        QVERIFY(rules->errorText("lifecycle.lost_after_days").isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());
        // Valid alone, but recovery below the decline share is refused too.
        rules->field("lifecycle.recovery_revenue_ratio")->setText(QStringLiteral("0.3"));
        QVERIFY(rules->errorText("lifecycle.recovery_revenue_ratio")
                    .contains(QStringLiteral("decline")));
        QVERIFY(!okButton(dialog)->isEnabled());
    }

    void restoreDefaultsPutsEveryThresholdBack() {
        ui::SettingsDialog dialog(m_session.get());
        ui::LifecycleRulesEditor* rules = dialog.rulesEditor();
        rules->field("lifecycle.gap_factor")->setText(QStringLiteral("7"));
        rules->field("lifecycle.quarter_days")->setText(QStringLiteral("1"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("restoreDefaultsButton")),
                          Qt::LeftButton);
        QCOMPARE(rules->field("lifecycle.gap_factor")->text(), QStringLiteral("3"));
        QCOMPARE(rules->field("lifecycle.quarter_days")->text(), QStringLiteral("91"));
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void savedThresholdsReDeriveTheStagesWhenAsked() {
        const Date later(2026, 7, 15); // the demo timeline is of 30 June: a replay moves it
        m_session->setToday(later);
        ui::SettingsDialog dialog(m_session.get());
        dialog.rulesEditor()->field("lifecycle.lost_after_days")->setText(QStringLiteral("200"));
        dialog.rulesEditor()->field("lifecycle.min_silence_days")->setText(QStringLiteral("60"));
        const int boxes = ui::MessageBox::shownCount();
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ui::MessageBox::shownCount(), boxes + 1);
        QCOMPARE(storedRules().lostAfterDays, 200);
        QCOMPARE(storedRules().minSilenceDays, 60);
        QCOMPARE(lifecycleTimelineAsOf(m_session->database()), std::optional<Date>(later));
    }

    void declinedReDerivationLeavesTheTimelineToBeReplayed() {
        ui::SettingsDialog dialog(m_session.get());
        dialog.rulesEditor()->field("lifecycle.gap_factor")->setText(QStringLiteral("2.5"));
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(storedRules().gapFactor, 2.5);
        QVERIFY(!lifecycleTimelineAsOf(m_session->database()));
    }
};

QTEST_MAIN(SettingsDialogTest)
#include "settings_dialog_test.moc"
