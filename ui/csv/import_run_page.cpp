#include "csv/import_run_page.h"

#include "csv/csv_task.h"
#include "csv/csv_text.h"
#include "list/domain_text.h"
#include "main/session.h"
#include "ui_import_run_page.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

namespace crm::ui {

ImportRunPage::ImportRunPage(ImportPlan& plan, Session* session, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ImportRunPage>()), m_plan(plan),
      m_session(session), m_task(new CsvTask(this)) {
    m_ui->setupUi(this);
    QFont bold = m_ui->runStatus->font();
    bold.setBold(true);
    m_ui->runStatus->setFont(bold);
    m_ui->rejectsStatus->hide();
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportRunPage::cancelImport);
    connect(m_ui->rejectsBrowse, &QPushButton::clicked, this, &ImportRunPage::browseRejects);
    connect(m_ui->saveRejectsButton, &QPushButton::clicked, this,
            [this] { saveRejects(m_ui->rejectsEdit->text().trimmed()); });
    connect(m_ui->rejectsEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_ui->saveRejectsButton->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_task, &CsvTask::progressed, this, &ImportRunPage::onProgress);
    connect(m_task, &CsvTask::finished, this, &ImportRunPage::onFinished);
}

ImportRunPage::~ImportRunPage() { m_task->cancelAndWait(); } // before the rejects dir goes

std::filesystem::path ImportRunPage::rejectsPath() const {
    return toStd(m_tempDir.filePath(QStringLiteral("rejects.csv")));
}

void ImportRunPage::initializePage() {
    m_ui->summaryGroup->hide();
    m_ui->rejectsGroup->hide();
    m_ui->runProgress->setValue(0);
    m_ui->runStatus->setText(tr("Importing %1...").arg(QFileInfo(m_plan.file).fileName()));
    auto outcome = std::make_shared<ImportOutcome>();
    m_running = outcome;
    const ImportRunRequest request{m_session->path(), m_session->today(), false, rejectsPath()};
    m_task->start([plan = m_plan, request, outcome](CsvTask& task) {
        *outcome = runImport(plan, request, task);
    });
}

bool ImportRunPage::isImporting() const { return m_task->isRunning(); }

void ImportRunPage::cancelImport() {
    m_task->cancel();
    m_ui->cancelButton->setEnabled(false);
    m_ui->runStatus->setText(tr("Cancelling: the database is put back as it was..."));
}

bool ImportRunPage::isComplete() const { return m_outcome.has_value(); }

void ImportRunPage::onProgress(qint64 done, qint64 total, qint64 rows) {
    m_ui->runProgress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    if (!m_task->isCancelled())
        m_ui->runStatus->setText(tr("Importing: %1 rows so far...").arg(countText(static_cast<quint64>(rows))));
}

void ImportRunPage::onFinished() {
    m_outcome = *m_running;
    m_ui->runProgress->hide();
    m_ui->cancelButton->hide();
    showSummary(*m_outcome);
    if (m_outcome->summary.committed)
        m_session->notifyCustomersChanged();
    emit completeChanged();
    emit importFinished();
}

QString ImportRunPage::resultText(const ImportOutcome& outcome) const {
    const auto& s = outcome.summary;
    if (!outcome.error.isEmpty())
        return tr("Nothing was imported: %1").arg(outcome.error);
    if (s.cancelled)
        return tr("Cancelled: nothing was imported.");
    if (!s.committed)
        return tr("Nothing was imported: %1 rows have problems.").arg(countText(s.rejected));
    if (s.imported == 0 && s.updated == 0)
        return tr("Nothing new: the database already holds these rows.");
    const QString done = tr("%1 imported from %2.").arg(recordKindName(m_plan.kind), QFileInfo(m_plan.file).fileName());
    return s.rejected == 0 ? done
                           : done + QLatin1Char(' ') +
                                 tr("The rows with problems (%1) were left out.").arg(countText(s.rejected));
}

void ImportRunPage::showSummary(const ImportOutcome& outcome) {
    const auto& s = outcome.summary;
    m_ui->runStatus->setText(resultText(outcome));
    m_ui->addedValue->setText(countText(s.committed ? s.imported : 0));
    m_ui->updatedValue->setText(countText(s.committed ? s.updated : 0));
    m_ui->skippedValue->setText(countText(s.committed ? s.skipped : 0));
    m_ui->rejectedValue->setText(countText(s.rejected));
    m_ui->summaryGroup->setVisible(outcome.error.isEmpty() && !s.cancelled);
    const bool rejects = s.committed && s.rejected > 0 && std::filesystem::exists(rejectsPath());
    m_ui->rejectsGroup->setVisible(rejects);
    m_ui->saveRejectsButton->setEnabled(!m_ui->rejectsEdit->text().trimmed().isEmpty());
}

void ImportRunPage::browseRejects() {
    const QFileInfo source(m_plan.file);
    const QString suggested = source.dir().filePath(source.completeBaseName() + tr("-rejected") +
                                                    QStringLiteral(".csv"));
    const QString file = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        m_ui->rejectsEdit->setText(file);
}

bool ImportRunPage::saveRejects(const QString& path) {
    const QString source = toQ(rejectsPath().string());
    if (QFile::exists(path))
        QFile::remove(path);
    const bool saved = !path.isEmpty() && QFile::copy(source, path);
    m_ui->rejectsStatus->show();
    m_ui->rejectsStatus->setText(saved ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path))
                                       : tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    return saved;
}

} // namespace crm::ui
