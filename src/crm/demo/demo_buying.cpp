// How demo customers buy: heavy, light, seasonal and one-off buyers, some
// declining or gone, with refunds, costs and products.
#include "crm/demo/demo_plan.h"

#include <algorithm>
#include <array>

namespace crm::demo {

namespace {

using boost::gregorian::days;

constexpr std::array<std::string_view, 16> kChineseProducts{
    "标准版软件许可", "专业版软件许可", "年度维保服务", "上门安装服务", "操作培训",
    "备件包",         "耗材套装",       "定制开发",     "工业传感器",   "控制柜",
    "打印耗材",       "办公设备",       "物流包装材料", "检测试剂",     "网络设备",
    "云服务年费"};
constexpr std::array<std::string_view, 16> kEnglishProducts{
    "Standard licence", "Professional licence", "Annual maintenance", "On-site installation",
    "Training day",     "Spare parts kit",      "Consumables pack",   "Custom development",
    "Industrial sensor", "Control cabinet",     "Printer supplies",   "Office equipment",
    "Packaging material", "Test reagents",      "Network switch",     "Cloud subscription"};

Buyer pickBuyer(DemoRandom& rng, CustomerKind kind) {
    static constexpr std::array<int, 6> kOrganisation{12, 12, 28, 24, 12, 12};
    static constexpr std::array<int, 6> kPerson{18, 20, 35, 17, 10, 0};
    return static_cast<Buyer>(rng.weighted(kind == CustomerKind::Organisation ? kOrganisation : kPerson));
}

double purchasesPerYear(DemoRandom& rng, Buyer buyer) {
    switch (buyer) {
    case Buyer::Prospect: return 0;
    case Buyer::OneOff: return 1;
    case Buyer::Light: return 0.7 + 2.3 * rng.unit();
    case Buyer::Regular: return 4 + 6 * rng.unit();
    case Buyer::Seasonal: return 3 + 3 * rng.unit();
    case Buyer::Heavy: return 15 + 30 * rng.unit();
    }
    return 0;
}

// Typical purchase in minor units: organisations buy more, heavy buyers often.
Money ticketSize(DemoRandom& rng, CustomerKind kind, Buyer buyer) {
    std::int64_t units = 0;
    if (kind == CustomerKind::Person)
        units = rng.chance(0.8) ? rng.between(50, 800) : rng.between(800, 5000);
    else if (buyer == Buyer::Heavy)
        units = rng.between(500, 6000);
    else
        units = rng.chance(0.7) ? rng.between(2000, 20000) : rng.between(20000, 200000);
    return units * 100;
}

// How much of the best buying rate is left on `day` (thinning factor, 0..1).
double rateFactor(const BuyingPattern& b, const Date& day, const Date& declineFrom) {
    double factor = 1.0;
    if (b.buyer == Buyer::Seasonal) {
        const int month = day.month();
        const int distance = std::min((month - b.peakMonth + 12) % 12, (b.peakMonth - month + 12) % 12);
        factor = distance == 0 ? 1.0 : distance == 1 ? 0.5 : 0.06;
    }
    if (b.trend == Trend::Declining && day > declineFrom) {
        const double progress = static_cast<double>((day - declineFrom).days()) /
                                static_cast<double>(std::max<std::int64_t>(1, (b.stop - declineFrom).days()));
        factor *= 1.0 - 0.9 * progress;
    }
    return factor;
}

std::vector<Date> purchaseDates(DemoRandom& rng, const BuyingPattern& b) {
    const std::int64_t span = (b.stop - b.start).days();
    if (b.buyer == Buyer::OneOff)
        return {b.start + days(rng.between(0, std::max<std::int64_t>(0, span)))};
    const double candidatesPerYear = b.buyer == Buyer::Seasonal ? b.perYear * 3.5 : b.perYear;
    const double meanGap = 365.0 / candidatesPerYear;
    const Date declineFrom = b.start + days(span * rng.between(30, 70) / 100);
    std::vector<Date> dates;
    for (double t = rng.exponential(meanGap); t <= static_cast<double>(span) && dates.size() < 400;
         t += rng.exponential(meanGap)) {
        const Date day = b.start + days(static_cast<std::int64_t>(t));
        if (rng.chance(rateFactor(b, day, declineFrom)))
            dates.push_back(day);
    }
    return dates;
}

std::string reference(const char* prefix, const std::string& code, std::size_t sequence) {
    std::string seq = std::to_string(sequence);
    return std::string(prefix) + code.substr(1) + "-" + std::string(seq.size() < 4 ? 4 - seq.size() : 0, '0') + seq;
}

Transaction purchase(DemoRandom& rng, const CustomerPlan& plan, const Date& day,
                     std::span<const std::string_view> products) {
    const BuyingPattern& b = plan.buying;
    Transaction t;
    t.date = day;
    t.product = std::string(rng.pick(products));
    t.amount = rng.chance(0.01) ? 0 : b.ticket * rng.between(50, 150) / 100 / 100 * 100;
    if (rng.chance(0.85))
        t.cost = t.amount * (b.costPercent + rng.between(-5, 5)) / 100;
    return t;
}

// A refund of all or part of `original`, a few days later, or none when that
// would fall after asOf.
std::optional<Transaction> refundOf(DemoRandom& rng, const Transaction& original, const Date& asOf) {
    const Date day = original.date + days(rng.between(2, 30));
    if (day > asOf || original.amount == 0)
        return std::nullopt;
    Transaction refund = original;
    refund.date = day;
    refund.cost.reset();
    const std::int64_t percent = rng.chance(0.4) ? 100 : rng.between(10, 50);
    refund.amount = -std::max<Money>(100, original.amount * percent / 100 / 100 * 100);
    return refund;
}

// One to three products from a neighbourhood of the catalogue, so customers
// differ in what they buy.
std::vector<std::string_view> preferredProducts(DemoRandom& rng, Language language) {
    const auto& pool = language == Language::Chinese ? kChineseProducts : kEnglishProducts;
    const std::uint64_t first = rng.below(pool.size());
    std::vector<std::string_view> products;
    for (std::int64_t n = rng.between(1, 3); n > 0; --n)
        products.push_back(pool[(first + rng.below(4)) % pool.size()]);
    return products;
}

} // namespace

BuyingPattern makeBuyingPattern(DemoRandom& rng, const Customer& customer, const Date& asOf) {
    const Date historyStart = asOf - boost::gregorian::years(3) + days(1);
    BuyingPattern b;
    b.buyer = pickBuyer(rng, customer.kind);
    b.perYear = purchasesPerYear(rng, b.buyer);
    b.start = std::max(customer.createdOn, historyStart);
    b.stop = asOf;
    if (b.buyer != Buyer::Prospect && b.buyer != Buyer::OneOff)
        b.trend = static_cast<Trend>(rng.weighted(std::array{65, 17, 18}));
    if (b.trend == Trend::Churned)
        b.stop = b.start + days((asOf - b.start).days() * rng.between(20, 85) / 100);
    b.peakMonth = static_cast<int>(rng.pick(std::span<const std::int64_t>(std::array<std::int64_t, 4>{1, 6, 11, 12})));
    b.ticket = ticketSize(rng, customer.kind, b.buyer);
    b.costPercent = static_cast<int>(rng.between(45, 80));
    return b;
}

std::vector<Transaction> makeTransactions(DemoRandom& rng, const CustomerPlan& plan, const Date& asOf) {
    if (plan.buying.buyer == Buyer::Prospect)
        return {};
    const std::vector<std::string_view> products = preferredProducts(rng, plan.language);
    std::vector<Transaction> out;
    for (const Date& day : purchaseDates(rng, plan.buying)) {
        out.push_back(purchase(rng, plan, day, products));
        if (rng.chance(0.03))
            if (auto refund = refundOf(rng, out.back(), asOf))
                out.push_back(*refund);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Transaction& a, const Transaction& b) { return a.date < b.date; });
    for (std::size_t i = 0; i < out.size(); ++i)
        if (rng.chance(0.94))
            out[i].reference = reference(out[i].amount < 0 ? "RF-" : "INV-", plan.customer.code, i + 1);
    return out;
}

} // namespace crm::demo
