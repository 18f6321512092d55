// The import wizard as a user drives it: a bad file's dry run lists its
// problems by line and imports nothing; a good file imports; columns can be
// re-mapped or left out; only the valid rows can be imported, and the
// rejected ones saved; Cancel leaves the database as it was.
#include "csv_test_support.h"
#include "ui_test_support.h"

#include "crm/csv/import_preview.h"
#include "crm/store/customer_query.h"
#include "crm/store/customer_store.h"
#include "csv/import_check_page.h"
#include "csv/import_mapping_page.h"
#include "csv/import_problem_model.h"
#include "csv/import_run_page.h"
#include "csv/import_wizard.h"
#include "main/session.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace crm;
using ui::ImportWizard;

namespace {

// A bad email on line 3, an unknown kind on line 5.
const std::string kBadCustomers = "code,name,kind,email\n"
                                  "N-001,Alpha Trading,org,alpha@example.com\n"
                                  "N-002,Beta Logistics,org,beta.example.com\n"
                                  "N-003,Gamma Foods,person,gamma@example.com\n"
                                  "N-004,Delta Tools,robot,delta@example.com\n";

const std::string kGoodCustomers = "Customer ID;Customer Name;Region;Phone\n"
                                   "N-101;Eastwind Trading;Shanghai;021-55501000\n"
                                   "N-102;\"Li; Partners\";Beijing;\n"
                                   "N-103;Northbridge Tools;Shenzhen;0755-1234567\n";

int fieldIndex(std::string_view key) {
    const auto fields = csv::importFields(csv::ImportKind::Customers);
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].key == key)
            return static_cast<int>(i);
    return -1;
}

} // namespace

class ImportWizardTest : public QObject {
    Q_OBJECT
    std::unique_ptr<ui::Session> m_session;

    std::int64_t customerCount() const { return CustomerQuery(m_session->database()).count({}); }
    bool stored(const std::string& code) const {
        return CustomerStore(m_session->database()).findByCode(code).has_value();
    }
    bool finishImport(ImportWizard& wizard) const {
        wizard.next();
        return QTest::qWaitFor([&] { return wizard.runPage()->outcome().has_value(); }, 30000);
    }

private slots:
    void init() {
        ui::test::useLanguage(QStringLiteral("en"));
        m_session = std::make_unique<ui::Session>();
        m_session->setToday(ui::test::kDemoToday);
        m_session->open(ui::test::demoDatabase(QStringLiteral("import"), 60));
    }
    void cleanup() { m_session.reset(); }

