#pragma once
// Import wizard, second page: the first rows of the file as the importer
// reads them, with the detected encoding and delimiter, either of which the
// user can override.
#include "crm/csv/import_preview.h"

#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class ImportPreviewPage;
}

namespace crm::ui {

struct ImportPlan;

class ImportPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    ImportPreviewPage(ImportPlan& plan, QWidget* parent = nullptr);
    ~ImportPreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillChoices();
    void readFile();
    void showPreview(const csv::ImportPreview& preview);
    void showError(const QString& message);
    csv::CsvReadOptions chosenReadOptions() const;

    std::unique_ptr<Ui::ImportPreviewPage> m_ui;
    ImportPlan& m_plan;
    std::optional<csv::ImportPreview> m_preview;
    bool m_filling = false;
};

} // namespace crm::ui
