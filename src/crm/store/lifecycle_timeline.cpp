#include "crm/store/lifecycle_timeline.h"

#include "crm/store/database.h"
#include "crm/store/lifecycle_meta.h"
#include "crm/store/lifecycle_rows.h"
#include "crm/store/lifecycle_rules_store.h"
#include "crm/store/sql_util.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <algorithm>
#include <future>
#include <optional>

namespace crm {

namespace {

using lifecycle_rows::CustomerHistory;
using lifecycle_rows::DerivedTimeline;

std::vector<std::int64_t> allCustomerIds(SQLite::Database& sql) {
    SQLite::Statement st(sql, "SELECT id FROM customer ORDER BY id");
    std::vector<std::int64_t> ids;
    while (st.executeStep())
        ids.push_back(st.getColumn(0).getInt64());
    return ids;
}

std::vector<std::vector<std::int64_t>> batchesOf(const std::vector<std::int64_t>& ids,
                                                 std::int64_t batchSize) {
    const auto size = static_cast<std::size_t>(std::max<std::int64_t>(batchSize, 1));
    std::vector<std::vector<std::int64_t>> batches;
    for (std::size_t i = 0; i < ids.size(); i += size)
        batches.emplace_back(ids.begin() + static_cast<std::ptrdiff_t>(i),
                             ids.begin() + static_cast<std::ptrdiff_t>(std::min(i + size, ids.size())));
    return batches;
}

// The replay's fixed inputs; reads and derives batches on a second thread,
// through a connection of its own, while the caller's writes the batch
// before (the replay only writes stage_change and customer.stage, which
// the histories of the next customers do not depend on).
struct ReplayJob {
    const Database& db;
    Date asOf;
    lifecycle::Rules rules;
    int decimals = 2;
    // None inside the caller's unit of work, whose changes another
    // connection would not see: the caller's connection reads then.
    std::optional<Database> reader =
        sqlite3_get_autocommit(db.sql().getHandle()) ? std::optional(Database::open(db.path())) : std::nullopt;

    std::future<std::vector<DerivedTimeline>> deriveLater(const std::vector<std::int64_t>& ids) const {
        if (reader)
            return std::async(std::launch::async, [this, &ids] {
                return deriveAll(lifecycle_rows::readHistories(reader->sql(), ids));
            });
        return std::async(std::launch::async, [this, histories = lifecycle_rows::readHistories(db.sql(), ids)] {
            return deriveAll(histories);
        });
    }

    std::vector<DerivedTimeline> deriveAll(const std::vector<CustomerHistory>& histories) const {
        std::vector<DerivedTimeline> out;
        out.reserve(histories.size());
        for (const CustomerHistory& h : histories)
            out.push_back(lifecycle_rows::derive(h, asOf, rules, decimals));
        return out;
    }
};

void recordAsOf(const Database& db, const Date& asOf) {
    WriteTransaction tx(db);
    lifecycle_meta::setAsOfDay(db.sql(), toDayNumber(asOf));
    tx.commit();
}

// One transaction: the batch's derived rows replaced, and with the last batch
// the timeline's as-of date.
std::int64_t writeBatch(const Database& db, const std::vector<std::int64_t>& ids,
                        const std::vector<DerivedTimeline>& timelines,
                        const std::optional<Date>& asOfToRecord) {
    WriteTransaction tx(db);
    lifecycle_rows::TimelineWriter writer(db.sql());
    writer.clearDerived(ids.front(), ids.back());
    const std::int64_t changes = writer.write(timelines);
    if (asOfToRecord)
        lifecycle_meta::setAsOfDay(db.sql(), toDayNumber(*asOfToRecord));
    tx.commit();
    return changes;
}

} // namespace

LifecycleReplayResult replayLifecycles(const Database& db, const Date& asOf,
                                       const LifecycleProgress& progress,
                                       std::int64_t batchSize) {
    LifecycleReplayResult result;
    try {
        const ReplayJob job{db, asOf, LifecycleRulesStore(db).load(), db.currency().decimals};
        const std::vector<std::int64_t> ids = allCustomerIds(db.sql());
        const auto batches = batchesOf(ids, batchSize);
        if (batches.empty()) {
            recordAsOf(db, asOf);
            return result;
        }
        // A larger page cache while the replay runs (the customer rows, the
        // stage index and stage_change are all touched): 256 MB.
        const sql::ScopedCacheSize cache(db.sql(), 256 * 1024);
        auto pending = job.deriveLater(batches.front());
        for (std::size_t i = 0; i < batches.size(); ++i) {
            const bool last = i + 1 == batches.size();
            const auto timelines = pending.get();
            if (!last) // read and derive the next batch while this one is written
                pending = job.deriveLater(batches[i + 1]);
            result.derivedChanges += writeBatch(db, batches[i], timelines, last ? std::optional(asOf) : std::nullopt);
            result.customers += static_cast<std::int64_t>(batches[i].size());
            if (progress && !progress(result.customers, static_cast<std::int64_t>(ids.size())) && !last) {
                result.cancelled = true;
                break; // the derivation under way is waited for and dropped
            }
        }
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "replaying the lifecycle of every customer as of " + toIso(asOf));
    }
    return result;
}

std::optional<Date> lifecycleTimelineAsOf(const Database& db) {
    try {
        const auto day = lifecycle_meta::asOfDay(db.sql());
        return day ? std::optional(fromDayNumber(*day)) : std::nullopt;
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "reading the lifecycle timeline's date");
    }
}

void refreshLifecycle(const Database& db, std::int64_t customerId) {
    try {
        WriteTransaction tx(db);
        const auto histories = lifecycle_rows::readHistories(db.sql(), {customerId});
        const CustomerHistory& h = histories.front();
        const std::int64_t horizon =
            std::max(lifecycle_meta::asOfDay(db.sql()).value_or(0), h.latestDay);
        lifecycle_rows::TimelineWriter writer(db.sql());
        writer.clearDerived(customerId, customerId);
        if (horizon > 0) {
            const lifecycle::Rules rules = LifecycleRulesStore(db).load();
            writer.write(lifecycle_rows::derive(h, fromDayNumber(horizon), rules,
                                                db.currency().decimals));
        } else {
            writer.write({customerId, {}, Stage::Prospect});
        }
        tx.commit();
    } catch (const SQLite::Exception& e) {
        sql::rethrow(e, "updating the lifecycle stage of customer " + std::to_string(customerId));
    }
}

} // namespace crm
