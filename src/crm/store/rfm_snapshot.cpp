#include "crm/store/rfm_snapshot.h"

#include "crm/errors.h"
#include "crm/store/database.h"
#include "crm/store/rfm_query.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <charconv>
#include <string>
#include <string_view>

namespace crm {

namespace {

// R boundaries are kept as recency days (goodness = -days), so a person
// reading the table sees "at most 30 days" rather than "-30".
std::string encode(const rfm::DimensionCuts& cuts, bool negate) {
    std::string text;
    for (std::size_t i = 0; i < cuts.atLeast.size(); ++i) {
        if (i > 0)
            text += ',';
        if (cuts.atLeast[i])
            text += std::to_string(negate ? -*cuts.atLeast[i] : *cuts.atLeast[i]);
    }
    return text;
}

std::optional<std::int64_t> parseEntry(std::string_view entry, const std::string& text) {
    if (entry.empty())
        return std::nullopt;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(entry.data(), entry.data() + entry.size(), value);
    if (ec != std::errc() || end != entry.data() + entry.size())
        throw StoreError(StoreError::Kind::Damaged, "rfm_cutpoints: bad boundaries '" + text + "'");
    return value;
}

rfm::DimensionCuts decode(const std::string& text, bool negate) {
    rfm::DimensionCuts cuts;
    std::string_view rest = text;
    for (std::size_t i = 0; i < cuts.atLeast.size(); ++i) {
        const auto comma = rest.find(',');
        if ((comma == std::string_view::npos) != (i + 1 == cuts.atLeast.size()))
            throw StoreError(StoreError::Kind::Damaged,
                             "rfm_cutpoints: expected four boundaries in '" + text + "'");
        const auto value = parseEntry(rest.substr(0, comma), text);
        cuts.atLeast[i] = value && negate ? std::optional(-*value) : value;
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    return cuts;
}

std::int64_t windowKey(std::optional<int> windowDays) { return windowDays.value_or(0); }

void saveCutpoints(const Database& db, Date asOf, std::optional<int> windowDays,
                   const rfm::Cutpoints& cuts) {
    WriteTransaction write(db);
    SQLite::Statement st(db.sql(),
                         "INSERT OR REPLACE INTO rfm_cutpoints(as_of, window_days, scored, "
                         "r_cuts, f_cuts, m_cuts) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, toDayNumber(asOf));
    st.bind(2, windowKey(windowDays));
    st.bind(3, cuts.scored);
    st.bind(4, encode(cuts.recency, true));
    st.bind(5, encode(cuts.frequency, false));
    st.bind(6, encode(cuts.monetary, false));
    st.exec();
    write.commit();
}

} // namespace

std::optional<rfm::Cutpoints> loadCutpoints(const Database& db, Date asOf,
                                            std::optional<int> windowDays) {
    SQLite::Statement st(db.sql(), "SELECT scored, r_cuts, f_cuts, m_cuts FROM rfm_cutpoints "
                                   "WHERE as_of = ? AND window_days = ?");
    st.bind(1, toDayNumber(asOf));
    st.bind(2, windowKey(windowDays));
    if (!st.executeStep())
        return std::nullopt;
    return rfm::Cutpoints{st.getColumn(0).getInt64(), decode(st.getColumn(1).getString(), true),
                          decode(st.getColumn(2).getString(), false),
                          decode(st.getColumn(3).getString(), false)};
}

rfm::Cutpoints snapshotCutpoints(const Database& db, Date asOf, std::optional<int> windowDays) {
    const auto cuts = rfm::cutpointsOf(loadBehaviours(db, RfmRequest{asOf, windowDays}));
    saveCutpoints(db, asOf, windowDays, cuts);
    return cuts;
}

std::vector<std::pair<Date, rfm::Cutpoints>> cutpointsAt(const Database& db,
                                                         const std::vector<Date>& dates,
                                                         std::optional<int> windowDays,
                                                         const SnapshotProgress& progress) {
    std::vector<std::pair<Date, rfm::Cutpoints>> out;
    out.reserve(dates.size());
    for (std::size_t i = 0; i < dates.size(); ++i) {
        auto kept = loadCutpoints(db, dates[i], windowDays);
        if (!kept && progress)
            progress(dates[i], i, dates.size());
        out.emplace_back(dates[i], kept ? *kept : snapshotCutpoints(db, dates[i], windowDays));
    }
    return out;
}

std::vector<Date> keptSnapshotDates(const Database& db, std::optional<int> windowDays) {
    SQLite::Statement st(db.sql(),
                         "SELECT as_of FROM rfm_cutpoints WHERE window_days = ? ORDER BY as_of");
    st.bind(1, windowKey(windowDays));
    std::vector<Date> dates;
    while (st.executeStep())
        dates.push_back(fromDayNumber(st.getColumn(0).getInt64()));
    return dates;
}

} // namespace crm
