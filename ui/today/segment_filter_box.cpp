#include "today/segment_filter_box.h"

#include "crm/store/database.h"
#include "crm/store/segment_members.h"
#include "list/domain_text.h"
#include "main/session.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace crm::ui {

namespace {

struct MembersResult {
    std::vector<std::int64_t> ids;
    QString error;
};

MembersResult membersOf(const QString& path, rfm::Segment segment, Date asOf) {
    try {
        const Database db = Database::open(path.toStdString());
        return {segmentMembers(db, segment, asOf), {}};
    } catch (const std::exception& e) {
        return {{}, QString::fromStdString(e.what())};
    }
}

} // namespace

SegmentFilterBox::SegmentFilterBox(QWidget* parent) : QComboBox(parent) {
    setObjectName(QStringLiteral("segmentFilter"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("RFM segment as of today"));
    addItem(tr("All"), -1);
    for (int s = 0; s < rfm::kSegmentCount; ++s)
        addItem(segmentName(static_cast<rfm::Segment>(s)), s);
    connect(this, &QComboBox::currentIndexChanged, this, &SegmentFilterBox::compute);
}

void SegmentFilterBox::setDatabasePath(const QString& path) {
    m_path = path;
    findSession();
    if (segment())
        compute();
}

void SegmentFilterBox::findSession() {
    if (m_session)
        return;
    // The filter bar is given a Database, not the Session that says what
    // today is; the main window owns exactly one Session.
    m_session = window()->findChild<Session*>();
    if (m_session)
        connect(m_session, &Session::customersChanged, this, [this] {
            if (segment())
                compute(); // a purchase can move customers between segments
        });
}

std::optional<rfm::Segment> SegmentFilterBox::segment() const {
    const int s = currentData().toInt();
    return s >= 0 ? std::optional(static_cast<rfm::Segment>(s)) : std::nullopt;
}

Date SegmentFilterBox::today() const {
    if (m_session && m_session->isOpen())
        return m_session->today();
    return fromQDate(QDate::currentDate());
}

void SegmentFilterBox::compute() {
    const int generation = ++m_generation;
    m_members.reset();
    const auto chosen = segment();
    if (!chosen || m_path.isEmpty()) {
        showComputing(false);
        emit membersReady();
        return;
    }
    showComputing(true);
    auto* watcher = new QFutureWatcher<MembersResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another segment was chosen meanwhile
        const MembersResult result = watcher->result();
        m_members = result.ids; // on failure: no customer rather than every customer
        showComputing(false);
        setToolTip(result.error.isEmpty() ? tr("RFM segment as of today")
                                          : tr("Cannot compute the segment: %1").arg(result.error));
        emit membersReady();
    });
    watcher->setFuture(QtConcurrent::run(membersOf, m_path, *chosen, today()));
}

void SegmentFilterBox::showComputing(bool computing) {
    m_computing = computing;
    for (int i = 1; i < count(); ++i) {
        const QString name = segmentName(static_cast<rfm::Segment>(itemData(i).toInt()));
        setItemText(i, computing && i == currentIndex() ? tr("%1 (computing…)").arg(name) : name);
    }
}

} // namespace crm::ui
