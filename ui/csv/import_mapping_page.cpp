#include "csv/import_mapping_page.h"

#include "crm/csv/import_preview.h"
#include "csv/csv_text.h"
#include "csv/import_job.h"
#include "list/domain_text.h"
#include "ui_import_mapping_page.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>

#include <algorithm>

namespace crm::ui {

namespace {

enum Column { HeaderColumn, SampleColumn, FieldColumn };
constexpr int kNotImported = -1;

} // namespace

ImportMappingPage::ImportMappingPage(ImportPlan& plan, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ImportMappingPage>()), m_plan(plan) {
    m_ui->setupUi(this);
    auto* header = m_ui->mappingTable->horizontalHeader();
    header->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
}

ImportMappingPage::~ImportMappingPage() = default;

void ImportMappingPage::initializePage() {
    if (m_plan.fieldOfColumn.size() != m_plan.header.size())
        m_plan.fieldOfColumn = csv::suggestedFields(m_plan.kind, m_plan.header);
    auto* table = m_ui->mappingTable;
    table->setRowCount(static_cast<int>(m_plan.header.size()));
    for (int column = 0; column < table->rowCount(); ++column) {
        const auto c = static_cast<std::size_t>(column);
        table->setItem(column, HeaderColumn, new QTableWidgetItem(toQ(m_plan.header[c])));
        const QString sample = c < m_plan.sample.size() ? toQ(m_plan.sample[c]) : QString();
        table->setItem(column, SampleColumn, new QTableWidgetItem(sample));
        table->setCellWidget(column, FieldColumn, makeFieldChoice(column));
    }
    table->resizeRowsToContents();
    updateHint();
}

QComboBox* ImportMappingPage::makeFieldChoice(int column) {
    auto* combo = new QComboBox;
    combo->setObjectName(QStringLiteral("fieldChoice%1").arg(column));
    combo->addItem(tr("Do not import"), kNotImported);
    const auto fields = csv::importFields(m_plan.kind);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const QString label = csvFieldLabel(fields[i].key);
        combo->addItem(fields[i].required ? tr("%1 (required)").arg(label) : label, static_cast<int>(i));
    }
    combo->setCurrentIndex(combo->findData(m_plan.fieldOfColumn[static_cast<std::size_t>(column)]));
    connect(combo, &QComboBox::currentIndexChanged, this, [this, column] { onFieldChosen(column); });
    return combo;
}

QComboBox* ImportMappingPage::fieldChoice(int column) const {
    return qobject_cast<QComboBox*>(m_ui->mappingTable->cellWidget(column, FieldColumn));
}

int ImportMappingPage::fieldOfColumn(int column) const {
    return fieldChoice(column)->currentData().toInt();
}

void ImportMappingPage::setFieldOfColumn(int column, int field) {
    fieldChoice(column)->setCurrentIndex(fieldChoice(column)->findData(field));
}

// A field takes one column: the column that had it before lets it go.
void ImportMappingPage::onFieldChosen(int column) {
    const int field = fieldOfColumn(column);
    for (int other = 0; other < m_ui->mappingTable->rowCount(); ++other) {
        if (other == column || field == kNotImported || fieldOfColumn(other) != field)
            continue;
        const QSignalBlocker blocker(fieldChoice(other));
        setFieldOfColumn(other, kNotImported);
        m_plan.fieldOfColumn[static_cast<std::size_t>(other)] = kNotImported;
    }
    m_plan.fieldOfColumn[static_cast<std::size_t>(column)] = field;
    updateHint();
}

QStringList ImportMappingPage::missingRequired() const {
    const auto fields = csv::importFields(m_plan.kind);
    QStringList missing;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const bool mapped = std::find(m_plan.fieldOfColumn.begin(), m_plan.fieldOfColumn.end(),
                                      static_cast<int>(i)) != m_plan.fieldOfColumn.end();
        if (fields[i].required && !mapped)
            missing << csvFieldLabel(fields[i].key);
    }
    return missing;
}

void ImportMappingPage::updateHint() {
    const QStringList missing = missingRequired();
    const auto ignored = std::count(m_plan.fieldOfColumn.begin(), m_plan.fieldOfColumn.end(), kNotImported);
    if (!missing.isEmpty())
        m_ui->mappingHint->setText(tr("Choose a column for each required field: %1 has none.")
                                       .arg(missing.join(QStringLiteral(", "))));
    else if (ignored > 0)
        m_ui->mappingHint->setText(tr("Columns not imported: %1.").arg(ignored));
    else
        m_ui->mappingHint->setText(tr("Every column will be imported."));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const { return missingRequired().isEmpty(); }

} // namespace crm::ui
