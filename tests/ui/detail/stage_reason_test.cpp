// The lifecycle reasons of a demo database as the detail view says them:
// in English exactly as stored, in Chinese with no English word left, and a
// note typed by a user as written.
#include "../ui_test_support.h"

#include "list/stage_reason.h"

#include "crm/store/database.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QRegularExpression>
#include <QTest>

#include <vector>

using namespace crm;

class StageReasonTest : public QObject {
    Q_OBJECT

    // Every distinct reason the rules wrote, with a step "on the way" among them.
    static std::vector<std::string> derivedReasons() {
        const Database db = Database::open(ui::test::demoDatabase(QStringLiteral("reasons")).toStdString());
        SQLite::Statement st(db.sql(), "SELECT DISTINCT reason FROM stage_change WHERE manual = 0");
        std::vector<std::string> reasons;
        while (st.executeStep())
            reasons.push_back(st.getColumn(0).getString());
        return reasons;
    }

private slots:
    void englishIsWhatTheRulesWrote() {
        ui::test::useLanguage(QStringLiteral("en"));
        const auto reasons = derivedReasons();
        QVERIFY(reasons.size() > 20);
        for (const std::string& reason : reasons)
            QCOMPARE(ui::StageReason::text(reason), QString::fromStdString(reason));
    }

    void chineseSaysEveryFormInChinese() {
        ui::test::useLanguage(QStringLiteral("zh_CN"));
        const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
        bool sawOnTheWay = false;
        for (const std::string& reason : derivedReasons()) {
            sawOnTheWay = sawOnTheWay || reason.find("on the way to") != std::string::npos;
            const QString said = ui::StageReason::text(reason);
            QVERIFY2(!said.contains(latin), qPrintable(QString::fromStdString(reason) + QStringLiteral(" -> ") + said));
        }
        QVERIFY(sawOnTheWay);
        QCOMPARE(ui::StageReason::text("no purchase for 400 days (on the way to Lost)"),
                 QStringLiteral("已 400 天未购买（正在走向流失）"));
    }

    void aNoteIsShownAsWritten() {
        ui::test::useLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(ui::StageReason::text("Met the buyer: budget frozen until Q3"),
                 QStringLiteral("Met the buyer: budget frozen until Q3"));
    }
};

QTEST_MAIN(StageReasonTest)
#include "stage_reason_test.moc"
