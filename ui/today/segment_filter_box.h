#pragma once
// The customer list's "Segment" choice: the RFM segment as of today (the
// window's Session::today()), whose members are computed on a worker thread
// with the domain's segmentMembers (about a second on a million customers)
// and then listed through CustomerFilter::ids. While they are computed the
// choice says so, and the filter bar waits for membersReady().
#include "crm/analytics/rfm.h"
#include "crm/date.h"

#include <QComboBox>
#include <cstdint>
#include <optional>
#include <vector>

namespace crm::ui {

class Session;

class SegmentFilterBox : public QComboBox {
    Q_OBJECT
public:
    explicit SegmentFilterBox(QWidget* parent = nullptr);

    // The file to compute in (recomputes a chosen segment). Today is the
    // today() of the Session of the window this box is in (recomputing after
    // its changes too), else the calendar date.
    void setDatabasePath(const QString& path);
    std::optional<rfm::Segment> segment() const;
    bool isComputing() const { return m_computing; }
    // The ids of the chosen segment's members; none with no segment chosen
    // or while they are computed.
    const std::optional<std::vector<std::int64_t>>& members() const { return m_members; }

signals:
    // The members of the chosen segment are known (or no segment is chosen).
    void membersReady();

private:
    void findSession();
    void compute();
    void showComputing(bool computing);
    Date today() const;

    Session* m_session = nullptr;
    QString m_path;
    std::optional<std::vector<std::int64_t>> m_members;
    bool m_computing = false;
    int m_generation = 0;
};

} // namespace crm::ui
