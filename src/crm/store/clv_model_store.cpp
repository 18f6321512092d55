#include "crm/store/clv_model_store.h"

#include "crm/store/database.h"
#include "crm/store/sql_util.h"

#include <SQLiteCpp/Database.h>

#include <string>

namespace crm {

namespace {

constexpr const char* kColumns =
    "id, as_of, time_unit, r, alpha, a, b, bgnbd_log_likelihood, p, q, gamma, "
    "gamma_gamma_log_likelihood, customers, repeaters, converged, message";

std::string combinedMessage(const clv::ClvModel& model) {
    std::string message;
    if (!model.purchases.status.message.empty())
        message = "BG/NBD: " + model.purchases.status.message;
    if (!model.spend.status.message.empty())
        message += (message.empty() ? "" : "; ") + ("Gamma-Gamma: " + model.spend.status.message);
    return message;
}

void bindModel(SQLite::Statement& st, const clv::ClvModel& model, Date asOf) {
    const clv::BgnbdParams& bg = model.purchases.params;
    const clv::GammaGammaParams& gg = model.spend.params;
    sql::bindDate(st, 1, asOf);
    st.bind(2, std::string(clv::toString(model.unit)));
    int index = 3;
    for (double value : {bg.r, bg.alpha, bg.a, bg.b, model.purchases.logLikelihood, gg.p, gg.q,
                         gg.gamma, model.spend.logLikelihood})
        st.bind(index++, value);
    st.bind(12, static_cast<std::int64_t>(model.customers));
    st.bind(13, static_cast<std::int64_t>(model.repeaters));
    st.bind(14, model.usable() ? 1 : 0);
    st.bind(15, combinedMessage(model));
}

clv::ClvModel modelFromRow(SQLite::Statement& st) {
    clv::ClvModel model;
    model.unit = st.getColumn(2).getString() == "day" ? clv::TimeUnit::Day : clv::TimeUnit::Week;
    model.purchases.params = {st.getColumn(3).getDouble(), st.getColumn(4).getDouble(),
                              st.getColumn(5).getDouble(), st.getColumn(6).getDouble()};
    model.purchases.logLikelihood = st.getColumn(7).getDouble();
    model.spend.params = {st.getColumn(8).getDouble(), st.getColumn(9).getDouble(),
                          st.getColumn(10).getDouble()};
    model.spend.logLikelihood = st.getColumn(11).getDouble();
    model.customers = st.getColumn(12).getInt64();
    model.repeaters = st.getColumn(13).getInt64();
    const bool converged = st.getColumn(14).getInt() == 1;
    model.purchases.status = {converged, st.getColumn(15).getString(), 0};
    model.spend.status = {converged, "", 0};
    model.purchases.unit = model.unit;
    model.purchases.customers = model.customers;
    model.purchases.repeaters = model.repeaters;
    return model;
}

} // namespace

std::int64_t ClvModelStore::save(const clv::ClvModel& model, Date asOf) {
    try {
        WriteTransaction transaction(m_db);
        SQLite::Statement st(m_db.sql(),
                             "INSERT INTO clv_model(as_of, time_unit, r, alpha, a, b, "
                             "bgnbd_log_likelihood, p, q, gamma, gamma_gamma_log_likelihood, "
                             "customers, repeaters, converged, message) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bindModel(st, model, asOf);
        st.exec();
        const std::int64_t id = m_db.sql().getLastInsertRowid();
        transaction.commit();
        return id;
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "storing the lifetime-value model");
    }
}

std::optional<StoredClvModel> ClvModelStore::latest(Date asOf,
                                                    std::optional<clv::TimeUnit> unit) const {
    SQLite::Statement st(m_db.sql(),
                         std::string("SELECT ") + kColumns +
                             " FROM clv_model WHERE as_of = ?1 AND converged = 1 "
                             "AND (?2 IS NULL OR time_unit = ?2) ORDER BY id DESC LIMIT 1");
    sql::bindDate(st, 1, asOf);
    if (unit)
        st.bind(2, std::string(clv::toString(*unit)));
    if (!st.executeStep())
        return std::nullopt;
    return StoredClvModel{st.getColumn(0).getInt64(), sql::dateColumn(st.getColumn(1)),
                          modelFromRow(st)};
}

} // namespace crm