    void dryRunOfABadFileListsItsProblemsByLineAndImportsNothing() {
        const auto before = customerCount();
        ImportWizard wizard(m_session.get());
        QAbstractItemModelTester tester(wizard.checkPage()->problemModel());
        ui::test::showMappingPage(wizard, ui::test::writeTestFile(QStringLiteral("bad-customers.csv"), kBadCustomers));
        QVERIFY(ui::test::finishDryRun(wizard));

        const auto& problems = wizard.checkPage()->problemModel()->problems();
        QCOMPARE(problems.size(), std::size_t{2});
        QCOMPARE(problems[0].line, 3u);
        QCOMPARE(problems[0].field, std::string("email"));
        QVERIFY(problems[0].message.find("beta.example.com") != std::string::npos);
        QCOMPARE(problems[1].line, 5u);
        QCOMPARE(problems[1].field, std::string("kind"));
        QVERIFY(problems[1].message.find("robot") != std::string::npos);
        auto* model = wizard.checkPage()->problemModel();
        QCOMPARE(model->data(model->index(1, ui::ImportProblemModel::LineColumn)).toString(), QStringLiteral("5"));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("checkStatus"))->text().contains(QStringLiteral("2 with problems")));

        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled()); // all or nothing
        ui::test::saveScreenshot(wizard, QStringLiteral("import-wizard-en"));
        wizard.reject();
        QCOMPARE(customerCount(), before);
        QVERIFY(!stored("N-001"));
    }

    void aGoodFileImportsAndTheCustomersExist() {
        const auto before = customerCount();
        QSignalSpy changed(m_session.get(), &ui::Session::customersChanged);
        ImportWizard wizard(m_session.get());
        ui::test::showMappingPage(wizard, ui::test::writeTestFile(QStringLiteral("good-customers.csv"), kGoodCustomers));
        QCOMPARE(wizard.plan().read.delimiter, std::optional<char>()); // detected, not forced
        wizard.back();
        ui::test::saveScreenshot(wizard, QStringLiteral("import-wizard-preview-en"));
        wizard.next();
        QVERIFY(ui::test::finishDryRun(wizard));
        QCOMPARE(wizard.checkPage()->outcome()->summary.rejected, 0u);
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(finishImport(wizard));

        const auto& summary = wizard.runPage()->outcome()->summary;
        QVERIFY(summary.committed);
        QCOMPARE(summary.imported, 3u);
        QCOMPARE(customerCount(), before + 3);
        const auto li = CustomerStore(m_session->database()).findByCode("N-102");
        QVERIFY(li);
        QCOMPARE(li->name, std::string("Li; Partners"));
        QCOMPARE(CustomerStore(m_session->database()).findByCode("N-101")->region, std::string("Shanghai"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(wizard.findChild<QLabel*>(QStringLiteral("addedValue"))->text(), QStringLiteral("3"));
    }

    void columnsCanBeRemappedOrLeftOut() {
        ImportWizard wizard(m_session.get());
        const std::string file = "Nr,Firma,Mail\nK-7,Weber AG,not-an-email\n";
        ui::test::showMappingPage(wizard, ui::test::writeTestFile(QStringLiteral("german.csv"), file));
        QCOMPARE(wizard.currentId(), static_cast<int>(ImportWizard::MappingPageId));
        auto* mapping = wizard.mappingPage();
        QCOMPARE(mapping->fieldOfColumn(2), fieldIndex("email")); // suggested from "Mail"
        QVERIFY(!mapping->isComplete());                          // code and name have no column
        mapping->setFieldOfColumn(0, fieldIndex("code"));
        mapping->setFieldOfColumn(1, fieldIndex("name"));
        mapping->setFieldOfColumn(2, -1);
        QVERIFY(mapping->isComplete());
        QVERIFY(ui::test::finishDryRun(wizard));
        QCOMPARE(wizard.checkPage()->outcome()->summary.rejected, 0u); // the bad email is not read
        QVERIFY(finishImport(wizard));
        const auto weber = CustomerStore(m_session->database()).findByCode("K-7");
        QVERIFY(weber);
        QCOMPARE(weber->name, std::string("Weber AG"));
        QCOMPARE(weber->email, std::string());
    }

    void aFileThatIsNotATableStopsAtThePreview() {
        ImportWizard wizard(m_session.get());
        const std::string binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 16);
        ui::test::showMappingPage(wizard, ui::test::writeTestFile(QStringLiteral("picture.csv"), binary));
        QCOMPARE(wizard.currentId(), static_cast<int>(ImportWizard::PreviewPageId));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("detectedLabel"))->text().contains(QStringLiteral("cannot be read")));
    }

    void aFieldTakesOneColumn() {
        ImportWizard wizard(m_session.get());
        ui::test::showMappingPage(wizard, ui::test::writeTestFile(QStringLiteral("two.csv"), kBadCustomers));
        auto* mapping = wizard.mappingPage();
        mapping->setFieldOfColumn(3, fieldIndex("code")); // the email column now holds the code
        QCOMPARE(mapping->fieldOfColumn(3), fieldIndex("code"));
        QCOMPARE(mapping->fieldOfColumn(0), -1);
    }

    void validRowsOnlyImportsTheRestAndSavesTheRejects() {
        const auto before = customerCount();
        ImportWizard wizard(m_session.get());
        ui::test::showMappingPage(wizard, ui::test::writeTestFile(QStringLiteral("mixed.csv"), kBadCustomers));
        QVERIFY(ui::test::finishDryRun(wizard));
        wizard.findChild<QCheckBox*>(QStringLiteral("skipInvalidCheck"))->setChecked(true);
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(finishImport(wizard));
        QCOMPARE(customerCount(), before + 2);
        QVERIFY(stored("N-001") && stored("N-003") && !stored("N-002"));
        QCOMPARE(wizard.findChild<QLabel*>(QStringLiteral("rejectedValue"))->text(), QStringLiteral("2"));
        ui::test::saveScreenshot(wizard, QStringLiteral("import-wizard-summary-en"));

        const QString rejects = ui::test::testFilePath(QStringLiteral("mixed-rejected.csv"));
        QVERIFY(wizard.runPage()->saveRejects(rejects));
        QFile saved(rejects);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(saved.readAll());
        QVERIFY(text.startsWith(QStringLiteral("code,name,kind,email,reason")));
        QVERIFY(text.contains(QStringLiteral("N-002")) && text.contains(QStringLiteral("N-004")));
        QVERIFY(!text.contains(QStringLiteral("N-001")));
    }

    void cancelledImportLeavesTheDatabaseAsItWas() {
        const auto before = customerCount();
        ImportWizard wizard(m_session.get());
        ui::test::showMappingPage(wizard, ui::test::writeTestFile(QStringLiteral("cancel.csv"), kGoodCustomers));
        QVERIFY(ui::test::finishDryRun(wizard));
        wizard.next();
        wizard.runPage()->cancelImport(); // before the worker's first report
        QVERIFY(QTest::qWaitFor([&] { return wizard.runPage()->outcome().has_value(); }, 30000));
        QVERIFY(wizard.runPage()->outcome()->summary.cancelled);
        QCOMPARE(customerCount(), before);
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("runStatus"))->text().contains(QStringLiteral("nothing was imported")));
    }

    void chineseScreenshot() {
        ui::test::useLanguage(QStringLiteral("zh_CN"));
        const std::string utf8 = "客户编号,客户名称,客户类型,地区,联系电话,邮箱,备注\n"
                                 "C-201,上海明月贸易有限公司,org,上海,021-55501000,sales@mingyue.cn,老客户\n"
                                 "C-202,张伟,person,广州,13800138000,,\n"
                                 "C-203,深圳华南电子有限公司,org,深圳,0755-8888000,info@huanan.cn,展会\n";
        const std::string gb = csv::encodeFromUtf8(utf8, csv::TextEncoding::Gb18030);
        ImportWizard wizard(m_session.get());
        ui::test::showMappingPage(wizard, ui::test::writeTestFile(QStringLiteral("客户名单.csv"), gb));
        QCOMPARE(wizard.plan().header.front(), std::string("客户编号"));
        QVERIFY(wizard.mappingPage()->isComplete());
        ui::test::saveScreenshot(wizard, QStringLiteral("import-wizard-zh_CN"));
        ui::test::useLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(ImportWizardTest)
#include "import_wizard_test.moc"
