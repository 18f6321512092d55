#include "crm/csv/import_mapping.h"

#include "crm/csv/import_values.h"
#include "crm/errors.h"

#include <algorithm>
#include <cctype>
#include <fstream>

namespace crm::csv {

namespace {

int findField(std::span<const FieldSpec> fields, std::string_view key) {
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].key == key)
            return static_cast<int>(i);
    return -1;
}

// The field a normalised header names by key or alias, or -1.
int matchAlias(std::span<const FieldSpec> fields, const std::string& normalised) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (normalizeHeader(fields[i].key) == normalised)
            return static_cast<int>(i);
        for (std::string_view alias : fields[i].aliases)
            if (normalizeHeader(alias) == normalised)
                return static_cast<int>(i);
    }
    return -1;
}

ValidationError mapFileError(const std::filesystem::path& file, int line, const std::string& what) {
    return ValidationError({{"map", file.string() + ":" + std::to_string(line) + ": " + what}});
}

} // namespace

std::string normalizeHeader(std::string_view header) {
    std::string out;
    out.reserve(header.size());
    for (char c : unguarded(std::string(trimmed(header)))) {
        if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '\t')
            continue;
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

ColumnMap ColumnMap::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw ValidationError({{"map", "cannot open '" + file.string() + "'"}});
    ColumnMap map;
    std::string text;
    for (int line = 1; std::getline(in, text); ++line) {
        const auto hash = text.find('#');
        const std::string_view content = trimmed(std::string_view(text).substr(0, hash));
        if (content.empty())
            continue;
        const auto eq = content.rfind('=');
        if (eq == std::string_view::npos || trimmed(content.substr(0, eq)).empty() ||
            trimmed(content.substr(eq + 1)).empty())
            throw mapFileError(file, line, "expected 'file header = field'");
        map.add(trimmed(content.substr(0, eq)), trimmed(content.substr(eq + 1)));
    }
    return map;
}

void ColumnMap::add(std::string_view header, std::string_view field) {
    m_ignored.erase(normalizeHeader(header));
    m_fieldOf[normalizeHeader(header)] = std::string(trimmed(field));
}

void ColumnMap::ignore(std::string_view header) {
    const std::string key = normalizeHeader(header);
    m_fieldOf.erase(key);
    m_ignored.insert(key);
}

bool ColumnMap::ignores(std::string_view header) const {
    return m_ignored.count(normalizeHeader(header)) > 0;
}

std::string ColumnMap::fieldFor(std::string_view header) const {
    const auto it = m_fieldOf.find(normalizeHeader(header));
    return it == m_fieldOf.end() ? std::string() : it->second;
}

std::vector<std::string> ColumnMap::unknownFields(std::span<const FieldSpec> fields) const {
    std::vector<std::string> unknown;
    for (const auto& [header, key] : m_fieldOf)
        if (findField(fields, key) < 0)
            unknown.push_back(key);
    return unknown;
}

HeaderMapping mapHeader(std::span<const FieldSpec> fields, const std::vector<std::string>& header,
                        const ColumnMap* user) {
    HeaderMapping mapping;
    mapping.columnOf.assign(fields.size(), -1);
    for (std::size_t column = 0; column < header.size(); ++column) {
        const std::string mapped = user ? user->fieldFor(header[column]) : std::string();
        const int field = user && user->ignores(header[column]) ? -1
                          : mapped.empty() ? matchAlias(fields, normalizeHeader(header[column]))
                                         : findField(fields, mapped);
        if (field < 0) {
            mapping.ignored.push_back(header[column]);
            continue;
        }
        auto& slot = mapping.columnOf[static_cast<std::size_t>(field)];
        if (slot >= 0)
            mapping.problems.push_back(std::string(fields[static_cast<std::size_t>(field)].key) +
                                       ": named by two columns ('" + header[static_cast<std::size_t>(slot)] +
                                       "' and '" + header[column] + "')");
        else
            slot = static_cast<int>(column);
    }
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].required && mapping.columnOf[i] < 0)
            mapping.problems.push_back(std::string(fields[i].key) + ": no column for it (required)");
    return mapping;
}

} // namespace crm::csv
