#pragma once
// Import wizard, fourth page: what to do with records already stored, and a
// dry run of the whole file on a worker thread that lists every problem by
// line. Rows with problems block the import unless the user asks to import
// the valid rows only.
#include "csv/import_job.h"

#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class ImportCheckPage;
}

namespace crm::ui {

class CsvTask;
class ImportProblemModel;
class Session;

class ImportCheckPage : public QWizardPage {
    Q_OBJECT
public:
    ImportCheckPage(ImportPlan& plan, Session* session, QWidget* parent = nullptr);
    ~ImportCheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isChecking() const;
    // The last dry run that finished.
    const std::optional<ImportOutcome>& outcome() const { return m_outcome; }
    ImportProblemModel* problemModel() const { return m_problems; }

signals:
    void checked();

private:
    void showPolicy();
    void choosePolicy(csv::OnDuplicate policy, bool chosen);
    void startCheck();
    void onProgress(qint64 done, qint64 total, qint64 rows);
    void onFinished();
    void showOutcome(const ImportOutcome& outcome);
    void updateHint();

    std::unique_ptr<Ui::ImportCheckPage> m_ui;
    ImportPlan& m_plan;
    Session* m_session;
    CsvTask* m_task;
    ImportProblemModel* m_problems;
    std::shared_ptr<ImportOutcome> m_running; // filled by the worker
    std::optional<ImportOutcome> m_outcome;
    bool m_checkAgain = false; // the choices changed while a dry run was going
};

} // namespace crm::ui
