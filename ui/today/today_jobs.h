#pragma once
// The Today page's slow sections, computed on worker threads, each with its
// own connection to the file: the at-risk ranking (seconds on a million
// customers) and the birthdays of the week (a pass over every birthday; no
// index serves a month-and-day window). A newer start supersedes an older
// one: the older result is dropped when it arrives.
#include "crm/date.h"
#include "crm/store/at_risk_query.h"
#include "crm/store/today_queries.h"

#include <QObject>
#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace crm::ui {

// What the slow sections are computed for; equal requests give equal results
// while the data do not change.
struct TodayRequest {
    QString path;
    Date today;
    std::optional<std::string> owner; // the current user; none: every owner
    bool operator==(const TodayRequest&) const = default;
};

struct BirthdaysResult {
    std::vector<UpcomingBirthday> rows;
    QString error; // non-empty when the look-up failed
};

struct AtRiskResult {
    AtRiskReport report;
    QString error;
};

class TodayJobs : public QObject {
    Q_OBJECT
public:
    // Rows of the at-risk list: the largest value at stake x risk first.
    static constexpr std::size_t kAtRiskRows = 50;
    static constexpr int kBirthdayDays = 7;

    explicit TodayJobs(QObject* parent = nullptr);

    void start(const TodayRequest& request);
    bool isRunning() const { return m_running > 0; }
    // The request of the last start (results shown or on their way).
    const std::optional<TodayRequest>& lastRequest() const { return m_last; }
    // Makes the next start() compute even for the same request.
    void invalidate() { m_last.reset(); }

signals:
    void birthdaysReady(const crm::ui::BirthdaysResult& result);
    void atRiskReady(const crm::ui::AtRiskResult& result);
    void finished(); // both of the latest start are in

private:
    template <class Result, class Work, class Deliver> void run(Work work, Deliver deliver);
    void oneDone();

    std::optional<TodayRequest> m_last;
    int m_generation = 0;
    int m_running = 0;
};

} // namespace crm::ui
