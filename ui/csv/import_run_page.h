#pragma once
// Import wizard, last page: the import itself on a worker thread with its
// own connection, progress and Cancel; then what was added, updated,
// skipped and rejected, and the rejected rows to save for correcting.
#include "csv/import_job.h"

#include <QTemporaryDir>
#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class ImportRunPage;
}

namespace crm::ui {

class CsvTask;
class Session;

class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    ImportRunPage(ImportPlan& plan, Session* session, QWidget* parent = nullptr);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isImporting() const;
    void cancelImport();
    const std::optional<ImportOutcome>& outcome() const { return m_outcome; }
    // Copies the rejected rows to `path` (replacing a file there); false
    // with the reason shown on the page when it cannot.
    bool saveRejects(const QString& path);

signals:
    void importFinished();

private:
    void onProgress(qint64 done, qint64 total, qint64 rows);
    void onFinished();
    void showSummary(const ImportOutcome& outcome);
    QString resultText(const ImportOutcome& outcome) const;
    void browseRejects();
    std::filesystem::path rejectsPath() const;

    std::unique_ptr<Ui::ImportRunPage> m_ui;
    ImportPlan& m_plan;
    Session* m_session;
    CsvTask* m_task;
    QTemporaryDir m_tempDir; // the rejected rows until the user saves them
    std::shared_ptr<ImportOutcome> m_running;
    std::optional<ImportOutcome> m_outcome;
};

} // namespace crm::ui
