#pragma once
// Re-derives every customer's lifecycle stage under the stored rules
// (replayLifecycles) on a worker thread with its own connection to the file,
// behind a progress dialog with Cancel; the window keeps responding.
#include "crm/date.h"
#include "crm/store/lifecycle_timeline.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace crm::ui {

struct ReplayOutcome {
    LifecycleReplayResult result;
    QString error; // non-empty when the replay failed
};

class LifecycleReplayRunner {
    Q_DECLARE_TR_FUNCTIONS(crm::ui::LifecycleReplayRunner)
public:
    // Returns when the replay has finished, failed or stopped after Cancel.
    static ReplayOutcome run(QWidget* parent, const QString& path, const Date& asOf);
};

} // namespace crm::ui
