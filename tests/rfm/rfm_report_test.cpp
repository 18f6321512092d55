#include "crm/store/rfm_report.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace crm;

TEST(RfmReport, CsvHeaderRowsMoneyAndSegmentLabel) {
    const std::vector<RfmRow> rows{
        {"C1", {{1, 12, 3, 1234'56}, 5, 4, 3, rfm::Segment::Champions}},
        {"C2", {{2, 400, 9, -5}, 1, 5, 1, rfm::Segment::CantLoseThem}}};
    std::ostringstream out;
    writeRfmCsv(out, rows, 2);
    EXPECT_EQ(out.str(), "customer_id,recency_days,frequency,monetary,r,f,m,segment\r\n"
                         "C1,12,3,1234.56,5,4,3,Champions\r\n"
                         "C2,400,9,-0.05,1,5,1,Can't Lose Them\r\n");
}

TEST(RfmReport, CsvUsesTheCurrencyDecimals) {
    const std::vector<RfmRow> rows{{"C1", {{1, 0, 1, 1500}, 5, 1, 1, rfm::Segment::NewCustomers}}};
    std::ostringstream out;
    writeRfmCsv(out, rows, 0);
    EXPECT_NE(out.str().find("C1,0,1,1500,5,1,1,New Customers\r\n"), std::string::npos);
}

TEST(RfmReport, CodesAreQuotedPerRfc4180WhereNeeded) {
    EXPECT_EQ(rfmCsvField("plain code"), "plain code");
    EXPECT_EQ(rfmCsvField("A,B"), "\"A,B\"");
    EXPECT_EQ(rfmCsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(rfmCsvField("two\nlines"), "\"two\nlines\"");
}

TEST(RfmReport, LargeOutputIsWrittenCompletely) {
    std::vector<RfmRow> rows;
    for (int i = 0; i < 20000; ++i)
        rows.push_back({"C" + std::to_string(i), {{i, i, 1, i}, 1, 1, 1, rfm::Segment::Hibernating}});
    std::ostringstream out;
    writeRfmCsv(out, rows, 2);
    const std::string text = out.str();
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 20001);
    EXPECT_TRUE(text.ends_with("C19999,19999,1,199.99,1,1,1,Hibernating\r\n"));
}
