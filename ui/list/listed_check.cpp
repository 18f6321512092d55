#include "list/listed_check.h"

#include "crm/store/database.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace crm::ui {

ListedCheck::ListedCheck(QObject* parent) : QObject(parent), m_pause(new QTimer(this)) {
    m_pause->setSingleShot(true);
    m_pause->setInterval(delayMs);
    connect(m_pause, &QTimer::timeout, this, &ListedCheck::ask);
}

void ListedCheck::check(const QString& path, const CustomerFilter& filter, qint64 customerId) {
    cancel();
    if (customerId == 0 || path.isEmpty())
        return;
    m_path = path;
    m_filter = filter;
    m_customerId = customerId;
    m_pause->start();
}

void ListedCheck::cancel() {
    m_pause->stop();
    ++m_question; // an answer on its way is for an older question
}

void ListedCheck::ask() {
    CustomerFilter probe = m_filter;
    if (probe.ids && std::find(probe.ids->begin(), probe.ids->end(), m_customerId) == probe.ids->end()) {
        emit unlisted(m_customerId); // a drill-down without it
        return;
    }
    probe.ids = std::vector<std::int64_t>{m_customerId};
    const quint64 question = m_question;
    const qint64 customerId = m_customerId;
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, question, customerId] {
        watcher->deleteLater();
        if (question == m_question && watcher->future().resultCount() > 0 && !watcher->result())
            emit unlisted(customerId);
    });
    watcher->setFuture(QtConcurrent::run([path = m_path.toStdString(), probe] {
        try {
            return CustomerQuery(Database::open(path)).count(probe) > 0;
        } catch (const std::exception&) {
            return true; // unknown: the detail stays as it is
        }
    }));
}

} // namespace crm::ui
