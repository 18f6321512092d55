#include "csv/import_wizard.h"

#include "csv/import_check_page.h"
#include "csv/import_mapping_page.h"
#include "csv/import_preview_page.h"
#include "csv/import_run_page.h"
#include "csv/import_source_page.h"

namespace crm::ui {

ImportWizard::ImportWizard(Session* session, QWidget* parent)
    : QWizard(parent), m_source(new ImportSourcePage(m_plan)),
      m_preview(new ImportPreviewPage(m_plan)), m_mapping(new ImportMappingPage(m_plan)),
      m_check(new ImportCheckPage(m_plan, session)), m_run(new ImportRunPage(m_plan, session)) {
    setWindowTitle(tr("Import CSV"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setPage(SourcePageId, m_source);
    setPage(PreviewPageId, m_preview);
    setPage(MappingPageId, m_mapping);
    setPage(CheckPageId, m_check);
    setPage(RunPageId, m_run);
    resize(760, 560);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reject() {
    if (m_run->isImporting()) {
        m_run->cancelImport();
        return;
    }
    QWizard::reject();
}

} // namespace crm::ui
