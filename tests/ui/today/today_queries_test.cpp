// The Today page's domain queries: birthdays in a window of days (across a
// year end, 29 February) and customer labels.
#include "crm/errors.h"
#include "crm/store/contact_store.h"
#include "crm/store/customer_store.h"
#include "crm/store/today_queries.h"
#include "temp_db.h"

#include <gtest/gtest.h>

using namespace crm;

namespace {

struct TodayQueries : ::testing::Test {
    test::TempDb temp{"today-queries"};

    std::int64_t organisation(const std::string& code) {
        Customer c;
        c.code = code;
        c.name = "Org " + code;
        c.owner = "Tom";
        c.createdOn = Date(2020, 1, 1);
        return CustomerStore(temp.db()).add(c);
    }
    std::int64_t person(const std::string& code, Date birthday) {
        Customer c;
        c.code = code;
        c.kind = CustomerKind::Person;
        c.name = "Person " + code;
        c.createdOn = Date(2020, 1, 1);
        c.birthday = birthday;
        return CustomerStore(temp.db()).add(c);
    }
    std::int64_t contact(std::int64_t customerId, const std::string& name,
                         std::optional<Date> birthday) {
        Contact k;
        k.customerId = customerId;
        k.name = name;
        k.birthday = birthday;
        return ContactStore(temp.db()).add(k, Date(2020, 1, 1));
    }
    std::vector<std::string> namesBetween(Date from, int days) {
        std::vector<std::string> names;
        for (const auto& b : birthdaysBetween(temp.db(), from, days))
            names.push_back(b.personName);
        return names;
    }
};

} // namespace

TEST_F(TodayQueries, BirthdaysOfTheWeekCrossTheYearEnd) {
    const auto org = organisation("O1");
    const auto ann = contact(org, "Ann", Date(1980, 1, 2));
    contact(org, "Bob", Date(1985, 1, 6));  // the day after the window
    contact(org, "Cy", Date(1970, 12, 29)); // yesterday
    contact(org, "Di", std::nullopt);
    const auto eve = person("P1", Date(1990, 12, 30)); // today

    const auto rows = birthdaysBetween(temp.db(), Date(2026, 12, 30), 7);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].personName, "Person P1");
    EXPECT_EQ(rows[0].customerId, eve);
    EXPECT_FALSE(rows[0].contactId);
    EXPECT_EQ(rows[0].celebratedOn, Date(2026, 12, 30));
    EXPECT_EQ(rows[0].age, 36);
    EXPECT_EQ(rows[1].personName, "Ann");
    EXPECT_EQ(rows[1].contactId, ann);
    EXPECT_EQ(rows[1].customerId, org);
    EXPECT_EQ(rows[1].customerName, "Org O1");
    EXPECT_EQ(rows[1].celebratedOn, Date(2027, 1, 2));
    EXPECT_EQ(rows[1].age, 47);
}

TEST_F(TodayQueries, BirthdaysInsideOneYearAreOrderedByDayThenName) {
    const auto org = organisation("O1");
    contact(org, "Zoe", Date(1980, 6, 30));
    contact(org, "Al", Date(1981, 7, 2));
    contact(org, "Max", Date(1982, 6, 30));
    contact(org, "Out", Date(1982, 7, 7));
    EXPECT_EQ(namesBetween(Date(2026, 6, 30), 7), (std::vector<std::string>{"Max", "Zoe", "Al"}));
}

TEST_F(TodayQueries, LeapDayBirthdaysAreCelebratedOnTheLastDayOfFebruary) {
    const auto org = organisation("O1");
    contact(org, "Leap", Date(2000, 2, 29));
    // Common year: 28 February, so a window ending that day has it...
    const auto common = birthdaysBetween(temp.db(), Date(2027, 2, 22), 7);
    ASSERT_EQ(common.size(), 1u);
    EXPECT_EQ(common[0].celebratedOn, Date(2027, 2, 28));
    // ...and one starting on 1 March has not.
    EXPECT_TRUE(namesBetween(Date(2027, 3, 1), 7).empty());
    const auto leap = birthdaysBetween(temp.db(), Date(2028, 2, 27), 7);
    ASSERT_EQ(leap.size(), 1u);
    EXPECT_EQ(leap[0].celebratedOn, Date(2028, 2, 29));
    EXPECT_EQ(leap[0].age, 28);
}

TEST_F(TodayQueries, AnniversaryNeedsTheBirthToHaveHappened) {
    EXPECT_FALSE(anniversaryIn(Date(2027, 1, 2), Date(2026, 12, 30), 7)); // the day of birth
    EXPECT_FALSE(anniversaryIn(Date(2027, 3, 2), Date(2026, 12, 30), 7)); // not born yet
    EXPECT_EQ(anniversaryIn(Date(2025, 12, 31), Date(2026, 12, 30), 7), Date(2026, 12, 31));
    EXPECT_EQ(anniversaryIn(Date(1999, 3, 1), Date(2026, 3, 1), 1), Date(2026, 3, 1));
    EXPECT_FALSE(anniversaryIn(Date(1999, 3, 2), Date(2026, 3, 1), 1));
}

TEST_F(TodayQueries, AWholeYearWindowHasEveryBirthday) {
    const auto org = organisation("O1");
    contact(org, "A", Date(1980, 1, 1));
    contact(org, "B", Date(1980, 8, 15));
    contact(org, "C", Date(1980, 12, 31));
    EXPECT_EQ(namesBetween(Date(2026, 8, 16), 366).size(), 3u);
    EXPECT_THROW(birthdaysBetween(temp.db(), Date(2026, 1, 1), 0), ValidationError);
    EXPECT_THROW(birthdaysBetween(temp.db(), Date(2026, 1, 1), 367), ValidationError);
}

TEST_F(TodayQueries, CustomerLabelsSkipUnknownIds) {
    const auto a = organisation("A1");
    const auto b = person("B1", Date(1990, 1, 1));
    const std::vector<std::int64_t> ids{a, b, a, 999};
    const auto labels = customerLabels(temp.db(), ids);
    ASSERT_EQ(labels.size(), 2u);
    EXPECT_EQ(labels.at(a).code, "A1");
    EXPECT_EQ(labels.at(a).name, "Org A1");
    EXPECT_EQ(labels.at(a).owner, "Tom");
    EXPECT_EQ(labels.at(b).name, "Person B1");
}
