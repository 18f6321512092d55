// Saving a stale edit: the user's changed fields go over what is stored
// now, and what someone else changed meanwhile stays.
#include "crm/customer_merge.h"

#include <gtest/gtest.h>

using namespace crm;

namespace {

Customer stored() {
    Customer c;
    c.id = 7;
    c.code = "C-7";
    c.name = "Acme";
    c.email = "old@acme.cn";
    c.phone = "010-1";
    c.tags = {"vip"};
    c.createdOn = Date(2025, 1, 2);
    return c;
}

} // namespace

TEST(CustomerMerge, TheUsersChangesGoOverAnotherWritersOtherChanges) {
    const Customer base = stored(); // what the dialog read
    Customer edited = base;
    edited.email = "sales@acme.cn"; // the user changed the email
    Customer current = base;
    current.phone = "010-2"; // meanwhile another window changed the phone
    current.tags = {"vip", "key"};
    const Customer merged = mergeEdit(base, edited, current);
    EXPECT_EQ(merged.email, "sales@acme.cn");
    EXPECT_EQ(merged.phone, "010-2");
    EXPECT_EQ(merged.tags, (std::vector<std::string>{"vip", "key"}));
    EXPECT_EQ(merged.name, "Acme");
}

TEST(CustomerMerge, AFieldBothChangedTakesTheUsersValue) {
    const Customer base = stored();
    Customer edited = base;
    edited.name = "Acme Holdings";
    edited.birthday.reset();
    Customer current = base;
    current.name = "ACME Ltd";
    const Customer merged = mergeEdit(base, edited, current);
    EXPECT_EQ(merged.name, "Acme Holdings");
}

TEST(CustomerMerge, NothingEditedKeepsWhatIsStoredNow) {
    const Customer base = stored();
    Customer current = base;
    current.notes = "Called on Monday";
    current.annualCategorySpend = 12'000'00;
    const Customer merged = mergeEdit(base, base, current);
    EXPECT_EQ(merged.notes, "Called on Monday");
    EXPECT_EQ(merged.annualCategorySpend, current.annualCategorySpend);
}
