#pragma once
// Customer code -> id for a whole import, loaded with one query: an open
// addressing table over two arrays, about 50 bytes a customer (1 million
// codes in ~50 MB), where a node-based map would take twice that.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crm {
class Database;
}

namespace crm::csv {

class CustomerCodes {
public:
    static CustomerCodes load(const Database& db);

    std::optional<std::int64_t> find(std::string_view code) const;
    void add(std::string code, std::int64_t id);
    std::size_t size() const { return m_codes.size(); }

private:
    std::size_t slotOf(std::string_view code) const; // its slot, or the empty one to use
    void grow();

    std::vector<std::string> m_codes;
    std::vector<std::int64_t> m_ids;
    std::vector<std::uint32_t> m_slots; // index + 1; 0 is empty; size a power of two
};

} // namespace crm::csv
