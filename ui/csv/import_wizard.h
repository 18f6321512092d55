#pragma once
// File > Import CSV: choose a file and what its rows are, see how it is
// read, map its columns to fields, pick what happens to records already
// stored, check every row in a dry run, then import on a worker thread
// (all or nothing, or the valid rows only) and save the rejected rows.
#include "csv/import_job.h"

#include <QWizard>

namespace crm::ui {

class ImportCheckPage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportRunPage;
class ImportSourcePage;
class Session;

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { SourcePageId, PreviewPageId, MappingPageId, CheckPageId, RunPageId };

    explicit ImportWizard(Session* session, QWidget* parent = nullptr);
    ~ImportWizard() override;

    const ImportPlan& plan() const { return m_plan; }
    ImportCheckPage* checkPage() const { return m_check; }
    ImportRunPage* runPage() const { return m_run; }
    ImportMappingPage* mappingPage() const { return m_mapping; }

    // While importing, closing the wizard cancels the import instead; the
    // page then says that nothing was imported.
    void reject() override;

private:
    ImportPlan m_plan; // declared before the pages, which keep a reference
    ImportSourcePage* m_source;
    ImportPreviewPage* m_preview;
    ImportMappingPage* m_mapping;
    ImportCheckPage* m_check;
    ImportRunPage* m_run;
};

} // namespace crm::ui
