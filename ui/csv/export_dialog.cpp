#include "csv/export_dialog.h"

#include "csv/csv_task.h"
#include "csv/csv_text.h"
#include "list/domain_text.h"
#include "main/session.h"
#include "ui_export_dialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

#include <algorithm>

namespace crm::ui {

namespace {

constexpr int kKeyRole = Qt::UserRole;

bool isUnfiltered(const CustomerFilter& f) {
    return !f.stage && !f.kind && f.owner.empty() && f.tag.empty() && f.region.empty() &&
           f.industry.empty() && f.search.empty() && !f.ids;
}

QString fileStem(ExportKind kind) {
    switch (kind) {
    case ExportKind::Customers: return QStringLiteral("customers");
    case ExportKind::Transactions: return QStringLiteral("transactions");
    case ExportKind::Contacts: return QStringLiteral("contacts");
    case ExportKind::Interactions: return QStringLiteral("interactions");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(Session* session, const CustomerFilter& filter, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_session(session),
      m_filter(filter), m_task(new CsvTask(this)) {
    m_ui->setupUi(this);
    m_exportButton = m_ui->buttonBox->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_ui->progressBar->hide();
    fillChoices();
    showColumns();
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::showColumns);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveColumn(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveColumn(1); });
    connect(m_ui->defaultsButton, &QPushButton::clicked, this, &ExportDialog::showColumns);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_ui->columnList, &QListWidget::itemChanged, this, &ExportDialog::updateState);
    connect(m_task, &CsvTask::progressed, this, &ExportDialog::onProgress);
    connect(m_task, &CsvTask::finished, this, &ExportDialog::onFinished);
    updateState();
}

ExportDialog::~ExportDialog() { m_task->cancelAndWait(); }

void ExportDialog::fillChoices() {
    m_ui->kindCombo->addItem(tr("Customers in the list"), static_cast<int>(ExportKind::Customers));
    m_ui->kindCombo->addItem(tr("All transactions"), static_cast<int>(ExportKind::Transactions));
    m_ui->kindCombo->addItem(tr("All contacts"), static_cast<int>(ExportKind::Contacts));
    m_ui->kindCombo->addItem(tr("All interactions"), static_cast<int>(ExportKind::Interactions));
    m_ui->encodingCombo->addItem(tr("UTF-8"), static_cast<int>(csv::OutputEncoding::Utf8));
    m_ui->encodingCombo->addItem(tr("UTF-8 for Excel (with byte-order mark)"),
                                 static_cast<int>(csv::OutputEncoding::Utf8Bom));
    m_ui->encodingCombo->addItem(tr("GB18030 (Chinese Windows)"),
                                 static_cast<int>(csv::OutputEncoding::Gb18030));
    m_ui->delimiterCombo->addItem(tr("Comma"), static_cast<int>(csv::Delimiter::Comma));
    m_ui->delimiterCombo->addItem(tr("Semicolon"), static_cast<int>(csv::Delimiter::Semicolon));
    m_ui->delimiterCombo->addItem(tr("Tab"), static_cast<int>(csv::Delimiter::Tab));
}

// The kind's columns: its defaults checked, in the domain's order, then the others.
void ExportDialog::showColumns() {
    const auto kind = static_cast<ExportKind>(m_ui->kindCombo->currentData().toInt());
    const auto defaults = defaultExportColumns(kind);
    auto columns = defaults;
    for (const auto column : exportColumns(kind))
        if (std::find(defaults.begin(), defaults.end(), column) == defaults.end())
            columns.push_back(column);
    const QSignalBlocker blocker(m_ui->columnList);
    m_ui->columnList->clear();
    for (const auto column : columns) {
        const QString key = toQ(std::string(column));
        // The header the file gets, where the label does not already say it.
        const QString label = csvFieldLabel(column);
        auto* item = new QListWidgetItem(label.compare(key, Qt::CaseInsensitive) == 0
                                             ? label
                                             : tr("%1  (%2)").arg(label, key));
        item->setData(kKeyRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        const bool isDefault = std::find(defaults.begin(), defaults.end(), column) != defaults.end();
        item->setCheckState(isDefault ? Qt::Checked : Qt::Unchecked);
        m_ui->columnList->addItem(item);
    }
    m_ui->scopeLabel->setText(kind != ExportKind::Customers ? tr("Every record in the database.")
                              : isUnfiltered(m_filter)     ? tr("All customers (the list is not filtered).")
                                                           : tr("The customers the list shows with its current filters and search."));
    updateState();
}

std::vector<std::string> ExportDialog::chosenColumns() const {
    std::vector<std::string> columns;
    for (int row = 0; row < m_ui->columnList->count(); ++row) {
        const auto* item = m_ui->columnList->item(row);
        if (item->checkState() == Qt::Checked)
            columns.push_back(toStd(item->data(kKeyRole).toString()));
    }
    return columns;
}

void ExportDialog::moveColumn(int by) {
    auto* list = m_ui->columnList;
    const int row = list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= list->count())
        return;
    list->insertItem(to, list->takeItem(row));
    list->setCurrentRow(to);
}

void ExportDialog::browse() {
    const auto kind = static_cast<ExportKind>(m_ui->kindCombo->currentData().toInt());
    const QString current = m_ui->fileEdit->text().trimmed();
    const QString suggested = current.isEmpty() ? QDir::home().filePath(fileStem(kind) + QStringLiteral(".csv")) : current;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!file.isEmpty())
        m_ui->fileEdit->setText(file);
}

// Why Export cannot start yet, or empty.
QString ExportDialog::problem() const {
    if (chosenColumns().empty())
        return tr("Check at least one column.");
    if (m_ui->fileEdit->text().trimmed().isEmpty())
        return tr("Choose the file to write.");
    return {};
}

void ExportDialog::updateState() {
    if (m_task->isRunning())
        return;
    const QString why = problem();
    const QFileInfo target(m_ui->fileEdit->text().trimmed());
    m_exportButton->setEnabled(why.isEmpty());
    if (!why.isEmpty())
        m_ui->statusLabel->setText(why);
    else if (target.exists())
        m_ui->statusLabel->setText(tr("%1 exists: it will be replaced once the export is complete.").arg(target.fileName()));
    else
        m_ui->statusLabel->clear();
}

ExportRequest ExportDialog::request() const {
    ExportRequest r;
    r.kind = static_cast<ExportKind>(m_ui->kindCombo->currentData().toInt());
    r.filter = m_filter;
    r.asOf = m_session->today();
    r.options.columns = chosenColumns();
    r.options.writer.encoding = static_cast<csv::OutputEncoding>(m_ui->encodingCombo->currentData().toInt());
    r.options.writer.delimiter = static_cast<csv::Delimiter>(m_ui->delimiterCombo->currentData().toInt());
    r.options.writer.formulaGuard = m_ui->formulaGuardCheck->isChecked();
    r.target = m_ui->fileEdit->text().trimmed();
    r.databasePath = m_session->path();
    return r;
}

void ExportDialog::startExport() {
    if (m_task->isRunning() || !problem().isEmpty())
        return;
    auto outcome = std::make_shared<ExportOutcome>();
    m_running = outcome;
    m_outcome.reset();
    setRunning(true);
    m_ui->statusLabel->setText(tr("Exporting..."));
    m_task->start([request = request(), outcome](CsvTask& task) { *outcome = runExport(request, task); });
}

bool ExportDialog::isExporting() const { return m_task->isRunning(); }

void ExportDialog::cancelExport() {
    if (!m_task->isRunning())
        return;
    m_task->cancel();
    m_ui->statusLabel->setText(tr("Cancelling..."));
}

void ExportDialog::reject() {
    if (m_task->isRunning())
        cancelExport();
    else
        QDialog::reject();
}

void ExportDialog::setRunning(bool running) {
    for (QWidget* w : {static_cast<QWidget*>(m_ui->kindCombo), static_cast<QWidget*>(m_ui->columnsGroup),
                       static_cast<QWidget*>(m_ui->formatGroup), static_cast<QWidget*>(m_ui->fileEdit),
                       static_cast<QWidget*>(m_ui->browseButton)})
        w->setEnabled(!running);
    m_exportButton->setEnabled(!running);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(running);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(running ? tr("&Cancel") : tr("&Close"));
}

void ExportDialog::onProgress(qint64 done, qint64 total) {
    m_ui->progressBar->setValue(total > 0 ? static_cast<int>(std::min<qint64>(done * 1000 / total, 1000)) : 0);
    if (!m_task->isCancelled())
        m_ui->statusLabel->setText(tr("Exporting: %1 of %2 rows...")
                                       .arg(countText(static_cast<quint64>(done)), countText(static_cast<quint64>(total))));
}

void ExportDialog::onFinished() {
    m_outcome = *m_running;
    setRunning(false);
    updateState();
    m_ui->statusLabel->setText(resultText(*m_outcome));
    emit exportFinished();
}

QString ExportDialog::resultText(const ExportOutcome& outcome) const {
    if (!outcome.error.isEmpty())
        return tr("Nothing was written: %1").arg(outcome.error);
    if (outcome.result.cancelled)
        return tr("Cancelled: nothing was written.");
    QString text = tr("Exported %1 rows to %2.")
                       .arg(countText(static_cast<quint64>(outcome.result.rows)),
                            QDir::toNativeSeparators(m_ui->fileEdit->text().trimmed()));
    for (const auto& note : outcome.result.notes)
        text += QLatin1Char('\n') + tr("Note: %1").arg(toQ(note));
    return text;
}

} // namespace crm::ui
