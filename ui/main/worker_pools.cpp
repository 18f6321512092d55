#include "main/worker_pools.h"

#include <QCoreApplication>
#include <QCursor>
#include <QGuiApplication>
#include <QThreadPool>

namespace crm::ui {

QThreadPool* analyticsPool() {
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(2); // a cancelled computation may still be finishing
        return p;
    }();
    return pool;
}

void waitForWorkers() {
    QThreadPool* global = QThreadPool::globalInstance();
    if (global->activeThreadCount() == 0 && analyticsPool()->activeThreadCount() == 0)
        return;
    QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    // Twice: a finishing worker of one pool may hand memory to the other.
    for (int round = 0; round < 2; ++round) {
        analyticsPool()->waitForDone();
        global->waitForDone();
    }
    QGuiApplication::restoreOverrideCursor();
}

} // namespace crm::ui
