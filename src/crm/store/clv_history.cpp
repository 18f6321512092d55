#include "crm/store/clv_history.h"

#include "crm/store/database.h"
#include "crm/store/sql_util.h"

#include <SQLiteCpp/Database.h>

namespace crm {

namespace {

// One customer's purchase days as they arrive in day order: the same
// numbers as clv::summarize (same-day purchases merged, amounts summed, the
// first day left out of the mean spend), without collecting the purchases.
class SummaryBuilder {
public:
    // Days must not decrease.
    void add(std::int64_t day, Money amount) {
        if (m_days == 0)
            m_first = day;
        if (m_days == 0 || day != m_last)
            ++m_days;
        if (day != m_first)
            m_repeatTotal += amount;
        m_last = day;
    }
    bool empty() const { return m_days == 0; }

    clv::CustomerSummary summary(std::int64_t asOfDay, double unitDays) const {
        clv::CustomerSummary s;
        s.frequency = static_cast<int>(m_days - 1);
        s.recency = static_cast<double>(m_last - m_first) / unitDays;
        s.age = static_cast<double>(asOfDay - m_first) / unitDays;
        if (s.frequency > 0)
            s.meanRepeatSpend = static_cast<double>(m_repeatTotal) / static_cast<double>(s.frequency);
        return s;
    }

private:
    std::int64_t m_days = 0;
    std::int64_t m_first = 0;
    std::int64_t m_last = 0;
    Money m_repeatTotal = 0;
};

// Collects one customer's rows (they arrive together, in day order) and
// turns them into a ClvHistory when the next customer starts.
class HistoryCollector {
public:
    HistoryCollector(Date asOf, clv::TimeUnit unit)
        : m_asOfDay(toDayNumber(asOf)), m_unitDays(clv::daysPerUnit(unit)) {}

    void add(std::int64_t customerId, std::int64_t day, Money amount,
             const std::optional<Money>& cost) {
        if (customerId != m_current.customerId)
            flush(customerId);
        m_current.netRevenue += amount;
        if (cost) {
            m_current.costedRevenue += amount;
            m_current.cost += *cost;
        }
        if (amount >= 0)
            m_builder.add(day, amount);
    }

    std::vector<ClvHistory> finish() {
        flush(0);
        return std::move(m_histories);
    }

private:
    void flush(std::int64_t nextCustomer) {
        if (!m_builder.empty()) {
            m_current.summary = m_builder.summary(m_asOfDay, m_unitDays);
            m_histories.push_back(m_current);
        }
        m_builder = SummaryBuilder{};
        m_current = ClvHistory{};
        m_current.customerId = nextCustomer;
    }

    std::int64_t m_asOfDay;
    double m_unitDays;
    ClvHistory m_current;
    SummaryBuilder m_builder;
    std::vector<ClvHistory> m_histories;
};

} // namespace

std::vector<ClvHistory> loadClvHistories(const Database& db, Date asOf, clv::TimeUnit unit) {
    // The order matches the index txn(customer_id, day): no sort, one pass.
    SQLite::Statement st(db.sql(), "SELECT customer_id, day, amount, cost FROM txn "
                                   "WHERE day <= ? ORDER BY customer_id, day");
    st.bind(1, toDayNumber(asOf));
    HistoryCollector collector(asOf, unit);
    while (st.executeStep())
        collector.add(st.getColumn(0).getInt64(), st.getColumn(1).getInt64(),
                      st.getColumn(2).getInt64(), sql::optionalInt(st.getColumn(3)));
    return collector.finish();
}

std::vector<clv::CustomerSummary> summariesOf(const std::vector<ClvHistory>& histories) {
    std::vector<clv::CustomerSummary> summaries;
    summaries.reserve(histories.size());
    for (const ClvHistory& history : histories)
        summaries.push_back(history.summary);
    return summaries;
}

} // namespace crm
