#pragma once
// Installs the translations of the app and of Qt for the chosen language
// (settings), else for the system locale.
#include <QString>

class QCoreApplication;

namespace crm::ui {

// Returns the language in use: "en" or "zh_CN".
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace crm::ui
