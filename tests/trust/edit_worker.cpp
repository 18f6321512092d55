// A long series of edits for the kill test: each edit is one unit of work
// that adds customer E-<n> with three transactions and an interaction,
// then changes the notes of an earlier one. Runs until killed; prints each
// committed n on stdout.
#include "crm/store/customer_store.h"
#include "crm/store/database.h"
#include "crm/store/interaction_store.h"
#include "crm/store/transaction_store.h"

#include <cstdio>
#include <string>

using namespace crm;

namespace {

void oneEdit(const Database& db, int n) {
    WriteTransaction tx(db);
    Customer c;
    c.code = "E-" + std::to_string(n);
    c.name = "Edited customer " + std::to_string(n);
    c.createdOn = Date(2026, 1, 1);
    const std::int64_t id = CustomerStore(db).add(c);
    for (int k = 0; k < 3; ++k) {
        Transaction t;
        t.customerId = id;
        t.date = Date(2026, 2, static_cast<unsigned short>(1 + k));
        t.amount = 1000 + k;
        TransactionStore(db).add(t);
    }
    Interaction i;
    i.customerId = id;
    i.date = Date(2026, 3, 1);
    i.subject = "Call " + std::to_string(n);
    InteractionStore(db).add(i);
    if (n > 1) {
        auto earlier = CustomerStore(db).findByCode("E-" + std::to_string(n / 2));
        earlier->notes = "touched by edit " + std::to_string(n);
        CustomerStore(db).update(*earlier);
    }
    tx.commit();
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2)
        return 2;
    const Database db = Database::open(argv[1]);
    int first = 1; // after the edits of earlier (killed) runs on this file
    while (CustomerStore(db).findByCode("E-" + std::to_string(first)))
        ++first;
    for (int n = first;; ++n) {
        oneEdit(db, n);
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
}
