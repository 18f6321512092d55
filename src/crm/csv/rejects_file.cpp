#include "crm/csv/rejects_file.h"

#include "crm/errors.h"

namespace crm::csv {

namespace {

// RFC 4180: quoted when it holds the delimiter, a quote, CR or LF.
void writeField(std::ofstream& out, const std::string& field, char delimiter) {
    if (field.find_first_of(std::string("\"\r\n") + delimiter) == std::string::npos) {
        out << field;
        return;
    }
    out << '"';
    for (char c : field) {
        if (c == '"')
            out << '"';
        out << c;
    }
    out << '"';
}

} // namespace

RejectsFile::RejectsFile(const std::filesystem::path& path,
                         const std::vector<std::string>& header, char delimiter)
    : m_path(path), m_out(path, std::ios::binary | std::ios::trunc), m_delimiter(delimiter) {
    if (!m_out)
        throw Error("rejects: cannot create '" + path.string() + "'");
    const std::string reason = "reason";
    writeRow(header, &reason);
}

void RejectsFile::write(const std::vector<std::string>& fields, const std::string& reason) {
    writeRow(fields, &reason);
}

void RejectsFile::writeRow(const std::vector<std::string>& fields, const std::string* extra) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_out << m_delimiter;
        writeField(m_out, fields[i], m_delimiter);
    }
    if (extra) {
        m_out << m_delimiter;
        writeField(m_out, *extra, m_delimiter);
    }
    m_out << "\r\n";
}

void RejectsFile::close() {
    m_out.flush();
    if (!m_out)
        throw Error("rejects: writing '" + m_path.string() + "' failed");
    m_out.close();
}

} // namespace crm::csv
