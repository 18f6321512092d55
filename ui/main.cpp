// crm-desktop [FILE]: opens FILE, else the last database, else the default one.
#include "main/app_settings.h"
#include "main/language.h"
#include "main/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("crm-desktop"));
    QApplication::setApplicationName(QStringLiteral("crm-desktop"));
    QApplication::setApplicationVersion(QStringLiteral(CRM_VERSION));
    crm::ui::installTranslations(app, crm::ui::AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Desktop CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The CRM database to open"));
    parser.process(app);

    crm::ui::MainWindow window;
    window.show();
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty())
        path = crm::ui::AppSettings::lastFile();
    if (path.isEmpty() || !QFileInfo::exists(path))
        path = parser.positionalArguments().isEmpty() ? crm::ui::AppSettings::defaultDatabasePath() : path;
    window.openDatabase(path, !QFileInfo::exists(path));
    return app.exec();
}
