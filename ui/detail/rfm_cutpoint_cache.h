#pragma once
// The RFM score boundaries the detail needs (today and the last month ends),
// for every customer alike: read from the file when kept there, otherwise
// computed once on a worker thread with its own connection (a pass over
// every customer, seconds on a million) and kept in the file when it is
// writable. Until a date is ready, the detail shows it as pending.
#include "crm/analytics/rfm_cutpoints.h"
#include "crm/date.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace crm::ui {

class Session;

class RfmCutpointCache : public QObject {
    Q_OBJECT
public:
    explicit RfmCutpointCache(QObject* parent = nullptr);
    // Stops the worker (within milliseconds) and waits for it.
    ~RfmCutpointCache() override;

    void setSession(Session* session);

    // The boundaries at `date` when known (memory, else the file: one
    // indexed read); when not, it is queued for the worker.
    std::optional<rfm::Cutpoints> find(const Date& date);
    // Starts the worker on the dates `find` could not answer, if any.
    void computeMissing();
    bool isComputing() const { return m_worker.isRunning(); }
    // Not known yet: queued, being computed, or failed.
    bool isPending(const Date& date) const;

signals:
    // The worker starts on `date`, the `done`+1-th of `total`.
    void computing(const QDate& date, int done, int total);
    // Boundaries of `date` are now known: ask again.
    void computed(const QDate& date);
    void failed(const QString& message);
    // Everything known was forgotten (the data changed): ask again.
    void invalidated();

private:
    // Forgets everything (the data changed or another file is open).
    void reset();
    void stopWorker();
    void store(int generation, const Date& date, const rfm::Cutpoints& cuts);

    Session* m_session = nullptr;
    std::map<Date, rfm::Cutpoints> m_known;
    std::vector<Date> m_missing; // asked for, not known, not being computed
    std::vector<Date> m_computing;
    QFuture<void> m_worker;
    std::shared_ptr<std::atomic<bool>> m_stop;
    int m_generation = 0; // results of an older worker are dropped
};

} // namespace crm::ui
