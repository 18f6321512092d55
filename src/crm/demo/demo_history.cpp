// The contact history of a demo customer: calls, visits, e-mails, meetings,
// complaints and notes, the follow-ups they lead to, and a few stages set by hand.
#include "crm/demo/demo_plan.h"

#include <algorithm>
#include <array>

namespace crm::demo {

namespace {

using boost::gregorian::days;

struct Words {
    std::string_view zh;
    std::string_view en;
    std::string_view in(Language language) const { return language == Language::Chinese ? zh : en; }
};
using WordList = std::span<const Words>;

constexpr std::array<Words, 4> kCalls{{{"询问报价", "Asked for a quote"},
                                       {"续约沟通", "Renewal call"},
                                       {"客户回访", "Customer care call"},
                                       {"确认交货时间", "Confirmed the delivery date"}}};
constexpr std::array<Words, 3> kVisits{{{"上门拜访", "Site visit"},
                                        {"产品演示", "Product demonstration"},
                                        {"安装验收", "Installation sign-off"}}};
constexpr std::array<Words, 4> kEmails{{{"发送报价单", "Sent a quotation"},
                                        {"节日问候", "Season's greetings"},
                                        {"新品介绍", "New product announcement"},
                                        {"发票寄送", "Invoice sent"}}};
constexpr std::array<Words, 3> kMeetings{{{"年度合作洽谈", "Annual account review"},
                                          {"采购部价格谈判", "Price negotiation with purchasing"},
                                          {"技术交流会", "Technical workshop"}}};
constexpr std::array<Words, 4> kComplaints{{{"到货延迟", "Late delivery"},
                                            {"发票有误", "Wrong invoice"},
                                            {"产品故障", "Product fault"},
                                            {"服务响应慢", "Slow support response"}}};
constexpr std::array<Words, 3> kNotes{{{"客户更换采购负责人", "New purchasing manager at the customer"},
                                       {"竞争对手报价更低", "A competitor offered a lower price"},
                                       {"预算下季度审批", "Budget to be approved next quarter"}}};
constexpr std::array<Words, 4> kOutcomes{{{"客户有意向，下周跟进", "Interested; follow up next week"},
                                          {"已发送资料", "Documents sent"},
                                          {"暂无需求", "No need at the moment"},
                                          {"同意下单", "Agreed to order"}}};
constexpr std::array<Words, 4> kResolutions{{{"补发货物并致歉", "Re-shipped and apologised"},
                                             {"已开具正确发票", "Issued a corrected invoice"},
                                             {"更换设备", "Replaced the unit"},
                                             {"主管回访道歉", "Manager called to apologise"}}};
constexpr std::array<Words, 4> kFollowUps{{{"发送报价单", "Send the quotation"},
                                           {"电话回访", "Call back"},
                                           {"确认投诉处理结果", "Check the complaint is settled"},
                                           {"安排拜访", "Arrange a visit"}}};

WordList subjectsOf(InteractionType type) {
    switch (type) {
    case InteractionType::Call: return kCalls;
    case InteractionType::Visit: return kVisits;
    case InteractionType::Email: return kEmails;
    case InteractionType::Meeting: return kMeetings;
    case InteractionType::Complaint: return kComplaints;
    case InteractionType::Note: return kNotes;
    }
    return kNotes;
}

double interactionsPerCustomer(Buyer buyer) {
    switch (buyer) {
    case Buyer::Prospect: return 1.5;
    case Buyer::OneOff: return 1.2;
    case Buyer::Light: return 2.0;
    case Buyer::Regular: return 3.5;
    case Buyer::Seasonal: return 3.0;
    case Buyer::Heavy: return 7.0;
    }
    return 1.0;
}

InteractionType pickType(DemoRandom& rng, const BuyingPattern& b) {
    // Customers on their way out complain more.
    const int complaints = b.trend == Trend::Steady ? 5 : 14;
    const std::array<int, 6> weights{32, 12, 24, 10, complaints, 16};
    return static_cast<InteractionType>(rng.weighted(weights));
}

// The contact spoken to: the primary contact of the day, sometimes another.
std::optional<std::size_t> contactFor(DemoRandom& rng, const CustomerPlan& plan, const Date& day) {
    if (plan.contacts.empty() || rng.chance(0.3))
        return std::nullopt;
    if (rng.chance(0.25))
        return static_cast<std::size_t>(rng.below(plan.contacts.size()));
    if (plan.laterPrimary && day >= plan.primaryChangeOn)
        return plan.laterPrimary;
    return std::size_t{0};
}

ComplaintStatus complaintStatus(DemoRandom& rng, const Date& day, const Date& asOf) {
    if ((asOf - day).days() > 60)
        return rng.chance(0.9) ? ComplaintStatus::Resolved : ComplaintStatus::InProgress;
    return static_cast<ComplaintStatus>(rng.weighted(std::array{40, 35, 25}));
}

std::string describe(const Words& subject, const CustomerPlan& plan,
                     std::optional<std::size_t> contact) {
    const bool zh = plan.language == Language::Chinese;
    if (!contact)
        return std::string(subject.in(plan.language)) + (zh ? "。" : ".");
    const std::string& who = plan.contacts[*contact].name;
    return zh ? "与" + who + "沟通：" + std::string(subject.zh) + "。"
              : "With " + who + ": " + std::string(subject.en) + ".";
}

std::optional<FollowUp> followUpOf(DemoRandom& rng, const Interaction& i, Language language,
                                   const Date& asOf) {
    if (i.type == InteractionType::Note || i.type == InteractionType::Email || !rng.chance(0.35))
        return std::nullopt;
    FollowUp f;
    f.due = i.date + days(rng.between(3, 21));
    f.subject = std::string(rng.pick(WordList(kFollowUps)).in(language));
    if (f.due <= asOf && rng.chance(0.85)) // the rest are overdue
        f.done = std::clamp(f.due + days(rng.between(-3, 5)), i.date, asOf);
    return f;
}

InteractionPlan makeInteraction(DemoRandom& rng, const CustomerPlan& plan, const Date& day,
                                const Date& asOf) {
    const Language lang = plan.language;
    InteractionPlan p;
    Interaction& i = p.interaction;
    i.date = day;
    i.type = pickType(rng, plan.buying);
    i.minuteOfDay = static_cast<int>(rng.between(8 * 60 + 30, 18 * 60));
    p.contactIndex = contactFor(rng, plan, day);
    const Words& subject = rng.pick(subjectsOf(i.type));
    i.subject = std::string(subject.in(lang));
    i.text = describe(subject, plan, p.contactIndex);
    if (i.type != InteractionType::Note && i.type != InteractionType::Complaint)
        i.outcome = std::string(rng.pick(WordList(kOutcomes)).in(lang));
    const bool support = i.type == InteractionType::Complaint || plan.customer.owner.empty();
    i.loggedBy = support ? std::string(supportAgent(rng, lang)) : plan.customer.owner;
    if (i.type == InteractionType::Complaint) {
        i.complaintStatus = complaintStatus(rng, day, asOf);
        if (i.complaintStatus == ComplaintStatus::Resolved)
            i.resolution = std::string(rng.pick(WordList(kResolutions)).in(lang));
    }
    p.followUp = followUpOf(rng, i, lang, asOf);
    return p;
}

} // namespace

void planContactHistory(DemoRandom& rng, CustomerPlan& plan, const Date& asOf) {
    const Date from = std::max(plan.customer.createdOn, asOf - boost::gregorian::years(3));
    const std::int64_t span = (asOf - from).days();
    std::vector<Date> dates;
    for (std::int64_t n = rng.poisson(interactionsPerCustomer(plan.buying.buyer)); n > 0; --n) {
        // After a customer stops buying, contact thins out to win-back attempts.
        std::int64_t offset = rng.between(0, span);
        if (plan.buying.trend == Trend::Churned && from + days(offset) > plan.buying.stop &&
            rng.chance(0.7))
            offset = rng.between(0, std::max<std::int64_t>(0, (plan.buying.stop - from).days()));
        dates.push_back(from + days(offset));
    }
    std::sort(dates.begin(), dates.end());
    for (const Date& day : dates)
        plan.interactions.push_back(makeInteraction(rng, plan, day, asOf));
}

void planManualStages(DemoRandom& rng, CustomerPlan& plan, const Date& asOf) {
    if (!rng.chance(0.02))
        return;
    const BuyingPattern& b = plan.buying;
    const auto change = [&](Stage to, const Date& on, std::string reason) {
        plan.manualStages.push_back({0, 0, std::nullopt, to, std::min(on, asOf), std::move(reason), true});
    };
    const Date start = std::max(plan.customer.createdOn, b.start);
    const Date middle = start + days((asOf - start).days() / 2);
    const bool zh = plan.language == Language::Chinese;
    if (b.buyer == Buyer::Prospect) {
        change(Stage::Exploration, middle, zh ? "同意试单" : "Agreed to a trial order");
    } else if (b.trend == Trend::Churned) {
        change(Stage::Lost, b.stop + days(rng.between(30, 120)),
               zh ? "客户已改用其他供应商" : "Customer moved to another supplier");
    } else if (b.trend == Trend::Declining) {
        change(Stage::Decline, middle + days(rng.between(0, 180)),
               zh ? "采购部只看价格" : "Purchasing now decides on price alone");
    } else {
        const Date formed = start + days(rng.between(30, 120));
        change(Stage::Formation, formed, zh ? "首批订单顺利" : "First orders went well");
        if (formed + days(180) < middle)
            change(Stage::Stability, middle, zh ? "签订框架协议" : "Framework agreement signed");
    }
}

} // namespace crm::demo
