#pragma once
// Import wizard, first page: the file and what its rows are (customers,
// transactions, contacts or interactions).
#include <QWizardPage>

#include <memory>

namespace Ui {
class ImportSourcePage;
}

namespace crm::ui {

struct ImportPlan;

class ImportSourcePage : public QWizardPage {
    Q_OBJECT
public:
    ImportSourcePage(ImportPlan& plan, QWidget* parent = nullptr);
    ~ImportSourcePage() override;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void updateHints();

    std::unique_ptr<Ui::ImportSourcePage> m_ui;
    ImportPlan& m_plan;
};

} // namespace crm::ui
