#include "crm/store/transaction_store.h"

#include "crm/errors.h"
#include "crm/store/aggregates.h"
#include "crm/store/database.h"
#include "crm/store/lifecycle_timeline.h"
#include "crm/store/sql_util.h"
#include "crm/store/statement_cache.h"
#include "crm/store/transaction_days.h"
#include "crm/validation.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_map>

namespace crm {

namespace {

constexpr const char* kColumns = "id, customer_id, day, amount, cost, product, reference";

// What a set of new transactions adds to one customer's aggregates.
struct AggregateDelta {
    std::optional<std::int64_t> firstDay;
    std::optional<std::int64_t> lastDay;
    std::int64_t purchases = 0;
    Money net = 0;
    Money costed = 0;
    Money cost = 0;
    std::int64_t latestDay = std::numeric_limits<std::int64_t>::min();   // refunds too
    std::int64_t earliestDay = std::numeric_limits<std::int64_t>::max(); // refunds too

    void add(std::int64_t day, Money amount, std::optional<Money> rowCost) {
        latestDay = std::max(latestDay, day);
        earliestDay = std::min(earliestDay, day);
        if (amount >= 0) {
            firstDay = firstDay ? std::min(*firstDay, day) : day;
            lastDay = lastDay ? std::max(*lastDay, day) : day;
            ++purchases;
        }
        net += amount;
        if (rowCost) {
            costed += amount;
            cost += *rowCost;
        }
    }
};

constexpr const char* kApplyDelta = R"sql(
    UPDATE customer SET
      first_purchase = CASE WHEN ?1 IS NULL THEN first_purchase
                            WHEN first_purchase IS NULL OR ?1 < first_purchase THEN ?1
                            ELSE first_purchase END,
      last_purchase = CASE WHEN ?2 IS NULL THEN last_purchase
                           WHEN last_purchase IS NULL OR ?2 > last_purchase THEN ?2
                           ELSE last_purchase END,
      purchase_count = purchase_count + ?3,
      net_amount = net_amount + ?4,
      costed_amount = costed_amount + ?5,
      cost = cost + ?6
    WHERE id = ?7)sql";

void applyDelta(SQLite::Statement& st, std::int64_t customerId, const AggregateDelta& d) {
    st.reset();
    sql::bindOptionalInt(st, 1, d.firstDay);
    sql::bindOptionalInt(st, 2, d.lastDay);
    st.bind(3, static_cast<std::int64_t>(d.purchases));
    st.bind(4, static_cast<std::int64_t>(d.net));
    st.bind(5, static_cast<std::int64_t>(d.costed));
    st.bind(6, static_cast<std::int64_t>(d.cost));
    st.bind(7, static_cast<std::int64_t>(customerId));
    st.exec();
}

// Binds the six inserted columns of `t` (its date as `day`) at parameters
// first..first+5. The texts are not copied: `t` must outlive the statement's
// execution.
void bindFields(SQLite::Statement& st, const Transaction& t, std::int64_t day, int first = 1) {
    st.bind(first, t.customerId);
    st.bind(first + 1, day);
    st.bind(first + 2, t.amount);
    sql::bindOptionalInt(st, first + 3, t.cost);
    st.bindNoCopy(first + 4, t.product);
    if (t.reference.empty())
        st.bind(first + 5);
    else
        st.bindNoCopy(first + 5, t.reference);
}

std::string describe(const Transaction& t) {
    std::string s = "transaction of " + toIso(t.date) + " for customer " +
                    std::to_string(t.customerId);
    if (!t.reference.empty())
        s += " (reference '" + t.reference + "')";
    return s;
}

using Deltas = std::unordered_map<std::int64_t, AggregateDelta>;

// Rows per INSERT in a batch: one statement execution per row cost 5.7 s per
// million rows, one per 50 rows 2.0 s (measured with the sqlite3 C API).
constexpr std::size_t kRowsPerInsert = 50;

std::string multiRowInsert(std::size_t rows) {
    return sql::multiRowInsert("INSERT OR IGNORE INTO txn(customer_id, day, amount, cost, product, "
                               "reference) VALUES ",
                               "(?, ?, ?, ?, ?, ?)", rows);
}

// The SQL of a full chunk is made once, not for every chunk.
std::string insertSql(std::size_t rows) {
    static const std::string full = multiRowInsert(kRowsPerInsert);
    return rows == kRowsPerInsert ? full : multiRowInsert(rows);
}

// Adds the `count` rows inserted last (ids up to `lastId`) to `deltas`: the
// rows a chunk stored when OR IGNORE skipped some of it. New rows take the
// ids after the largest one, so they are the last `count` ids.
void addStoredRows(const Database& db, std::int64_t lastId, std::int64_t count, Deltas& deltas) {
    sql::CachedStatement st(db.statements(),
                            "SELECT customer_id, day, amount, cost FROM txn WHERE id > ? AND id <= ?");
    st->bind(1, static_cast<std::int64_t>(lastId - count));
    st->bind(2, static_cast<std::int64_t>(lastId));
    while (st->executeStep())
        deltas[st->getColumn(0).getInt64()].add(st->getColumn(1).getInt64(),
                                                st->getColumn(2).getInt64(),
                                                sql::optionalInt(st->getColumn(3)));
}

// Inserts `rows` with one statement and adds what went in to `deltas`;
// returns how many went in (a duplicate reference is skipped by OR IGNORE).
std::int64_t insertRows(const Database& db, std::span<const Transaction> rows, Deltas& deltas) {
    std::array<std::int64_t, kRowsPerInsert> days{};
    sql::CachedStatement st(db.statements(), insertSql(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        days[i] = toDayNumber(rows[i].date);
        bindFields(*st, rows[i], days[i], static_cast<int>(6 * i + 1));
    }
    const std::int64_t inserted = st->exec();
    if (inserted == std::ssize(rows)) {
        for (std::size_t i = 0; i < rows.size(); ++i)
            deltas[rows[i].customerId].add(days[i], rows[i].amount, rows[i].cost);
    } else if (inserted > 0) {
        addStoredRows(db, db.sql().getLastInsertRowid(), inserted, deltas);
    }
    return inserted;
}

// Every customer the batch names must exist: checked once per customer, so
// the error can say which transaction is at fault.
void requireCustomers(const Database& db, std::span<const Transaction> batch) {
    std::unordered_map<std::int64_t, bool> known;
    sql::CachedStatement st(db.statements(), "SELECT 1 FROM customer WHERE id = ?");
    for (const Transaction& t : batch) {
        auto [it, fresh] = known.try_emplace(t.customerId, false);
        if (!fresh)
            continue;
        st->bind(1, t.customerId);
        it->second = st->executeStep();
        st->reset();
        if (!it->second)
            throw NotFoundError("customer: no customer with id " + std::to_string(t.customerId) +
                                " for the " + describe(t));
    }
}

Transaction readTransaction(SQLite::Statement& st) {
    Transaction t;
    t.id = st.getColumn(0).getInt64();
    t.customerId = st.getColumn(1).getInt64();
    t.date = sql::dateColumn(st.getColumn(2));
    t.amount = st.getColumn(3).getInt64();
    t.cost = sql::optionalInt(st.getColumn(4));
    t.product = st.getColumn(5).getString();
    t.reference = sql::textColumn(st.getColumn(6));
    return t;
}

void requireCustomer(SQLite::Database& sql, std::int64_t customerId) {
    SQLite::Statement st(sql, "SELECT 1 FROM customer WHERE id = ?");
    st.bind(1, static_cast<std::int64_t>(customerId));
    if (!st.executeStep())
        throw NotFoundError("customer: no customer with id " + std::to_string(customerId));
}


[[noreturn]] void rethrowWrite(const SQLite::Exception& e, const Transaction& t,
                               std::string_view doing) {
    if (sql::isConstraintViolation(e) &&
        std::string_view(e.what()).find("UNIQUE") != std::string_view::npos)
        throw ConflictError("reference: customer " + std::to_string(t.customerId) +
                            " already has a transaction with reference '" + t.reference + "'");
    sql::rethrow(e, std::string(doing) + " " + describe(t));
}

std::int64_t customerOf(SQLite::Database& sql, std::int64_t transactionId) {
    SQLite::Statement st(sql, "SELECT customer_id FROM txn WHERE id = ?");
    st.bind(1, static_cast<std::int64_t>(transactionId));
    if (!st.executeStep())
        throw NotFoundError("no transaction with id " + std::to_string(transactionId));
    return st.getColumn(0).getInt64();
}

} // namespace

std::int64_t TransactionStore::add(const Transaction& transaction) {
    throwIfInvalid(validate(transaction));
    try {
        WriteTransaction tx(m_db);
        requireCustomer(m_db.sql(), transaction.customerId);
        SQLite::Statement insert(
            m_db.sql(), "INSERT INTO txn(customer_id, day, amount, cost, product, reference) "
                        "VALUES (?, ?, ?, ?, ?, ?)");
        const std::int64_t day = toDayNumber(transaction.date);
        bindFields(insert, transaction, day);
        insert.exec();
        const std::int64_t id = m_db.sql().getLastInsertRowid();
        AggregateDelta delta;
        delta.add(day, transaction.amount, transaction.cost);
        SQLite::Statement apply(m_db.sql(), kApplyDelta);
        applyDelta(apply, transaction.customerId, delta);
        noteTransactionDay(m_db.sql(), day);
        refreshLifecycle(m_db, transaction.customerId);
        tx.commit();
        return id;
    } catch (const SQLite::Exception& e) {
        rethrowWrite(e, transaction, "adding");
    }
}

TransactionStore::BatchResult TransactionStore::addBatch(std::span<const Transaction> batch) {
    for (const Transaction& t : batch)
        throwIfInvalid(validate(t));
    try {
        WriteTransaction tx(m_db);
        DaySpan days;
        const BatchResult result = insertValidated(batch, days);
        if (days.latest)
            noteTransactionDay(m_db.sql(), *days.latest);
        // No lifecycle refresh per customer here: bulk imports run a full
        // replay (replayLifecycles) afterwards.
        tx.commit();
        return result;
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "adding a batch of transactions");
    }
}

