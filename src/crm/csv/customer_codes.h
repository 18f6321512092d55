#pragma once
// Customer code -> id for a whole import, loaded with one query: an open
// addressing table over the codes packed in one string, about 20 bytes plus
// the code's length a customer (1 million codes in ~30 MB), where a
// node-based map of strings would take three times that.
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
    void add(std::string_view code, std::int64_t id);
    std::size_t size() const { return m_ids.size(); }

private:
    std::size_t slotOf(std::string_view code) const; // its slot, or the empty one to use
    void grow();

    std::string_view codeAt(std::size_t index) const;

    std::string m_text;                // every code, one after the other
    std::vector<std::uint32_t> m_ends; // end of code i in m_text
    std::vector<std::int64_t> m_ids;
    std::vector<std::uint32_t> m_slots; // index + 1; 0 is empty; size a power of two
};

} // namespace crm::csv
