#include "csv/csv_actions.h"

#include "csv/export_dialog.h"
#include "csv/import_wizard.h"
#include "main/session.h"

namespace crm::ui {

CsvActions::CsvActions(Session* session, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_session(session), m_dialogParent(dialogParent) {}

CsvActions::~CsvActions() = default;

void CsvActions::importCsv() {
    if (!m_session->isOpen())
        return;
    ImportWizard wizard(m_session, m_dialogParent);
    wizard.exec();
}

void CsvActions::exportCustomers(const CustomerFilter& filter) {
    if (!m_session->isOpen())
        return;
    ExportDialog dialog(m_session, filter, m_dialogParent);
    dialog.exec();
}

} // namespace crm::ui
