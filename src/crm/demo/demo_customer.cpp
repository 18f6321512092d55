// The customer record and contacts of a demo customer, and the whole plan.
#include "crm/demo/demo_generator.h"
#include "crm/demo/demo_plan.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace crm::demo {

namespace {

// Streams of randomness, one per part of a plan, so that changing how one
// part is drawn does not reshuffle the others.
enum Stream : std::uint64_t { kCustomer = 1, kContacts, kBuying, kPurchases, kHistory, kStages };

constexpr std::array<std::string_view, 4> kChineseMail{"qq.com", "163.com", "126.com",
                                                       "sina.com"};
constexpr std::array<std::string_view, 3> kEnglishMail{"gmail.com", "outlook.com",
                                                       "example.net"};
constexpr std::array<std::string_view, 6> kNotes{
    "Met at the trade fair; interested in the professional edition.",
    "Prefers e-mail to phone calls.",
    "Pays invoices late; check credit before large orders.",
    "经老客户介绍，重视售后服务。",
    "年底集中采购，提前联系报价。",
    "对价格敏感，常比较多家供应商。"};

std::string customerCode(std::int64_t index) {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "C%07lld", static_cast<long long>(index + 1));
    return buffer;
}

std::string personalEmail(DemoRandom& rng, const PersonName& name, Language language) {
    const auto& providers = language == Language::Chinese ? std::span<const std::string_view>(kChineseMail)
                                                          : std::span<const std::string_view>(kEnglishMail);
    return name.emailLocal + std::to_string(rng.between(1, 99)) + "@" +
           std::string(rng.pick(providers));
}

void addTags(DemoRandom& rng, Customer& c) {
    const std::int64_t count = rng.weighted(std::array{50, 35, 15});
    for (std::int64_t i = 0; i < count; ++i) {
        const std::string tag(customerTag(rng));
        if (std::find(c.tags.begin(), c.tags.end(), tag) == c.tags.end())
            c.tags.push_back(tag);
    }
}

void fillOrganisation(DemoRandom& rng, Customer& c, const Place& place) {
    const int industry = static_cast<int>(rng.below(kIndustryCount));
    const OrganisationName name = organisationName(rng, place, industry);
    c.kind = CustomerKind::Organisation;
    c.name = name.display;
    c.industry = std::string(industryLabel(industry));
    c.phone = phoneNumber(rng, place, false);
    if (rng.chance(0.92))
        c.email = std::string(rng.chance(0.5) ? "info@" : "sales@") + name.domain;
    c.companyStage = static_cast<CompanyStage>(rng.weighted(std::array{20, 40, 40}));
}

void fillPerson(DemoRandom& rng, Customer& c, const Place& place, const Date& asOf) {
    const PersonName name = personName(rng, place.language);
    c.kind = CustomerKind::Person;
    c.name = name.display;
    c.phone = phoneNumber(rng, place, true);
    if (rng.chance(0.85))
        c.email = personalEmail(rng, name, place.language);
    if (rng.chance(0.7))
        c.birthday = asOf - boost::gregorian::days(rng.between(20 * 365, 65 * 365));
}

// Customers known for up to eight years; a quarter arrived during the
// three years of history.
Date createdOn(DemoRandom& rng, const Date& asOf) {
    if (rng.chance(0.25))
        return asOf - boost::gregorian::days(rng.between(0, 3 * 365));
    return asOf - boost::gregorian::days(rng.between(3 * 365, 8 * 365));
}

std::optional<Money> annualSpend(DemoRandom& rng, const BuyingPattern& b) {
    if (b.buyer == Buyer::Prospect || rng.chance(0.5))
        return std::nullopt;
    const double ours = static_cast<double>(b.ticket) * std::max(1.0, b.perYear);
    const double share = 0.15 + 0.75 * rng.unit(); // our share of their spend
    return static_cast<Money>(ours / share) / 10000 * 10000;
}

} // namespace

