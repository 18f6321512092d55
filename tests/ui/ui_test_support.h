#pragma once
// Shared by the desktop-app tests: demo databases under the build tree,
// the fixed "today" of the demo data, and screenshots of widgets.
#include "crm/date.h"

#include <QString>

class QWidget;

namespace crm::ui::test {

// The as-of date of the demo data: the tests' "today".
inline const Date kDemoToday{2026, 6, 30};

// A path under the build tree's tmp dir unique to `name`; any old file
// (and its -wal/-shm) is removed first.
QString freshPath(const QString& name);
// A demo database of `customers` customers at a fresh path `name`,
// generated once per process and copied for each call.
QString demoDatabase(const QString& name, int customers = 400);
// Writes the widget as PNG to the build tree's screenshots dir; returns the path.
QString saveScreenshot(QWidget& widget, const QString& name);
// Loads the app's translations for "en" or "zh_CN" (replacing any loaded).
void useLanguage(const QString& language);

} // namespace crm::ui::test
