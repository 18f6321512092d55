#pragma once
// Internal to the exporters: streams the rows of one table into a CsvWriter
// in keyset pages by id (WHERE r.id > last ORDER BY r.id LIMIT n), one
// prepared statement re-bound per page, so memory stays flat.
#include "crm/csv/export_common.h"
#include "crm/store/database.h"

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <string>
#include <variant>
#include <vector>

namespace crm::csv {

// WHERE conditions built from fixed fragments, with their values.
struct RecordFilter {
    using Value = std::variant<std::string, std::int64_t>;
    std::string where;
    std::vector<Value> values;

    void add(const char* condition, Value value);
    void bind(SQLite::Statement& st) const; // values from parameter 1 on
};

template <typename Row>
struct RecordSource {
    const char* fields; // "r.id, ..." : the record's id first
    const char* from;   // "txn r JOIN customer c ON c.id = r.customer_id"
    Row (*read)(SQLite::Statement& st, int decimals);
    std::span<const ExportColumn<Row>> columns;
    std::span<const std::string_view> defaults;
};

struct RecordExportRequest;
// The request's customer and date range (r.customer_id, r.day) as a filter.
RecordFilter customerAndDates(const RecordExportRequest& request);

std::int64_t countRecords(const Database& db, const char* from, const RecordFilter& filter);
std::string pageSql(const char* fields, const char* from, const RecordFilter& filter);
// Binds the filter, then the cursor id and the page size.
void bindPage(SQLite::Statement& st, const RecordFilter& filter, std::int64_t after, int limit);

template <typename Row>
ExportResult exportRecords(const Database& db, const RecordSource<Row>& source,
                           const RecordFilter& filter, const ExportOptions& options,
                           const std::filesystem::path& target) {
    const auto columns = selectColumns<Row>(source.columns, options.columns, source.defaults);
    const std::int64_t total = countRecords(db, source.from, filter);
    CsvWriter writer(target, options.writer);
    writeHeader<Row>(writer, columns);
    SQLite::Statement st(db.sql(), pageSql(source.fields, source.from, filter));
    ExportResult result;
    const int limit = std::max(1, options.pageSize);
    for (std::int64_t after = 0, read = 0, inPage = limit; inPage == limit; read += inPage) {
        bindPage(st, filter, after, limit);
        for (inPage = 0; st.executeStep(); ++inPage) {
            const Row row = source.read(st, db.currency().decimals);
            writeRow<Row>(writer, columns, row);
            after = row.id;
        }
        if (!reportProgress(options, read + inPage, total)) {
            result.cancelled = true;
            return result; // the writer removes its temporary file
        }
    }
    writer.commit();
    result.rows = writer.rows() - 1;
    return result;
}

} // namespace crm::csv
