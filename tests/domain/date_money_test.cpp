#include "crm/date.h"
#include "crm/money.h"

#include <gtest/gtest.h>

using namespace crm;

TEST(Date, ParsesAndWritesIso) {
    const auto d = parseIsoDate("2026-02-28");
    ASSERT_TRUE(d);
    EXPECT_EQ(toIso(*d), "2026-02-28");
    EXPECT_EQ(toIso(Date(2024, 2, 29)), "2024-02-29");
}

TEST(Date, RejectsImpossibleAndMalformedDates) {
    for (const char* bad : {"2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01",
                            "2026/01/01", "", "2026-01-01x", "abcd-ef-gh", "2026-04-31"})
        EXPECT_FALSE(parseIsoDate(bad)) << bad;
}

TEST(Date, DayNumbersAreJulianDaysAndRoundTrip) {
    // SQLite's date(2451545) is 2000-01-01: the store's numbers read back in the shell.
    EXPECT_EQ(toDayNumber(Date(2000, 1, 1)), 2451545);
    for (const Date d : {Date(1970, 1, 1), Date(2026, 11, 23), Date(2100, 12, 31)})
        EXPECT_EQ(fromDayNumber(toDayNumber(d)), d);
    EXPECT_EQ(daysBetween(Date(2026, 1, 1), Date(2026, 3, 1)), 59);
}

TEST(Money, FormatsMinorUnits) {
    EXPECT_EQ(formatMoney(123450, 2), "1234.50");
    EXPECT_EQ(formatMoney(-5, 2), "-0.05");
    EXPECT_EQ(formatMoney(0, 2), "0.00");
    EXPECT_EQ(formatMoney(1234, 0), "1234");
    EXPECT_EQ(formatMoneyGrouped(123456789, 2), "1,234,567.89");
    EXPECT_EQ(formatMoneyGrouped(-100000, 2), "-1,000.00");
    EXPECT_EQ(formatMoney(std::numeric_limits<Money>::min(), 2), "-92233720368547758.08");
}

TEST(Money, ParsesUpToTheCurrencyDecimals) {
    EXPECT_EQ(parseMoney("1234.5", 2), 123450);
    EXPECT_EQ(parseMoney("-0.05", 2), -5);
    EXPECT_EQ(parseMoney("+7", 2), 700);
    EXPECT_EQ(parseMoney("12", 0), 12);
    for (const char* bad : {"", "1.234", "1.", ".5", "1,000.00", "abc", "1e5", "--1", " 1"})
        EXPECT_FALSE(parseMoney(bad, 2)) << bad;
    EXPECT_FALSE(parseMoney("99999999999999999999", 2));
    EXPECT_FALSE(parseMoney("92233720368547758.08", 2)); // one past the largest
    EXPECT_EQ(parseMoney("92233720368547758.07", 2), std::numeric_limits<Money>::max());
}

TEST(Money, KnowsCurrencyDecimals) {
    EXPECT_EQ(currencyDecimals("CNY"), 2);
    EXPECT_EQ(currencyDecimals("JPY"), 0);
    EXPECT_FALSE(currencyDecimals("XYZ"));
}
