#include "crm/validation.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace crm;

namespace {

Customer validCustomer() {
    Customer c;
    c.code = "C-0001";
    c.name = "北京星辰科技有限公司";
    c.createdOn = Date(2026, 1, 5);
    c.email = "info@xingchen.cn";
    c.phone = "+86 10 6552 8899";
    return c;
}

bool hasField(const std::vector<FieldError>& errors, const std::string& field) {
    return std::any_of(errors.begin(), errors.end(),
                       [&](const FieldError& e) { return e.field == field; });
}

} // namespace

TEST(Validation, EmailShapes) {
    for (const char* good : {"a@b.cn", "zhang.wei@163.com", "x+tag@mail.example.org", "李@例子.中国"})
        EXPECT_TRUE(isEmailShape(good)) << good;
    for (const char* bad : {"", "a", "a@", "@b.cn", "a@b", "a@@b.cn", "a b@c.cn", "a@b..cn",
                            "a@b.", "a@.cn", "a@b.cn;c@d.cn"})
        EXPECT_FALSE(isEmailShape(bad)) << bad;
}

TEST(Validation, PhoneShapes) {
    for (const char* good : {"13800138000", "+86 10 6552 8899", "(021) 555-0100", "010-12345678 ext. 12"})
        EXPECT_TRUE(isPhoneShape(good)) << good;
    for (const char* bad : {"", "12", "call me", "+", "138-abc-8000", "1+2345678"})
        EXPECT_FALSE(isPhoneShape(bad)) << bad;
}

TEST(Validation, AValidCustomerHasNoErrors) {
    EXPECT_TRUE(validate(validCustomer()).empty());
}

TEST(Validation, ErrorsNameTheField) {
    Customer c = validCustomer();
    c.code = "has space";
    c.name = "  ";
    c.email = "x@";
    c.phone = "abc";
    const auto errors = validate(c);
    EXPECT_TRUE(hasField(errors, "code"));
    EXPECT_TRUE(hasField(errors, "name"));
    EXPECT_TRUE(hasField(errors, "email"));
    EXPECT_TRUE(hasField(errors, "phone"));
    try {
        throwIfInvalid(errors);
        FAIL() << "no exception";
    } catch (const ValidationError& e) {
        EXPECT_NE(std::string(e.what()).find("email: 'x@' is not an email address"),
                  std::string::npos)
            << e.what();
    }
}

TEST(Validation, KindSpecificFields) {
    Customer person = validCustomer();
    person.kind = CustomerKind::Person;
    person.companyStage = CompanyStage::Growth;
    EXPECT_TRUE(hasField(validate(person), "company_stage"));
    Customer org = validCustomer();
    org.birthday = Date(1980, 5, 1);
    EXPECT_TRUE(hasField(validate(org), "birthday"));
}

TEST(Validation, RejectsInvalidUtf8AndControlCharacters) {
    Customer c = validCustomer();
    c.name = std::string("Bad\xff name");
    EXPECT_TRUE(hasField(validate(c), "name"));
    c.name = std::string("Tab\there");
    EXPECT_TRUE(hasField(validate(c), "name"));
    c.name = "Emoji 😀 Ltd";
    EXPECT_TRUE(validate(c).empty());
    c.notes = std::string("line one\nline two");
    EXPECT_TRUE(validate(c).empty());
}

TEST(Validation, TransactionsAllowZeroAndRefundsButNotNegativeCost) {
    Transaction t;
    t.date = Date(2026, 3, 1);
    t.amount = 0;
    EXPECT_TRUE(validate(t).empty());
    t.amount = -500;
    EXPECT_TRUE(validate(t).empty());
    t.cost = -1;
    EXPECT_TRUE(hasField(validate(t), "cost"));
}

TEST(Validation, OnlyComplaintsHaveAStatus) {
    Interaction i;
    i.date = Date(2026, 3, 1);
    i.subject = "Called about the delivery";
    i.type = InteractionType::Call;
    i.complaintStatus = ComplaintStatus::Open;
    EXPECT_TRUE(hasField(validate(i), "status"));
    i.type = InteractionType::Complaint;
    EXPECT_TRUE(validate(i).empty());
    i.minuteOfDay = 1440;
    EXPECT_TRUE(hasField(validate(i), "time"));
}
