#include "crm/csv/import.h"

#include "crm/csv/import_importers.h"
#include "crm/csv/import_rows.h"
#include "crm/csv/rejects_file.h"
#include "crm/store/database.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace crm::csv {

namespace {

constexpr std::uint64_t kProgressEvery = 4096;

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string reasonOf(const std::vector<FieldError>& errors) {
    std::string reason;
    for (const auto& e : errors)
        reason += (reason.empty() ? "" : "; ") + e.field + ": " + e.message;
    return reason;
}

// One pass over the rows inside the caller's unit of work.
class ImportRun {
public:
    ImportRun(ImportRows& rows, RowImporter& importer, const ImportOptions& options)
        : m_rows(rows), m_importer(importer), m_options(options) {
        if (options.skipInvalid && options.rejects)
            m_rejects.emplace(*options.rejects, rows.header(), rows.reader().delimiter());
    }

    // False when cancelled.
    bool run(ImportSummary& summary) {
        while (m_rows.next()) {
            ++summary.rowsRead;
            handleRow(summary);
            if (summary.rowsRead % kProgressEvery == 0 && !progress(summary))
                return false;
        }
        m_importer.flush(m_counts);
        if (m_rejects)
            m_rejects->close();
        summary.imported = m_counts.imported;
        summary.updated = m_counts.updated;
        summary.skipped = m_counts.skipped;
        return progress(summary);
    }

private:
    void handleRow(ImportSummary& summary) {
        std::vector<FieldError> errors = m_rows.shapeErrors();
        if (errors.empty())
            errors = m_importer.take(m_rows, m_counts);
        if (errors.empty())
            return;
        ++summary.rejected;
        summary.problems += errors.size();
        report(errors);
        if (m_rejects)
            m_rejects->write(m_rows.record().fields, reasonOf(errors));
    }
    void report(const std::vector<FieldError>& errors) const {
        if (m_options.onRowProblem)
            for (const auto& e : errors)
                m_options.onRowProblem(m_rows.record().line, e);
        if (!m_options.onProblem)
            return;
        const std::string where = m_rows.reader().path().string() + ":" +
                                  std::to_string(m_rows.record().line) + ": ";
        for (const auto& e : errors)
            m_options.onProblem(where + e.field + ": " + e.message);
    }
    bool progress(const ImportSummary& summary) const {
        if (!m_options.progress)
            return true;
        return m_options.progress(
            {summary.rowsRead, m_rows.reader().bytesRead(), m_rows.reader().fileSize()});
    }

    ImportRows& m_rows;
    RowImporter& m_importer;
    const ImportOptions& m_options;
    ImportCounts m_counts;
    std::optional<RejectsFile> m_rejects;
};

void describeFile(ImportRows& rows, ImportSummary& summary) {
    summary.delimiter = rows.reader().delimiter();
    const auto encoding = rows.reader().encoding();
    summary.encoding = std::string(toKey(encoding.value_or(TextEncoding::Utf8)));
    if (rows.reader().hadBom())
        summary.encoding += " (BOM)";
    summary.ignoredColumns = rows.mapping().ignored;
}

} // namespace

std::string inQuotes(std::string_view text) { return "'" + std::string(text) + "'"; }

std::unique_ptr<RowImporter> makeImporter(ImportKind kind, const Database& db,
                                          const ImportOptions& options) {
    switch (kind) {
    case ImportKind::Customers: return makeCustomerImporter(db, options);
    case ImportKind::Transactions: return makeTransactionImporter(db, options);
    case ImportKind::Contacts: return makeContactImporter(db, options);
    case ImportKind::Interactions: return makeInteractionImporter(db, options);
    }
    return makeCustomerImporter(db, options);
}

void throwIfUnknownFields(const ColumnMap& map, std::span<const FieldSpec> fields) {
    const auto unknown = map.unknownFields(fields);
    if (unknown.empty())
        return;
    std::string known;
    for (const auto& f : fields)
        known += (known.empty() ? "" : ", ") + std::string(f.key);
    throw ValidationError({{"map", "'" + unknown.front() + "' is not a field here (fields: " +
                                       known + ")"}});
}

std::optional<ImportKind> parseImportKind(std::string_view text) {
    const std::string key = lowered(text);
    if (key == "customers")
        return ImportKind::Customers;
    if (key == "transactions")
        return ImportKind::Transactions;
    if (key == "contacts")
        return ImportKind::Contacts;
    if (key == "interactions")
        return ImportKind::Interactions;
    return std::nullopt;
}

std::optional<OnDuplicate> parseOnDuplicate(std::string_view text) {
    const std::string key = lowered(text);
    if (key == "error")
        return OnDuplicate::Error;
    if (key == "skip")
        return OnDuplicate::Skip;
    if (key == "update")
        return OnDuplicate::Update;
    return std::nullopt;
}

ImportSummary importCsv(const Database& db, ImportKind kind, const std::filesystem::path& file,
                        const ImportOptions& options) {
    std::optional<ColumnMap> userMap;
    if (options.columnMap)
        userMap = options.columnMap;
    else if (options.mapFile)
        userMap = ColumnMap::load(*options.mapFile);
    WriteTransaction tx(db); // everything or nothing, whatever happens below
    const std::unique_ptr<RowImporter> importer = makeImporter(kind, db, options);
    if (userMap)
        throwIfUnknownFields(*userMap, importer->fields());
    ImportRows rows(file, options.read, importer->fields(), userMap ? &*userMap : nullptr);
    ImportSummary summary;
    describeFile(rows, summary);
    summary.cancelled = !ImportRun(rows, *importer, options).run(summary);
    const bool rejectedFile = summary.rejected > 0 && !options.skipInvalid;
    if (!summary.cancelled && !rejectedFile && !options.dryRun) {
        tx.commit();
        summary.committed = true;
    }
    return summary;
}

} // namespace crm::csv
