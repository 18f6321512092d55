#include "crm/csv/export_paging.h"

#include "crm/csv/export_records.h"

namespace crm::csv {

void RecordFilter::add(const char* condition, Value value) {
    where += where.empty() ? "" : " AND ";
    where += condition;
    values.push_back(std::move(value));
}

void RecordFilter::bind(SQLite::Statement& st) const {
    int index = 1;
    for (const Value& v : values) {
        if (const auto* text = std::get_if<std::string>(&v))
            st.bind(index++, *text);
        else
            st.bind(index++, std::get<std::int64_t>(v));
    }
}

std::int64_t countRecords(const Database& db, const char* from, const RecordFilter& filter) {
    SQLite::Statement st(db.sql(), std::string("SELECT count(*) FROM ") + from +
                                       (filter.where.empty() ? "" : " WHERE " + filter.where));
    filter.bind(st);
    st.executeStep();
    return st.getColumn(0).getInt64();
}

std::string pageSql(const char* fields, const char* from, const RecordFilter& filter) {
    return std::string("SELECT ") + fields + " FROM " + from + " WHERE " +
           (filter.where.empty() ? "" : filter.where + " AND ") + "r.id > ? ORDER BY r.id LIMIT ?";
}

void bindPage(SQLite::Statement& st, const RecordFilter& filter, std::int64_t after, int limit) {
    st.reset();
    filter.bind(st);
    const int next = static_cast<int>(filter.values.size()) + 1;
    st.bind(next, after);
    st.bind(next + 1, limit);
}

RecordFilter customerAndDates(const RecordExportRequest& request) {
    RecordFilter filter;
    if (request.customerId)
        filter.add("r.customer_id = ?", *request.customerId);
    if (request.from)
        filter.add("r.day >= ?", toDayNumber(*request.from));
    if (request.to)
        filter.add("r.day <= ?", toDayNumber(*request.to));
    return filter;
}

} // namespace crm::csv