TransactionStore::BatchResult TransactionStore::insertValidated(std::span<const Transaction> batch,
                                                                DaySpan& days) {
    BatchResult result;
    Deltas deltas;
    try {
        for (std::size_t i = 0; i < batch.size(); i += kRowsPerInsert)
            result.inserted +=
                insertRows(m_db, batch.subspan(i, std::min(kRowsPerInsert, batch.size() - i)), deltas);
        result.duplicates = std::ssize(batch) - result.inserted;
        sql::CachedStatement apply(m_db.statements(), kApplyDelta);
        for (const auto& [customerId, delta] : deltas) {
            applyDelta(*apply, customerId, delta);
            days.latest = std::max(days.latest.value_or(delta.latestDay), delta.latestDay);
            days.earliest = std::min(days.earliest.value_or(delta.earliestDay), delta.earliestDay);
        }
    } catch (const SQLite::Exception& e) {
        // The foreign key stopped a row whose customer does not exist: name
        // it rather than only the constraint.
        if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_FOREIGNKEY)
            requireCustomers(m_db, batch);
        sql::rethrow(e, "adding a batch of transactions");
    }
    return result;
}

void TransactionStore::update(const Transaction& transaction) {
    throwIfInvalid(validate(transaction));
    try {
        WriteTransaction tx(m_db);
        const std::int64_t oldCustomer = customerOf(m_db.sql(), transaction.id);
        requireCustomer(m_db.sql(), transaction.customerId);
        SQLite::Statement st(m_db.sql(), "UPDATE txn SET customer_id = ?, day = ?, amount = ?, "
                                          "cost = ?, product = ?, reference = ? WHERE id = ?");
        bindFields(st, transaction, toDayNumber(transaction.date));
        st.bind(7, static_cast<std::int64_t>(transaction.id));
        st.exec();
        aggregates::refresh(m_db, transaction.customerId);
        noteTransactionDay(m_db.sql(), toDayNumber(transaction.date));
        refreshLifecycle(m_db, transaction.customerId);
        if (oldCustomer != transaction.customerId) {
            aggregates::refresh(m_db, oldCustomer);
            refreshLifecycle(m_db, oldCustomer);
        }
        tx.commit();
    } catch (const SQLite::Exception& e) {
        rethrowWrite(e, transaction, "updating");
    }
}

