#pragma once
// Pools of names, places and words the demo data is drawn from: Chinese
// (with pinyin for e-mail addresses) and English.
#include "crm/demo/demo_random.h"

#include <string>
#include <string_view>

namespace crm::demo {

enum class Language { Chinese, English };

// Where a customer is: its region label, phone prefix and the look of its
// addresses and e-mail domains.
struct Place {
    std::string_view region;   // "北京", "广东", "London"
    std::string_view city;     // used in Chinese company names and addresses
    std::string_view cityLatin;
    std::string_view phonePrefix; // "+86 10", "+44 20"
    std::string_view emailTld;    // "cn", "co.uk"
    std::string_view companySuffix; // for English names: "Ltd", "GmbH"
    Language language;
};

struct PersonName {
    std::string display;   // 张伟, Emma Clarke
    std::string emailLocal; // zhang.wei, emma.clarke
};

struct OrganisationName {
    std::string display; // 北京星辰科技有限公司, Northwind Traders Ltd
    std::string domain;  // xingchen-tech.cn, northwind-traders.co.uk
};

inline constexpr int kIndustryCount = 12;
// English label of industry `i` (0..kIndustryCount-1), as stored on customers.
std::string_view industryLabel(int industry);

const Place& pickPlace(DemoRandom& rng, Language language);
PersonName personName(DemoRandom& rng, Language language);
OrganisationName organisationName(DemoRandom& rng, const Place& place, int industry);
std::string phoneNumber(DemoRandom& rng, const Place& place, bool mobile);
std::string streetAddress(DemoRandom& rng, const Place& place);

// A sales rep who looks after customers of this language.
std::string_view salesRep(DemoRandom& rng, Language language);
std::string_view supportAgent(DemoRandom& rng, Language language);
std::string_view customerTag(DemoRandom& rng);

} // namespace crm::demo
