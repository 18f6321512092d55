#pragma once
// Which column of an imported file holds which field: headers are matched
// case-, space- and underscore-insensitively against each field's key and
// aliases (English, the headers our export writes, common Chinese ones), or
// through a user's mapping file (--map).
//
// Mapping file format (UTF-8, one mapping a line, '#' starts a comment):
//     # file header = field key
//     Kundennummer = code
//     Umsatz       = amount
// The header is matched like any header (case and spaces do not matter); the
// field key must be one of the kind's fields. Mapped headers take precedence
// over the built-in aliases.
#include <filesystem>
#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace crm::csv {

struct FieldSpec {
    std::string_view key; // as written in reports: "code", "amount"
    bool required = false;
    std::vector<std::string_view> aliases;
};

// "Customer ID", "customer_id" and "customerId" all become "customerid".
std::string normalizeHeader(std::string_view header);

// A user's header -> field key mapping. Throws ValidationError naming the
// line of a malformed mapping file.
class ColumnMap {
public:
    static ColumnMap load(const std::filesystem::path& file);
    void add(std::string_view header, std::string_view field);
    // The column with this header names no field, whatever its aliases say
    // (the import wizard's "ignore this column").
    void ignore(std::string_view header);
    bool ignores(std::string_view header) const;
    // Field key for a header, or empty.
    std::string fieldFor(std::string_view header) const;
    // Keys it names that are not among `fields`.
    std::vector<std::string> unknownFields(std::span<const FieldSpec> fields) const;

private:
    std::map<std::string, std::string> m_fieldOf; // normalised header -> key
    std::set<std::string> m_ignored;              // normalised headers
};

struct HeaderMapping {
    std::vector<int> columnOf;         // per field of the spec: column index, -1 absent
    std::vector<std::string> ignored;  // headers that name no field
    std::vector<std::string> problems; // "field: ..." required missing, named twice
};

HeaderMapping mapHeader(std::span<const FieldSpec> fields, const std::vector<std::string>& header,
                        const ColumnMap* user);

} // namespace crm::csv
