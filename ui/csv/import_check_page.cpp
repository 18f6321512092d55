#include "csv/import_check_page.h"

#include "csv/csv_task.h"
#include "csv/csv_text.h"
#include "csv/import_problem_model.h"
#include "main/session.h"
#include "ui_import_check_page.h"

#include <QHeaderView>

namespace crm::ui {

namespace {

QString duplicateNote(csv::ImportKind kind) {
    switch (kind) {
    case csv::ImportKind::Customers:
        return ImportCheckPage::tr("A customer is already stored when its code is.");
    case csv::ImportKind::Transactions:
        return ImportCheckPage::tr("A transaction whose customer and reference are already stored "
                                   "is always skipped, so importing a file twice changes nothing.");
    case csv::ImportKind::Contacts:
        return ImportCheckPage::tr("A contact is already stored when its customer has a contact "
                                   "of the same name.");
    case csv::ImportKind::Interactions:
        return ImportCheckPage::tr("An interaction is already stored when its customer has one "
                                   "with the same date, time, type and subject.");
    }
    return {};
}

int permille(qint64 done, qint64 total) {
    return total > 0 ? static_cast<int>(std::min<qint64>(done * 1000 / total, 1000)) : 0;
}

} // namespace

ImportCheckPage::ImportCheckPage(ImportPlan& plan, Session* session, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ImportCheckPage>()), m_plan(plan),
      m_session(session), m_task(new CsvTask(this)), m_problems(new ImportProblemModel(this)) {
    m_ui->setupUi(this);
    setCommitPage(true);
    m_ui->problemTable->setModel(m_problems);
    m_ui->problemTable->horizontalHeader()->setSectionResizeMode(ImportProblemModel::LineColumn,
                                                                 QHeaderView::ResizeToContents);
    m_ui->problemTable->setColumnWidth(ImportProblemModel::FieldColumn, 140);
    const std::pair<QRadioButton*, csv::OnDuplicate> policies[] = {
        {m_ui->skipRadio, csv::OnDuplicate::Skip},
        {m_ui->updateRadio, csv::OnDuplicate::Update},
        {m_ui->errorRadio, csv::OnDuplicate::Error}};
    for (const auto& [radio, policy] : policies)
        connect(radio, &QRadioButton::toggled, this,
                [this, policy = policy](bool on) { choosePolicy(policy, on); });
    connect(m_ui->recheckButton, &QPushButton::clicked, this, &ImportCheckPage::startCheck);
    connect(m_ui->skipInvalidCheck, &QCheckBox::toggled, this, &ImportCheckPage::updateHint);
    connect(m_task, &CsvTask::progressed, this, &ImportCheckPage::onProgress);
    connect(m_task, &CsvTask::finished, this, &ImportCheckPage::onFinished);
}

ImportCheckPage::~ImportCheckPage() { m_task->cancelAndWait(); }

void ImportCheckPage::initializePage() {
    showPolicy();
    startCheck();
}

void ImportCheckPage::cleanupPage() {
    QWizardPage::cleanupPage();
    m_task->cancel(); // going back: the choices before this page may change
    m_checkAgain = false;
}

void ImportCheckPage::showPolicy() {
    const bool transactions = m_plan.kind == csv::ImportKind::Transactions;
    QRadioButton* chosen = m_plan.onDuplicate == csv::OnDuplicate::Skip     ? m_ui->skipRadio
                           : m_plan.onDuplicate == csv::OnDuplicate::Update ? m_ui->updateRadio
                                                                            : m_ui->errorRadio;
    const QSignalBlocker blocker(chosen);
    chosen->setChecked(true);
    for (auto* radio : {m_ui->skipRadio, m_ui->updateRadio, m_ui->errorRadio})
        radio->setEnabled(!transactions);
    m_ui->duplicateNote->setText(duplicateNote(m_plan.kind));
}

void ImportCheckPage::choosePolicy(csv::OnDuplicate policy, bool chosen) {
    if (!chosen || policy == m_plan.onDuplicate)
        return;
    m_plan.onDuplicate = policy;
    startCheck();
}

bool ImportCheckPage::isChecking() const { return m_task->isRunning(); }

void ImportCheckPage::startCheck() {
    if (m_task->isRunning()) {
        m_checkAgain = true; // when the running one has stopped
        m_task->cancel();
        return;
    }
    m_outcome.reset();
    m_problems->setProblems({});
    m_ui->checkProgress->setValue(0);
    m_ui->checkProgress->show();
    m_ui->checkStatus->setText(tr("Checking the file..."));
    auto outcome = std::make_shared<ImportOutcome>();
    m_running = outcome;
    const ImportRunRequest request{m_session->path(), m_session->today(), true, std::nullopt};
    m_task->start([plan = m_plan, request, outcome](CsvTask& task) {
        *outcome = runImport(plan, request, task);
    });
    updateHint();
}

void ImportCheckPage::onProgress(qint64 done, qint64 total, qint64 rows) {
    m_ui->checkProgress->setValue(permille(done, total));
    m_ui->checkStatus->setText(tr("Checking the file: %1 rows so far...").arg(countText(static_cast<quint64>(rows))));
}

void ImportCheckPage::onFinished() {
    m_ui->checkProgress->hide();
    if (m_checkAgain) {
        m_checkAgain = false;
        startCheck();
        return;
    }
    if (!m_running->summary.cancelled || !m_running->error.isEmpty())
        showOutcome(*m_running);
    updateHint();
    emit checked();
}

void ImportCheckPage::showOutcome(const ImportOutcome& outcome) {
    m_outcome = outcome;
    m_problems->setProblems(outcome.problems);
    const auto& s = outcome.summary;
    QString text;
    if (!outcome.error.isEmpty())
        text = tr("The file cannot be imported: %1").arg(outcome.error);
    else
        text = tr("%1 rows checked: %2 new, %3 to update, %4 already stored, %5 with problems.")
                   .arg(countText(s.rowsRead), countText(s.imported), countText(s.updated),
                        countText(s.skipped), countText(s.rejected));
    if (outcome.problems.size() < s.problems)
        text += QLatin1Char(' ') + tr("The first %1 problems are listed.").arg(countText(outcome.problems.size()));
    m_ui->checkStatus->setText(text);
}

void ImportCheckPage::updateHint() {
    const bool rejected = m_outcome && m_outcome->summary.rejected > 0;
    m_ui->skipInvalidCheck->setVisible(rejected);
    m_ui->problemTable->setVisible(rejected);
    QString hint;
    if (m_outcome && m_outcome->error.isEmpty() && m_outcome->summary.rowsRead == 0)
        hint = tr("The file has no rows to import.");
    else if (rejected && !m_ui->skipInvalidCheck->isChecked())
        hint = tr("Nothing is imported while rows have problems: correct the file and check again, "
                  "or import only the valid rows.");
    else if (m_outcome && m_outcome->error.isEmpty())
        hint = tr("Press Import to import the file.");
    m_ui->checkHint->setText(hint);
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const {
    if (m_task->isRunning() || !m_outcome || !m_outcome->error.isEmpty())
        return false;
    const auto& s = m_outcome->summary;
    return s.rowsRead > 0 && (s.rejected == 0 || m_ui->skipInvalidCheck->isChecked());
}

bool ImportCheckPage::validatePage() {
    if (!isComplete()) // QWizard::next() does not ask
        return false;
    m_plan.skipInvalid = m_outcome->summary.rejected > 0 && m_ui->skipInvalidCheck->isChecked();
    return true;
}

} // namespace crm::ui
