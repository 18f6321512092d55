#include "crm/csv/export_scores.h"

#include "crm/analytics/rfm_cutpoints.h"
#include "crm/store/clv_history.h"
#include "crm/store/clv_model_store.h"
#include "crm/store/rfm_query.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace crm::csv {

namespace {

constexpr Money kNoValue = std::numeric_limits<Money>::min();

template <typename T>
void storeAt(std::vector<T>& byId, std::int64_t id, T value, T filler) {
    const auto index = static_cast<std::size_t>(id);
    if (index >= byId.size())
        byId.resize(index + 1, filler);
    byId[index] = value;
}

bool modelMatches(const clv::ClvModel& model, const std::vector<ClvHistory>& histories) {
    const auto repeaters = std::count_if(histories.begin(), histories.end(), [](const auto& h) {
        return h.summary.frequency > 0;
    });
    return model.customers == static_cast<std::int64_t>(histories.size()) &&
           model.repeaters == repeaters;
}

std::string fitHint(Date asOf) { return "run `crm clv fit --as-of " + toIso(asOf) + "` first"; }

} // namespace

// The scores of computeRfm, by id: no codes read, nothing sorted.
void CustomerScores::loadRfm(const Database& db, Date asOf) {
    m_rfm.clear();
    const auto behaviours = loadBehaviours(db, RfmRequest{asOf, std::nullopt});
    const auto cuts = rfm::cutpointsOf(behaviours);
    if (!behaviours.empty())
        m_rfm.resize(static_cast<std::size_t>(behaviours.back().customerId) + 1);
    for (const rfm::Behaviour& behaviour : behaviours) {
        const rfm::Score s = rfm::scoreWith(cuts, behaviour);
        storeAt(m_rfm, behaviour.customerId,
                Rfm{static_cast<std::uint8_t>(s.r), static_cast<std::uint8_t>(s.f),
                    static_cast<std::uint8_t>(s.m), s.segment},
                Rfm{});
    }
}

std::optional<std::string> CustomerScores::loadClv(const Database& db, Date asOf) {
    m_clv.clear();
    const auto stored = ClvModelStore(db).latest(asOf);
    if (!stored)
        return "clv: left empty, no lifetime-value model fitted as of " + toIso(asOf) + "; " +
               fitHint(asOf);
    const auto histories = loadClvHistories(db, asOf, stored->model.unit);
    if (!modelMatches(stored->model, histories))
        return "clv: left empty, the model fitted as of " + toIso(asOf) +
               " no longer matches the transactions; " + fitHint(asOf);
    for (const ClvHistory& history : histories) {
        const auto value = clv::predictCustomerValue(stored->model, history.summary);
        storeAt(m_clv, history.customerId, static_cast<Money>(std::llround(value.lifetimeValue)),
                kNoValue);
    }
    return std::nullopt;
}

const CustomerScores::Rfm* CustomerScores::rfm(std::int64_t customerId) const {
    const auto index = static_cast<std::size_t>(customerId);
    if (index >= m_rfm.size() || m_rfm[index].r == 0)
        return nullptr;
    return &m_rfm[index];
}

std::optional<Money> CustomerScores::clv(std::int64_t customerId) const {
    const auto index = static_cast<std::size_t>(customerId);
    if (index >= m_clv.size() || m_clv[index] == kNoValue)
        return std::nullopt;
    return m_clv[index];
}

} // namespace crm::csv