Customer makeCustomer(DemoRandom& rng, std::int64_t index, Language language, const Date& asOf) {
    const Place& place = pickPlace(rng, language);
    Customer c;
    c.code = customerCode(index);
    c.region = std::string(place.region);
    if (rng.chance(0.6))
        fillOrganisation(rng, c, place);
    else
        fillPerson(rng, c, place, asOf);
    c.address = streetAddress(rng, place);
    if (rng.chance(0.95))
        c.owner = std::string(salesRep(rng, language));
    addTags(rng, c);
    c.createdOn = createdOn(rng, asOf);
    if (rng.chance(0.2))
        c.notes = std::string(rng.pick(std::span<const std::string_view>(kNotes)));
    return c;
}

void planContacts(DemoRandom& rng, CustomerPlan& plan, const Date& asOf) {
    const Customer& c = plan.customer;
    const auto at = c.email.find('@');
    const std::string domain = at == std::string::npos ? "" : c.email.substr(at + 1);
    const std::int64_t count = std::min<std::int64_t>(5, 1 + rng.poisson(1.2));
    for (std::int64_t i = 0; i < count; ++i) {
        const PersonName name = personName(rng, plan.language);
        Contact contact;
        contact.name = name.display;
        contact.role = i == 0 ? (rng.chance(0.6) ? ContactRole::DecisionMaker : ContactRole::Purchaser)
                              : static_cast<ContactRole>(rng.below(5));
        contact.primary = i == 0;
        const Place& place = pickPlace(rng, plan.language);
        contact.phone = phoneNumber(rng, place, true);
        if (!domain.empty())
            contact.email = name.emailLocal + "@" + domain;
        if (rng.chance(0.3))
            contact.birthday = asOf - boost::gregorian::days(rng.between(25 * 365, 60 * 365));
        plan.contacts.push_back(std::move(contact));
    }
    // The purchasing side takes over from the first contact (domain.md, 5).
    const Date earliest = c.createdOn + boost::gregorian::days(90);
    if (count >= 2 && rng.chance(0.25) && earliest < asOf) {
        plan.laterPrimary = static_cast<std::size_t>(rng.between(1, count - 1));
        plan.primaryChangeOn = earliest + boost::gregorian::days(rng.between(0, (asOf - earliest).days()));
    }
}

namespace {

void planCustomerRecord(std::uint64_t seed, std::int64_t index, const Date& asOf, CustomerPlan& plan) {
    DemoRandom rng = DemoRandom::forItem(seed, kCustomer, static_cast<std::uint64_t>(index));
    plan.language = rng.chance(0.65) ? Language::Chinese : Language::English;
    plan.customer = makeCustomer(rng, index, plan.language, asOf);
}

} // namespace

Customer demoCustomer(std::uint64_t seed, std::int64_t index, const Date& asOf) {
    CustomerPlan plan;
    planCustomerRecord(seed, index, asOf, plan);
    return plan.customer;
}

CustomerPlan planCustomer(std::uint64_t seed, std::int64_t index, const Date& asOf) {
    const auto item = static_cast<std::uint64_t>(index);
    CustomerPlan plan;
    planCustomerRecord(seed, index, asOf, plan);
    DemoRandom buyingRng = DemoRandom::forItem(seed, kBuying, item);
    plan.buying = makeBuyingPattern(buyingRng, plan.customer, asOf);
    if (plan.customer.kind == CustomerKind::Organisation) {
        plan.customer.annualCategorySpend = annualSpend(buyingRng, plan.buying);
        DemoRandom contactRng = DemoRandom::forItem(seed, kContacts, item);
        planContacts(contactRng, plan, asOf);
    }
    DemoRandom purchaseRng = DemoRandom::forItem(seed, kPurchases, item);
    plan.transactions = makeTransactions(purchaseRng, plan, asOf);
    DemoRandom historyRng = DemoRandom::forItem(seed, kHistory, item);
    planContactHistory(historyRng, plan, asOf);
    DemoRandom stageRng = DemoRandom::forItem(seed, kStages, item);
    planManualStages(stageRng, plan, asOf);
    return plan;
}

} // namespace crm::demo
