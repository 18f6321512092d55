#include "crm/names.h"

#include <gtest/gtest.h>

using namespace crm;

TEST(Names, EveryStageRoundTripsThroughItsKey) {
    for (int i = 0; i < kStageCount; ++i) {
        const auto stage = static_cast<Stage>(i);
        EXPECT_EQ(parseStage(toKey(stage)), stage);
        EXPECT_EQ(parseStage(stageLabelZh(stage)), stage);
        EXPECT_FALSE(stageFocus(stage).empty());
    }
}

TEST(Names, AcceptsChineseTermsAndAliases) {
    EXPECT_EQ(parseStage("考察期"), Stage::Exploration);
    EXPECT_EQ(parseStage("稳定期"), Stage::Stability);
    EXPECT_EQ(parseStage("Decline"), Stage::Decline);
    EXPECT_EQ(parseCustomerKind("org"), CustomerKind::Organisation);
    EXPECT_EQ(parseCustomerKind("PERSON"), CustomerKind::Person);
    EXPECT_EQ(parseContactRole("decision maker"), ContactRole::DecisionMaker);
    EXPECT_EQ(parseComplaintStatus("in progress"), ComplaintStatus::InProgress);
    EXPECT_EQ(parseInteractionType("投诉"), InteractionType::Complaint);
    EXPECT_FALSE(parseStage("stable-ish"));
    EXPECT_FALSE(parseCustomerKind(""));
}

TEST(Names, StageLabelsAreTheDomainTerms) {
    EXPECT_EQ(stageLabel(Stage::Formation), "Formation");
    EXPECT_EQ(stageLabelZh(Stage::Formation), "形成期");
    EXPECT_EQ(stageLabelZh(Stage::Decline), "退化期");
}
