#pragma once
// Whether the customer list, after its filter changed, still has a given
// customer (the one the detail shows): asked on a worker with its own
// connection, a moment after the last change, because a short search can
// match a million customers and typing must stay quick.
#include "crm/store/customer_query.h"

#include <QObject>
#include <QString>

class QTimer;

namespace crm::ui {

class ListedCheck : public QObject {
    Q_OBJECT
public:
    explicit ListedCheck(QObject* parent = nullptr);

    // Asks, after a pause of `delayMs` without another call, whether the file
    // at `path` has `customerId` among the customers `filter` lists; a new
    // call replaces the question.
    void check(const QString& path, const CustomerFilter& filter, qint64 customerId);
    // Forgets the pending question (a file closed, a customer chosen).
    void cancel();

    static constexpr int delayMs = 300;

signals:
    // The customer is not in the list (only the latest question is answered).
    void unlisted(qint64 customerId);

private:
    void ask();

    QTimer* m_pause;
    QString m_path;
    CustomerFilter m_filter;
    qint64 m_customerId = 0;
    quint64 m_question = 0; // which question an answer belongs to
};

} // namespace crm::ui
