#include "record_fixture.h"

#include "crm/store/customer_store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace crm::test {

std::int64_t RecordStoreTest::addOrganisation(const std::string& code) {
    return addCustomer(code, CustomerKind::Organisation);
}

std::int64_t RecordStoreTest::addPerson(const std::string& code) {
    return addCustomer(code, CustomerKind::Person);
}

std::int64_t RecordStoreTest::addCustomer(const std::string& code, CustomerKind kind) {
    Customer customer;
    customer.code = code;
    customer.kind = kind;
    customer.name = "Customer " + code;
    customer.createdOn = day(2023, 1, 2);
    return CustomerStore(db()).add(customer);
}

std::int64_t RecordStoreTest::count(const std::string& table) {
    SQLite::Statement st(db().sql(), "SELECT count(*) FROM " + table);
    st.executeStep();
    return st.getColumn(0).getInt64();
}

void RecordStoreTest::failInsertsInto(const std::string& table) {
    addFailingTrigger("INSERT", table);
}

void RecordStoreTest::failUpdatesOf(const std::string& table) {
    addFailingTrigger("UPDATE", table);
}

void RecordStoreTest::addFailingTrigger(const std::string& event, const std::string& table) {
    db().sql().exec("CREATE TEMP TRIGGER fail_" + event + "_" + table + " BEFORE " + event +
                    " ON main." + table + " BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
}

} // namespace crm::test
