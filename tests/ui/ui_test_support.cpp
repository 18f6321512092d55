#include "ui_test_support.h"

#include "crm/demo/demo_generator.h"
#include "crm/store/database.h"
#include "main/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTranslator>
#include <QWidget>

#include <map>

namespace crm::ui::test {

QString freshPath(const QString& name) {
    // A new name on every call: a test's file is never the previous test's
    // (whose workers may still be closing it). The folder goes at exit.
    static int calls = 0;
    static const QTemporaryDir folder = [] {
        QDir().mkpath(QStringLiteral(CRM_TEST_TMP_DIR));
        return QTemporaryDir(QStringLiteral(CRM_TEST_TMP_DIR "/run-XXXXXX"));
    }();
    const QString path = folder.filePath(name + QStringLiteral("-%1.crm").arg(++calls));
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    return path;
}

QString demoDatabase(const QString& name, int customers) {
    static std::map<int, QString> generated;
    auto& source = generated[customers];
    if (source.isEmpty()) {
        source = freshPath(QStringLiteral("demo-source-%1").arg(customers));
        const Database db = Database::create(source.toStdString());
        demo::Options options;
        options.customers = customers;
        options.asOf = kDemoToday;
        demo::generate(db, options);
    }
    const QString path = freshPath(name);
    QFile::copy(source, path);
    return path;
}

QString saveScreenshot(QWidget& widget, const QString& name) {
    QDir().mkpath(QStringLiteral(CRM_SCREENSHOT_DIR));
    const QString path = QStringLiteral(CRM_SCREENSHOT_DIR "/") + name + QStringLiteral(".png");
    // Written aside and renamed: two test programs running at once may shoot
    // the same view (today-zh_CN), and a reader must never see half a file.
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && widget.grab().save(&file, "PNG"))
        file.commit();
    return path;
}

void useLanguage(const QString& language) {
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installTranslations(*QCoreApplication::instance(), language);
}

} // namespace crm::ui::test
