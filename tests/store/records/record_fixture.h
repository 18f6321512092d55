#pragma once
// A fresh database per test with customers to attach records to, and the
// checks the record-store tests share (typed errors, row counts, injected
// failures for rollback tests).
#include "../temp_db.h"

#include "crm/customer.h"
#include "crm/errors.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace crm::test {

class RecordStoreTest : public ::testing::Test {
protected:
    Database& db() { return m_temp.db(); }

    std::int64_t addOrganisation(const std::string& code);
    std::int64_t addPerson(const std::string& code);
    // Rows in one of our tables (the name is the test's own constant).
    std::int64_t count(const std::string& table);
    // Makes every INSERT into / UPDATE of `table` fail from now on, so a test
    // can check that a write failing half-way leaves nothing behind.
    void failInsertsInto(const std::string& table);
    void failUpdatesOf(const std::string& table);

private:
    std::int64_t addCustomer(const std::string& code, CustomerKind kind);
    void addFailingTrigger(const std::string& event, const std::string& table);

    TempDb m_temp{"records"};
};

inline Date day(int year, int month, int dayOfMonth) {
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(dayOfMonth));
}

// Runs `write`, expects a ValidationError with an entry on `field`, and
// returns the error's full message.
template <class Write>
std::string expectFieldError(Write&& write, const std::string& field) {
    try {
        write();
    } catch (const ValidationError& e) {
        bool found = false;
        for (const auto& error : e.errors())
            found = found || error.field == field;
        EXPECT_TRUE(found) << "no error on field '" << field << "' in: " << e.what();
        return e.what();
    }
    ADD_FAILURE() << "expected a ValidationError on field '" << field << "'";
    return {};
}

// Runs `write`, expects a NotFoundError, and returns its message.
template <class Write>
std::string expectNotFound(Write&& write) {
    try {
        write();
    } catch (const NotFoundError& e) {
        return e.what();
    }
    ADD_FAILURE() << "expected a NotFoundError";
    return {};
}

} // namespace crm::test
