#pragma once
// File > Import CSV and Export CSV: the import wizard and the export
// dialog, both running their work on a worker thread with progress and Cancel.
#include "crm/store/customer_query.h"

#include <QObject>

class QWidget;

namespace crm::ui {

class Session;

class CsvActions : public QObject {
    Q_OBJECT
public:
    CsvActions(Session* session, QWidget* dialogParent, QObject* parent = nullptr);
    ~CsvActions() override;

    // Shows the import wizard (modal); the list is refreshed after an import.
    void importCsv();
    // Exports the customers of the list as currently filtered.
    void exportCustomers(const crm::CustomerFilter& filter);

private:
    Session* m_session;
    QWidget* m_dialogParent;
};

} // namespace crm::ui
