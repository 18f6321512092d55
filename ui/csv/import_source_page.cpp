#include "csv/import_source_page.h"

#include "crm/csv/import_preview.h"
#include "csv/csv_text.h"
#include "csv/import_job.h"
#include "ui_import_source_page.h"

#include <QFileDialog>
#include <QFileInfo>

namespace crm::ui {

namespace {

constexpr csv::ImportKind kKinds[] = {csv::ImportKind::Customers, csv::ImportKind::Transactions,
                                      csv::ImportKind::Contacts, csv::ImportKind::Interactions};

QString requiredFieldsText(csv::ImportKind kind) {
    QStringList names;
    for (const auto& field : csv::importFields(kind))
        if (field.required)
            names << csvFieldLabel(field.key);
    return names.join(QStringLiteral(", "));
}

} // namespace

ImportSourcePage::ImportSourcePage(ImportPlan& plan, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ImportSourcePage>()), m_plan(plan) {
    m_ui->setupUi(this);
    for (const auto kind : kKinds)
        m_ui->kindCombo->addItem(recordKindName(kind), static_cast<int>(kind));
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportSourcePage::browse);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ImportSourcePage::updateHints);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ImportSourcePage::updateHints);
    updateHints();
}

ImportSourcePage::~ImportSourcePage() = default;

bool ImportSourcePage::isComplete() const {
    return QFileInfo(m_ui->fileEdit->text().trimmed()).isFile();
}

bool ImportSourcePage::validatePage() {
    if (!isComplete()) // QWizard::next() does not ask
        return false;
    const QString file = m_ui->fileEdit->text().trimmed();
    if (file != m_plan.file)
        m_plan.read = {}; // a new file: detect its encoding and delimiter again
    const auto kind = static_cast<csv::ImportKind>(m_ui->kindCombo->currentData().toInt());
    if (file != m_plan.file || kind != m_plan.kind)
        m_plan.fieldOfColumn.clear(); // the mapping page suggests afresh
    m_plan.file = file;
    m_plan.kind = kind;
    return true;
}

void ImportSourcePage::browse() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import CSV"), QFileInfo(m_ui->fileEdit->text()).path(),
        tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!file.isEmpty())
        m_ui->fileEdit->setText(file);
}

void ImportSourcePage::updateHints() {
    const QString file = m_ui->fileEdit->text().trimmed();
    m_ui->fileHint->setText(file.isEmpty() || QFileInfo(file).isFile()
                                ? QString()
                                : tr("There is no file at this path."));
    const auto kind = static_cast<csv::ImportKind>(m_ui->kindCombo->currentData().toInt());
    m_ui->kindHint->setText(tr("Required columns: %1.").arg(requiredFieldsText(kind)));
    emit completeChanged();
}

} // namespace crm::ui
