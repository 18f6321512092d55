#include "csv/import_preview_page.h"

#include "csv/csv_text.h"
#include "csv/import_job.h"
#include "list/domain_text.h"
#include "ui_import_preview_page.h"

#include <QHeaderView>

namespace crm::ui {

namespace {

constexpr std::size_t kPreviewRows = 20;
constexpr int kDetected = -1; // combo data: let the importer detect it

constexpr csv::TextEncoding kEncodings[] = {csv::TextEncoding::Utf8, csv::TextEncoding::Gb18030,
                                            csv::TextEncoding::Utf16LE,
                                            csv::TextEncoding::Utf16BE};
constexpr char kDelimiters[] = {',', ';', '\t'};

template <typename T>
std::optional<T> chosen(const QComboBox* combo) {
    const int data = combo->currentData().toInt();
    return data == kDetected ? std::nullopt : std::optional<T>(static_cast<T>(data));
}

QString sizeText(std::uint64_t bytes) {
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportPlan& plan, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ImportPreviewPage>()), m_plan(plan) {
    m_ui->setupUi(this);
    m_ui->previewTable->horizontalHeader()->setDefaultSectionSize(130);
    m_ui->previewTable->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    fillChoices();
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::readFile);
    connect(m_ui->delimiterCombo, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::readFile);
}

ImportPreviewPage::~ImportPreviewPage() = default;

void ImportPreviewPage::fillChoices() {
    m_ui->encodingCombo->addItem(tr("Detect"), kDetected);
    for (const auto encoding : kEncodings)
        m_ui->encodingCombo->addItem(encodingName(encoding), static_cast<int>(encoding));
    m_ui->delimiterCombo->addItem(tr("Detect"), kDetected);
    for (const char delimiter : kDelimiters)
        m_ui->delimiterCombo->addItem(delimiterName(delimiter), static_cast<int>(delimiter));
}

void ImportPreviewPage::initializePage() {
    m_filling = true; // the plan's choices, without reading the file for each
    m_ui->encodingCombo->setCurrentIndex(
        m_plan.read.encoding ? m_ui->encodingCombo->findData(static_cast<int>(*m_plan.read.encoding)) : 0);
    m_ui->delimiterCombo->setCurrentIndex(
        m_plan.read.delimiter ? m_ui->delimiterCombo->findData(static_cast<int>(*m_plan.read.delimiter)) : 0);
    m_filling = false;
    readFile();
}

csv::CsvReadOptions ImportPreviewPage::chosenReadOptions() const {
    csv::CsvReadOptions read;
    read.encoding = chosen<csv::TextEncoding>(m_ui->encodingCombo);
    read.delimiter = chosen<char>(m_ui->delimiterCombo);
    return read;
}

// Reads only the start of the file (one chunk), so it stays on the UI thread.
void ImportPreviewPage::readFile() {
    if (m_filling)
        return;
    try {
        showPreview(csv::previewCsv(toStd(m_plan.file), chosenReadOptions(), kPreviewRows));
    } catch (const std::exception& e) {
        showError(toQ(e.what()));
    }
    emit completeChanged();
}

void ImportPreviewPage::showPreview(const csv::ImportPreview& preview) {
    m_preview = preview;
    auto* table = m_ui->previewTable;
    table->clear();
    table->setColumnCount(static_cast<int>(preview.header.size()));
    table->setRowCount(static_cast<int>(preview.rows.size()));
    for (std::size_t c = 0; c < preview.header.size(); ++c)
        table->setHorizontalHeaderItem(static_cast<int>(c), new QTableWidgetItem(toQ(preview.header[c])));
    for (std::size_t r = 0; r < preview.rows.size(); ++r) {
        const auto& row = preview.rows[r];
        table->setVerticalHeaderItem(static_cast<int>(r), new QTableWidgetItem(QString::number(row.line)));
        for (std::size_t c = 0; c < row.fields.size() && c < preview.header.size(); ++c)
            table->setItem(static_cast<int>(r), static_cast<int>(c), new QTableWidgetItem(toQ(row.fields[c])));
    }
    const QString bom = preview.hadBom ? tr(" with byte-order mark") : QString();
    m_ui->detectedLabel->setText(
        tr("Read as %1%2, columns separated by: %3 (%4 columns, %5). The numbers on the left are "
           "the lines of the file.")
            .arg(encodingName(preview.encoding), bom, delimiterName(preview.delimiter).toLower())
            .arg(preview.header.size())
            .arg(sizeText(preview.fileSize)));
}

void ImportPreviewPage::showError(const QString& message) {
    m_preview.reset();
    m_ui->previewTable->clear();
    m_ui->previewTable->setRowCount(0);
    m_ui->previewTable->setColumnCount(0);
    m_ui->detectedLabel->setText(tr("This file cannot be read as a table: %1").arg(message));
}

bool ImportPreviewPage::isComplete() const { return m_preview.has_value(); }

bool ImportPreviewPage::validatePage() {
    if (!isComplete()) // QWizard::next() does not ask
        return false;
    m_plan.read = chosenReadOptions();
    if (m_preview->header != m_plan.header) {
        m_plan.header = m_preview->header;
        m_plan.fieldOfColumn.clear(); // the mapping page suggests afresh
    }
    m_plan.sample = m_preview->rows.empty() ? std::vector<std::string>() : m_preview->rows.front().fields;
    return true;
}

} // namespace crm::ui
