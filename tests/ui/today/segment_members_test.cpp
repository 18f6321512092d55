// segmentMembers lists exactly the customers `crm rfm` (computeRfm) puts in
// each segment, on demo data, as of the latest date and a past one.
#include "crm/demo/demo_generator.h"
#include "crm/store/rfm_query.h"
#include "crm/store/segment_members.h"
#include "temp_db.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace crm;

namespace {

struct SegmentMembers : ::testing::Test {
    static inline std::unique_ptr<test::TempDb> temp;

    static void SetUpTestSuite() {
        temp = std::make_unique<test::TempDb>("segment-members");
        demo::Options options;
        options.customers = 600;
        demo::generate(temp->db(), options);
    }
    static void TearDownTestSuite() { temp.reset(); }

    static std::vector<std::int64_t> reportIds(const std::vector<RfmRow>& rows, rfm::Segment s) {
        std::vector<std::int64_t> ids;
        for (const RfmRow& row : rows)
            if (row.score.segment == s)
                ids.push_back(row.score.behaviour.customerId);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    static void expectSameAsReport(Date asOf) {
        const auto rows = computeRfm(temp->db(), RfmRequest{asOf, std::nullopt});
        std::size_t listed = 0;
        int nonEmpty = 0;
        for (int i = 0; i < rfm::kSegmentCount; ++i) {
            const auto segment = static_cast<rfm::Segment>(i);
            const auto ids = segmentMembers(temp->db(), segment, asOf);
            EXPECT_EQ(ids, reportIds(rows, segment))
                << rfm::label(segment) << " as of " << toIso(asOf);
            listed += ids.size();
            nonEmpty += ids.empty() ? 0 : 1;
        }
        EXPECT_EQ(listed, rows.size()); // every scored customer in exactly one segment
        EXPECT_GE(nonEmpty, 8);         // the comparison is not between empty lists
    }
};

} // namespace

TEST_F(SegmentMembers, EqualTheRfmReportAsOfTheLatestDate) {
    expectSameAsReport(Date(2026, 6, 30));
}

TEST_F(SegmentMembers, EqualTheRfmReportAsOfALaterDate) {
    expectSameAsReport(Date(2026, 11, 23));
}

TEST_F(SegmentMembers, EqualTheRfmReportAsOfAPastDate) {
    expectSameAsReport(Date(2025, 9, 15));
}

TEST_F(SegmentMembers, NobodyBeforeTheFirstPurchase) {
    EXPECT_TRUE(segmentMembers(temp->db(), rfm::Segment::Hibernating, Date(2000, 1, 1)).empty());
}
