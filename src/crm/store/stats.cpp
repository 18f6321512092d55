#include "crm/store/stats.h"

#include "crm/store/database.h"

#include <SQLiteCpp/Database.h>

namespace crm {

StoreCounts countEverything(const Database& db) {
    auto count = [&db](const char* sql) { return db.sql().execAndGet(sql).getInt64(); };
    StoreCounts c;
    c.customers = count("SELECT count(*) FROM customer");
    c.contacts = count("SELECT count(*) FROM contact");
    c.transactions = count("SELECT count(*) FROM txn");
    c.interactions = count("SELECT count(*) FROM interaction");
    c.followUps = count("SELECT count(*) FROM follow_up");
    c.openFollowUps = count("SELECT count(*) FROM follow_up WHERE done IS NULL");
    c.stageChanges = count("SELECT count(*) FROM stage_change");
    return c;
}

Money totalNetAmount(const Database& db) {
    return db.sql().execAndGet("SELECT coalesce(sum(net_amount), 0) FROM customer").getInt64();
}

} // namespace crm
