#include "csv/csv_actions.h"

namespace crm::ui {

// Placeholder until the import wizard and export dialog are built (issue 5).
CsvActions::CsvActions(Session* session, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_session(session), m_dialogParent(dialogParent) {}
CsvActions::~CsvActions() = default;
void CsvActions::importCsv() {}
void CsvActions::exportCustomers(const CustomerFilter&) {}

} // namespace crm::ui
