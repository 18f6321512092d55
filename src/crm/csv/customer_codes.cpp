#include "crm/csv/customer_codes.h"

#include "crm/store/database.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <functional>

namespace crm::csv {

CustomerCodes CustomerCodes::load(const Database& db) {
    CustomerCodes codes;
    SQLite::Statement count(db.sql(), "SELECT count(*) FROM customer");
    count.executeStep();
    const auto n = static_cast<std::size_t>(count.getColumn(0).getInt64());
    codes.m_ends.reserve(n);
    codes.m_ids.reserve(n);
    SQLite::Statement st(db.sql(), "SELECT code, id FROM customer");
    while (st.executeStep())
        codes.add(st.getColumn(0).getString(), st.getColumn(1).getInt64());
    return codes;
}

std::string_view CustomerCodes::codeAt(std::size_t index) const {
    const std::uint32_t begin = index == 0 ? 0 : m_ends[index - 1];
    return std::string_view(m_text).substr(begin, m_ends[index] - begin);
}

std::size_t CustomerCodes::slotOf(std::string_view code) const {
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = std::hash<std::string_view>{}(code)&mask;
    while (m_slots[slot] != 0 && codeAt(m_slots[slot] - 1) != code)
        slot = (slot + 1) & mask;
    return slot;
}

std::optional<std::int64_t> CustomerCodes::find(std::string_view code) const {
    if (m_slots.empty())
        return std::nullopt;
    const std::uint32_t entry = m_slots[slotOf(code)];
    if (entry == 0)
        return std::nullopt;
    return m_ids[entry - 1];
}

void CustomerCodes::add(std::string_view code, std::int64_t id) {
    if ((m_ids.size() + 1) * 2 > m_slots.size())
        grow();
    const std::size_t slot = slotOf(code);
    if (m_slots[slot] != 0) {
        m_ids[m_slots[slot] - 1] = id;
        return;
    }
    m_text += code;
    m_ends.push_back(static_cast<std::uint32_t>(m_text.size()));
    m_ids.push_back(id);
    m_slots[slot] = static_cast<std::uint32_t>(m_ids.size());
}

// Twice the slots, every code placed again: the table stays at most half full.
void CustomerCodes::grow() {
    m_slots.assign(std::max<std::size_t>(1024, m_slots.size() * 2), 0);
    for (std::size_t i = 0; i < m_ids.size(); ++i)
        m_slots[slotOf(codeAt(i))] = static_cast<std::uint32_t>(i + 1);
}

} // namespace crm::csv
