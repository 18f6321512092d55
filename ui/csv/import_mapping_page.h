#pragma once
// Import wizard, third page: which field each column of the file goes to,
// pre-filled from the headers by the domain's aliases; a column can be
// re-targeted or left out. A field takes one column at most.
#include <QWizardPage>

#include <memory>

class QComboBox;

namespace Ui {
class ImportMappingPage;
}

namespace crm::ui {

struct ImportPlan;

class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    ImportMappingPage(ImportPlan& plan, QWidget* parent = nullptr);
    ~ImportMappingPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); } // QWizard::next() does not ask

    // The field index chosen for a column (-1: not imported); for tests.
    int fieldOfColumn(int column) const;
    void setFieldOfColumn(int column, int field);

private:
    QComboBox* fieldChoice(int column) const;
    QComboBox* makeFieldChoice(int column);
    void onFieldChosen(int column);
    QStringList missingRequired() const;
    void updateHint();

    std::unique_ptr<Ui::ImportMappingPage> m_ui;
    ImportPlan& m_plan;
};

} // namespace crm::ui
