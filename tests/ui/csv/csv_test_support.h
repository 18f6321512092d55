#pragma once
// Shared by the CSV dialog tests: files written by the test, and driving the
// import wizard through its pages the way a user does.
#include <QString>

#include <string>

namespace crm::ui {
class ImportWizard;
}

namespace crm::ui::test {

// A path `name` in a directory of this test process; no file there.
QString testFilePath(const QString& name);
// Writes `bytes` to a fresh file `name` under the test tmp dir.
QString writeTestFile(const QString& name, const std::string& bytes);
// Fills in the file and the kind (combo index), then presses Next to the mapping page.
void showMappingPage(ImportWizard& wizard, const QString& file, int kindIndex = 0);
// From the mapping page to the check page; waits for the dry run to finish.
bool finishDryRun(ImportWizard& wizard);

} // namespace crm::ui::test
