#include "main/session.h"

#include "crm/store/audit_log.h"
#include "crm/store/database.h"
#include "crm/store/mapped_reads.h"
#include "main/app_settings.h"
#include "main/worker_pools.h"

#include <QDate>
#include <QFileInfo>

namespace crm::ui {

Session::Session(QObject* parent) : QObject(parent) {
    // The app's scans (at-risk in Today, RFM boundaries, the dashboard) read
    // the file without mapping it: mapped, every page of a 1.6 GB file counts
    // in the app's resident memory, for no speed gain (bench/README.md).
    MappedReads::setAllowed(false);
}

Session::~Session() { close(); }

void Session::open(const QString& path, bool create) {
    audit::setProgramUser(AppSettings::currentUser().toStdString());
    const auto mode = create ? OpenMode::CreateIfMissing : OpenMode::OpenExisting;
    auto db = std::make_unique<Database>(Database::open(path.toStdString(), mode));
    if (m_db)
        close();
    m_db = std::move(db);
    m_path = path;
    m_readOnly = m_db->isReadOnly() || !QFileInfo(path).isWritable();
    emit opened();
}

void Session::applyCurrentUser() {
    audit::setProgramUser(AppSettings::currentUser().toStdString());
    if (m_db)
        m_db->setAuditUser(audit::defaultUser());
}

void Session::close() {
    if (!m_db)
        return;
    emit closing();
    m_db.reset();
    waitForWorkers();
    m_path.clear();
    emit closed();
}

Date Session::today() const {
    if (m_today)
        return *m_today;
    const QDate now = QDate::currentDate();
    return Date(static_cast<unsigned short>(now.year()), static_cast<unsigned short>(now.month()),
                static_cast<unsigned short>(now.day()));
}

void Session::notifyCustomerChanged(qint64 customerId) {
    emit customerChanged(customerId);
    emit customersChanged();
}

void Session::notifyCustomersChanged() { emit customersChanged(); }

} // namespace crm::ui
