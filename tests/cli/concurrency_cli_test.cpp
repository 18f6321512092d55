// Two programs writing the same file: the app (here a connection of the
// test, holding a write transaction) and the `crm` tool. The second writer
// waits for the first; when the first holds on too long it gets a clear
// message, and neither loses the other's change.
#include "cli_fixture.h"

#include "crm/store/customer_store.h"
#include "crm/store/database.h"

#include <chrono>
#include <future>
#include <thread>

using namespace crm;
using namespace crm::cli::test;

namespace {

class Concurrency : public CliTest {
protected:
    // Adds customer `code` in a write transaction held for `hold`, on its
    // own thread and connection; `ready` is set once the lock is taken.
    std::thread holdWrite(const std::string& code, std::chrono::milliseconds hold,
                          std::promise<void>& ready) {
        return std::thread([this, code, hold, &ready] {
            const Database db = Database::open(m_db);
            WriteTransaction tx(db);
            Customer c;
            c.code = code;
            c.name = "Held by the app";
            c.createdOn = Date(2026, 11, 1);
            CustomerStore(db).add(c);
            ready.set_value();
            std::this_thread::sleep_for(hold);
            tx.commit();
        });
    }

    bool exists(const std::string& code) {
        const Database db = Database::open(m_db);
        return CustomerStore(db).findByCode(code).has_value();
    }
};

} // namespace

TEST_F(Concurrency, TheSecondWriterWaitsForTheFirstAndBothChangesStay) {
    init();
    std::promise<void> ready;
    std::thread app = holdWrite("APP-1", std::chrono::milliseconds(1500), ready);
    ready.get_future().wait();
    const CliResult r = crm({"customer", "add", "--code", "CLI-1", "--name", "From the tool"});
    app.join();
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(exists("APP-1"));
    EXPECT_TRUE(exists("CLI-1"));
}

TEST_F(Concurrency, ASecondWriterKeptWaitingTooLongIsToldWhyAndWritesNothing) {
    init();
    std::promise<void> ready;
    std::thread app = holdWrite("APP-2", std::chrono::milliseconds(6500), ready);
    ready.get_future().wait();
    const CliResult r = crm({"customer", "add", "--code", "CLI-2", "--name", "From the tool"});
    app.join();
    expectError(r, 2, "in use by another program");
    EXPECT_TRUE(contains(r.err, "CLI-2")) << r.err;
    EXPECT_TRUE(exists("APP-2"));
    EXPECT_FALSE(exists("CLI-2"));
    EXPECT_EQ(ok({"customer", "list"}).find("CLI-2"), std::string::npos);
}
