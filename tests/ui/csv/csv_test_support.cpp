#include "csv_test_support.h"

#include "csv/import_check_page.h"
#include "csv/import_wizard.h"
#include "ui_test_support.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTest>

namespace crm::ui::test {

QString testFilePath(const QString& name) {
    const QString dir = QStringLiteral(CRM_TEST_TMP_DIR "/csv-%1").arg(QCoreApplication::applicationPid());
    QDir().mkpath(dir);
    QFile::remove(dir + QLatin1Char('/') + name);
    return dir + QLatin1Char('/') + name;
}

QString writeTestFile(const QString& name, const std::string& bytes) {
    const QString path = testFilePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes.data(), static_cast<qint64>(bytes.size()));
    return path;
}

void showMappingPage(ImportWizard& wizard, const QString& file, int kindIndex) {
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("fileEdit"))->setText(file);
    wizard.findChild<QComboBox*>(QStringLiteral("kindCombo"))->setCurrentIndex(kindIndex);
    wizard.next();
    wizard.next();
}

bool finishDryRun(ImportWizard& wizard) {
    wizard.next();
    if (wizard.currentId() != ImportWizard::CheckPageId)
        return false;
    return QTest::qWaitFor([&] { return !wizard.checkPage()->isChecking(); }, 30000) &&
           wizard.checkPage()->outcome().has_value();
}

} // namespace crm::ui::test
