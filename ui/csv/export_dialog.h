#pragma once
// File > Export CSV: the customers of the list as currently filtered (or all
// transactions, contacts or interactions) with the columns checked, in the
// order listed; the encoding, the delimiter, the formula guard and the file.
// The export runs on a worker thread with progress and Cancel.
#include "csv/export_job.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class ExportDialog;
}

namespace crm::ui {

class CsvTask;
class Session;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(Session* session, const CustomerFilter& filter, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // The checked columns, in the order listed.
    std::vector<std::string> chosenColumns() const;
    bool isExporting() const;
    const std::optional<ExportOutcome>& outcome() const { return m_outcome; }

    void startExport();
    void cancelExport();
    // While exporting, closing cancels the export instead.
    void reject() override;

signals:
    void exportFinished();

private:
    void fillChoices();
    void showColumns();
    void moveColumn(int by);
    void browse();
    QString problem() const;
    void updateState();
    ExportRequest request() const;
    void onProgress(qint64 done, qint64 total);
    void onFinished();
    QString resultText(const ExportOutcome& outcome) const;
    void setRunning(bool running);

    std::unique_ptr<Ui::ExportDialog> m_ui;
    Session* m_session;
    CustomerFilter m_filter;
    CsvTask* m_task;
    QPushButton* m_exportButton;
    std::shared_ptr<ExportOutcome> m_running;
    std::optional<ExportOutcome> m_outcome;
};

} // namespace crm::ui
