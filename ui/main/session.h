#pragma once
// The open CRM file of the window: owns the UI thread's connection, says
// what "today" is, and tells the views when the data changed. Workers open
// their own connection to path().
#include "crm/date.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace crm {
class Database;
}

namespace crm::ui {

class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // Opens FILE (creating it when `create` and it does not exist).
    // Throws crm::StoreError naming the file and what is wrong; the session
    // keeps the database it had.
    void open(const QString& path, bool create = false);
    // Views stop their workers on closing(); close() returns once no worker
    // is left with a connection to the file.
    void close();
    bool isOpen() const { return m_db != nullptr; }
    // Only while isOpen().
    const Database& database() const { return *m_db; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    // The calendar date the app treats as today (tests set it).
    Date today() const;
    void setToday(const Date& today) { m_today = today; }

    // Changes are logged in the audit log under the current user of the
    // settings (else the login name); call after that setting changed.
    void applyCurrentUser();

    // Edits call these after they changed the store.
    void notifyCustomerChanged(qint64 customerId);
    void notifyCustomersChanged();

signals:
    void opened();
    void closing();
    void closed();
    void customersChanged();
    void customerChanged(qint64 customerId);

private:
    std::unique_ptr<Database> m_db;
    QString m_path;
    bool m_readOnly = false;
    std::optional<Date> m_today;
};

} // namespace crm::ui
