// The export dialog as a user drives it: it writes exactly the customers of
// the filtered list with the chosen delimiter, encoding and columns; Cancel
// leaves no file under the target name.
#include "csv_test_support.h"
#include "ui_test_support.h"

#include "crm/csv/csv_reader.h"
#include "crm/csv/csv_writer.h"
#include "crm/csv/export_records.h"
#include "crm/store/customer_query.h"
#include "csv/export_dialog.h"
#include "main/session.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <set>

using namespace crm;
using ui::ExportDialog;

namespace {

struct CsvFile {
    bool hadBom = false;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

CsvFile readCsv(const QString& path, char delimiter) {
    csv::CsvReadOptions options;
    options.delimiter = delimiter;
    csv::CsvReader reader(path.toStdString(), options);
    CsvFile file;
    csv::CsvRecord record;
    if (reader.next(record))
        file.header = record.fields;
    while (reader.next(record))
        file.rows.push_back(record.fields);
    file.hadBom = reader.hadBom();
    return file;
}

std::set<std::string> codesOf(const Database& db, const CustomerFilter& filter) {
    PageRequest request;
    request.filter = filter;
    request.sort = CustomerSort::Code;
    request.limit = 100000;
    std::set<std::string> codes;
    for (const auto& row : CustomerQuery(db).page(request).rows)
        codes.insert(row.code);
    return codes;
}

template <typename Widget>
Widget* child(ExportDialog& dialog, const char* name) {
    return dialog.findChild<Widget*>(QString::fromLatin1(name));
}

void choose(QComboBox* combo, int data) { combo->setCurrentIndex(combo->findData(data)); }

bool exportAndWait(ExportDialog& dialog) {
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    return QTest::qWaitFor([&] { return dialog.outcome().has_value(); }, 30000);
}

} // namespace

class ExportDialogTest : public QObject {
    Q_OBJECT
    std::unique_ptr<ui::Session> m_session;

    CustomerFilter regionFilter() const {
        CustomerFilter filter;
        filter.region = CustomerQuery(m_session->database()).distinctValues(CustomerField::Region).front();
        return filter;
    }

private slots:
    void init() {
        ui::test::useLanguage(QStringLiteral("en"));
        m_session = std::make_unique<ui::Session>();
        m_session->setToday(ui::test::kDemoToday);
        m_session->open(ui::test::demoDatabase(QStringLiteral("export"), 300));
    }
    void cleanup() { m_session.reset(); }

    void writesExactlyTheFilteredRowsWithTheChosenDelimiterAndBom() {
        const CustomerFilter filter = regionFilter();
        const auto count = CustomerQuery(m_session->database()).count(filter);
        QVERIFY(count > 0 && count < 300);
        ExportDialog dialog(m_session.get(), filter);
        dialog.show();
        choose(child<QComboBox>(dialog, "delimiterCombo"), static_cast<int>(csv::Delimiter::Semicolon));
        choose(child<QComboBox>(dialog, "encodingCombo"), static_cast<int>(csv::OutputEncoding::Utf8Bom));
        const QString path = ui::test::testFilePath(QStringLiteral("region.csv"));
        child<QLineEdit>(dialog, "fileEdit")->setText(path);
        ui::test::saveScreenshot(dialog, QStringLiteral("export-dialog-en"));
        QVERIFY(exportAndWait(dialog));
        QVERIFY(dialog.outcome()->error.isEmpty());
        QCOMPARE(dialog.outcome()->result.rows, count);

        const CsvFile file = readCsv(path, ';');
        QVERIFY(file.hadBom);
        QCOMPARE(file.header.front(), std::string("code"));
        QCOMPARE(static_cast<std::int64_t>(file.rows.size()), count);
        std::set<std::string> codes;
        for (const auto& row : file.rows) {
            codes.insert(row.front());
            QCOMPARE(row[4], filter.region); // region, the fifth default column
        }
        QCOMPARE(codes, codesOf(m_session->database(), filter));
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.readLine().startsWith("\xEF\xBB\xBF" "code;name;"));
    }

    void writesTheCheckedColumnsInTheirListedOrder() {
        ExportDialog dialog(m_session.get(), regionFilter());
        auto* list = child<QListWidget>(dialog, "columnList");
        for (int row = 0; row < list->count(); ++row) {
            const QString key = list->item(row)->data(Qt::UserRole).toString();
            const bool keep = key == QLatin1String("code") || key == QLatin1String("email");
            list->item(row)->setCheckState(keep ? Qt::Checked : Qt::Unchecked);
        }
        int email = 0;
        while (list->item(email)->data(Qt::UserRole).toString() != QLatin1String("email"))
            ++email;
        list->setCurrentRow(email);
        for (int step = 0; step < email; ++step)
            QTest::mouseClick(child<QPushButton>(dialog, "upButton"), Qt::LeftButton);
        QCOMPARE(dialog.chosenColumns(), (std::vector<std::string>{"email", "code"}));
        const QString path = ui::test::testFilePath(QStringLiteral("columns.csv"));
        child<QLineEdit>(dialog, "fileEdit")->setText(path);
        QVERIFY(exportAndWait(dialog));
        QCOMPARE(readCsv(path, ',').header, (std::vector<std::string>{"email", "code"}));
    }

    void exportIsRefusedWithoutColumnsOrFile() {
        ExportDialog dialog(m_session.get(), {});
        auto* exportButton = child<QPushButton>(dialog, "exportButton");
        QVERIFY(!exportButton->isEnabled()); // no file yet
        child<QLineEdit>(dialog, "fileEdit")->setText(ui::test::testFilePath(QStringLiteral("none.csv")));
        QVERIFY(exportButton->isEnabled());
        auto* list = child<QListWidget>(dialog, "columnList");
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setCheckState(Qt::Unchecked);
        QVERIFY(!exportButton->isEnabled());
    }

    void cancelLeavesNoFileUnderTheTargetName() {
        ExportDialog dialog(m_session.get(), {});
        const QString path = ui::test::testFilePath(QStringLiteral("cancelled.csv"));
        child<QLineEdit>(dialog, "fileEdit")->setText(path);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(dialog.isExporting());
        dialog.reject(); // Cancel while exporting: stops the export, keeps the dialog
        QVERIFY(QTest::qWaitFor([&] { return dialog.outcome().has_value(); }, 30000));
        QVERIFY(dialog.outcome()->result.cancelled);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(QFileInfo(path).path()).entryList({QStringLiteral("cancelled.csv*")}, QDir::Files), QStringList());
    }

    void exportsAllTransactions() {
        ExportDialog dialog(m_session.get(), regionFilter());
        choose(child<QComboBox>(dialog, "kindCombo"), static_cast<int>(ui::ExportKind::Transactions));
        const QString path = ui::test::testFilePath(QStringLiteral("transactions.csv"));
        child<QLineEdit>(dialog, "fileEdit")->setText(path);
        QVERIFY(exportAndWait(dialog));
        const CsvFile file = readCsv(path, ',');
        const auto names = csv::transactionColumnNames();
        QCOMPARE(file.header, std::vector<std::string>(names.begin(), names.end()));
        QVERIFY(!file.rows.empty());
        QCOMPARE(static_cast<std::int64_t>(file.rows.size()), dialog.outcome()->result.rows);
    }
};

QTEST_MAIN(ExportDialogTest)
#include "export_dialog_test.moc"