void TransactionStore::remove(std::int64_t id) {
    try {
        WriteTransaction tx(m_db);
        const std::int64_t customerId = customerOf(m_db.sql(), id);
        SQLite::Statement st(m_db.sql(), "DELETE FROM txn WHERE id = ?");
        st.bind(1, static_cast<std::int64_t>(id));
        st.exec();
        aggregates::refresh(m_db, customerId);
        refreshLifecycle(m_db, customerId);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "deleting transaction " + std::to_string(id));
    }
}

std::optional<Transaction> TransactionStore::find(std::int64_t id) const {
    SQLite::Statement st(m_db.sql(), std::string("SELECT ") + kColumns + " FROM txn WHERE id = ?");
    st.bind(1, static_cast<std::int64_t>(id));
    if (!st.executeStep())
        return std::nullopt;
    return readTransaction(st);
}

std::vector<Transaction> TransactionStore::listFor(std::int64_t customerId) const {
    SQLite::Statement st(m_db.sql(), std::string("SELECT ") + kColumns +
                                         " FROM txn WHERE customer_id = ? ORDER BY day, id");
    st.bind(1, static_cast<std::int64_t>(customerId));
    std::vector<Transaction> out;
    while (st.executeStep())
        out.push_back(readTransaction(st));
    return out;
}

} // namespace crm
