#include "crm/demo/demo_names.h"

#include <array>

namespace crm::demo {

namespace {

struct Hanzi {
    std::string_view text;
    std::string_view pinyin;
};

constexpr std::array<Hanzi, 30> kSurnames{{
    {"张", "zhang"}, {"王", "wang"}, {"李", "li"},     {"刘", "liu"},   {"陈", "chen"},
    {"杨", "yang"},  {"黄", "huang"}, {"赵", "zhao"},  {"吴", "wu"},    {"周", "zhou"},
    {"徐", "xu"},    {"孙", "sun"},   {"马", "ma"},    {"朱", "zhu"},   {"胡", "hu"},
    {"郭", "guo"},   {"何", "he"},    {"高", "gao"},   {"林", "lin"},   {"罗", "luo"},
    {"郑", "zheng"}, {"梁", "liang"}, {"谢", "xie"},   {"宋", "song"},  {"唐", "tang"},
    {"许", "xu"},    {"韩", "han"},   {"冯", "feng"},  {"邓", "deng"},  {"曹", "cao"},
}};

constexpr std::array<Hanzi, 40> kGivenNames{{
    {"伟", "wei"},   {"芳", "fang"}, {"娜", "na"},    {"敏", "min"},   {"静", "jing"},
    {"丽", "li"},    {"强", "qiang"}, {"磊", "lei"},  {"军", "jun"},   {"洋", "yang"},
    {"勇", "yong"},  {"艳", "yan"},  {"杰", "jie"},   {"娟", "juan"},  {"涛", "tao"},
    {"明", "ming"},  {"超", "chao"}, {"秀", "xiu"},   {"霞", "xia"},   {"平", "ping"},
    {"刚", "gang"},  {"桂", "gui"},  {"英", "ying"},  {"华", "hua"},   {"建", "jian"},
    {"文", "wen"},   {"辉", "hui"},  {"玲", "ling"},  {"鹏", "peng"},  {"宇", "yu"},
    {"晨", "chen"},  {"欣", "xin"},  {"浩", "hao"},   {"婷", "ting"},  {"俊", "jun"},
    {"雪", "xue"},   {"琳", "lin"},  {"晓", "xiao"},  {"海", "hai"},   {"云", "yun"},
}};

constexpr std::array<Hanzi, 26> kBrands{{
    {"星辰", "xingchen"}, {"华信", "huaxin"},    {"宏达", "hongda"},   {"瑞丰", "ruifeng"},
    {"金桥", "jinqiao"},  {"恒通", "hengtong"},  {"博远", "boyuan"},   {"新锐", "xinrui"},
    {"天宇", "tianyu"},   {"鼎盛", "dingsheng"}, {"中科", "zhongke"},  {"盛世", "shengshi"},
    {"汇通", "huitong"},  {"蓝海", "lanhai"},    {"启明", "qiming"},   {"正和", "zhenghe"},
    {"远航", "yuanhang"}, {"同创", "tongchuang"}, {"安泰", "antai"},   {"润泽", "runze"},
    {"嘉禾", "jiahe"},    {"永信", "yongxin"},   {"聚源", "juyuan"},   {"东方", "dongfang"},
    {"海纳", "haina"},    {"凯旋", "kaixuan"},
}};

struct Industry {
    std::string_view label;
    std::string_view zh;
    std::string_view zhLatin;
    std::string_view en;
};

constexpr std::array<Industry, kIndustryCount> kIndustries{{
    {"Technology", "科技", "tech", "Systems"},
    {"Trading", "贸易", "trading", "Traders"},
    {"Manufacturing", "制造", "mfg", "Manufacturing"},
    {"Logistics", "物流", "logistics", "Logistics"},
    {"Food & Beverage", "餐饮", "food", "Foods"},
    {"Healthcare", "医药", "pharma", "Health"},
    {"Construction", "建筑", "build", "Builders"},
    {"Education", "教育", "edu", "Learning"},
    {"Electronics", "电子", "electronics", "Electronics"},
    {"Consulting", "咨询", "consulting", "Consulting"},
    {"Retail", "商贸", "retail", "Retail"},
    {"Energy", "能源", "energy", "Energy"},
}};

constexpr std::array<std::string_view, 3> kChineseCompanyForms{"有限公司", "股份有限公司",
                                                                "集团有限公司"};

constexpr std::array<std::string_view, 40> kFirstNames{
    "Emma",   "Oliver", "Amelia", "George", "Olivia", "Harry",  "Isla",    "Jack",
    "Ava",    "Noah",   "Sophie", "Leo",    "Grace",  "Oscar",  "Lily",    "Charlie",
    "Mia",    "Thomas", "Ella",   "James",  "Emily",  "William", "Chloe",  "Henry",
    "Lucy",   "Daniel", "Hannah", "Samuel", "Zoe",    "Lucas",  "Ruby",    "Ethan",
    "Alice",  "Max",    "Freya",  "Adam",   "Evie",   "Joseph", "Megan",   "David"};

constexpr std::array<std::string_view, 40> kLastNames{
    "Clarke", "Smith",  "Jones",  "Taylor", "Brown",    "Williams", "Wilson", "Johnson",
    "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White",  "Roberts",
    "Green",  "Hall",   "Wood",   "Jackson", "Clark",  "Hughes",   "Harris", "Lewis",
    "Martin", "Cooper", "King",   "Baker",  "Turner",  "Hill",     "Moore",  "Ward",
    "Morgan", "Carter", "Parker", "Bennett", "Fischer", "Schmidt", "Dubois", "Tan"};

constexpr std::array<std::string_view, 20> kEnglishBrands{
    "Northwind", "Blue Harbor", "Silver Oak", "Redwood",   "Summit",   "Pioneer",   "Crescent",
    "Granite",   "Evergreen",   "Lakeside",   "Brightway", "Ironbridge", "Westfield", "Harbourview",
    "Maple",     "Oakridge",    "Sterling",   "Atlas",     "Beacon",   "Cobalt"};

constexpr std::array<Place, 15> kChinesePlaces{{
    {"北京", "北京", "beijing", "+86 10", "cn", "", Language::Chinese},
    {"上海", "上海", "shanghai", "+86 21", "cn", "", Language::Chinese},
    {"广东", "广州", "guangzhou", "+86 20", "cn", "", Language::Chinese},
    {"广东", "深圳", "shenzhen", "+86 755", "cn", "", Language::Chinese},
    {"浙江", "杭州", "hangzhou", "+86 571", "cn", "", Language::Chinese},
    {"江苏", "南京", "nanjing", "+86 25", "cn", "", Language::Chinese},
    {"江苏", "苏州", "suzhou", "+86 512", "cn", "", Language::Chinese},
    {"四川", "成都", "chengdu", "+86 28", "cn", "", Language::Chinese},
    {"湖北", "武汉", "wuhan", "+86 27", "cn", "", Language::Chinese},
    {"陕西", "西安", "xian", "+86 29", "cn", "", Language::Chinese},
    {"天津", "天津", "tianjin", "+86 22", "cn", "", Language::Chinese},
    {"重庆", "重庆", "chongqing", "+86 23", "cn", "", Language::Chinese},
    {"山东", "青岛", "qingdao", "+86 532", "cn", "", Language::Chinese},
    {"福建", "厦门", "xiamen", "+86 592", "cn", "", Language::Chinese},
    {"湖南", "长沙", "changsha", "+86 731", "cn", "", Language::Chinese},
}};
// How often each Chinese place comes up: the big cities more.
constexpr std::array<int, 15> kChinesePlaceWeights{14, 14, 8, 10, 8, 6, 6, 6, 5, 4, 4, 4, 4, 3, 4};

constexpr std::array<Place, 9> kInternationalPlaces{{
    {"London", "London", "london", "+44 20", "co.uk", "Ltd", Language::English},
    {"Manchester", "Manchester", "manchester", "+44 161", "co.uk", "Ltd", Language::English},
    {"New York", "New York", "newyork", "+1 212", "com", "Inc.", Language::English},
    {"San Francisco", "San Francisco", "sf", "+1 415", "com", "LLC", Language::English},
    {"Toronto", "Toronto", "toronto", "+1 416", "ca", "Inc.", Language::English},
    {"Sydney", "Sydney", "sydney", "+61 2", "com.au", "Pty Ltd", Language::English},
    {"Singapore", "Singapore", "singapore", "+65", "sg", "Pte Ltd", Language::English},
    {"Hamburg", "Hamburg", "hamburg", "+49 40", "de", "GmbH", Language::English},
    {"Hong Kong", "Hong Kong", "hongkong", "+852", "hk", "Limited", Language::English},
}};

constexpr std::array<std::string_view, 8> kChineseStreets{
    "建国路", "人民路", "中山路", "解放路", "长江路", "科技园路", "滨江大道", "工业园路"};
constexpr std::array<std::string_view, 8> kEnglishStreets{
    "High Street", "Station Road", "Church Lane", "Market Street",
    "King Street", "Harbour Road", "Park Avenue", "Mill Lane"};
constexpr std::array<std::string_view, 6> kDistricts{"朝阳区", "海淀区", "浦东新区",
                                                     "高新区", "天河区", "经开区"};

constexpr std::array<std::string_view, 4> kChineseReps{"王芳", "李强", "陈静", "刘洋"};
constexpr std::array<std::string_view, 3> kEnglishReps{"Tom Baker", "Sarah Lee", "Daniel Wong"};
constexpr std::array<std::string_view, 2> kChineseSupport{"客服-赵敏", "客服-孙浩"};
constexpr std::array<std::string_view, 2> kEnglishSupport{"Support - Kate Hill",
                                                          "Support - Ben Ward"};

constexpr std::array<std::string_view, 10> kTags{
    "VIP", "key-account", "distributor", "referral", "trade-fair",
    "newsletter", "price-sensitive", "online", "重点客户", "老客户"};

template <class T, std::size_t N>
const T& pickFrom(DemoRandom& rng, const std::array<T, N>& items) {
    return rng.pick(std::span<const T>(items));
}

std::string digits(DemoRandom& rng, int count) {
    std::string out;
    for (int i = 0; i < count; ++i)
        out += static_cast<char>('0' + rng.below(10));
    return out;
}

PersonName chineseName(DemoRandom& rng) {
    const Hanzi& surname = pickFrom(rng, kSurnames);
    const Hanzi& first = pickFrom(rng, kGivenNames);
    PersonName name{std::string(surname.text) + std::string(first.text),
                    std::string(surname.pinyin) + "." + std::string(first.pinyin)};
    if (rng.chance(0.55)) { // two-character given names are as common as one
        const Hanzi& second = pickFrom(rng, kGivenNames);
        name.display += second.text;
        name.emailLocal += second.pinyin;
    }
    return name;
}

std::string lowerSlug(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if (c >= 'a' && c <= 'z')
            out += c;
        else if (c == ' ' && !out.empty() && out.back() != '-')
            out += '-';
    }
    return out;
}

} // namespace

std::string_view industryLabel(int industry) {
    return kIndustries[static_cast<std::size_t>(industry)].label;
}

const Place& pickPlace(DemoRandom& rng, Language language) {
    if (language == Language::English)
        return pickFrom(rng, kInternationalPlaces);
    return kChinesePlaces[rng.weighted(kChinesePlaceWeights)];
}

PersonName personName(DemoRandom& rng, Language language) {
    if (language == Language::Chinese)
        return chineseName(rng);
    const std::string_view first = pickFrom(rng, kFirstNames);
    const std::string_view last = pickFrom(rng, kLastNames);
    return {std::string(first) + " " + std::string(last),
            lowerSlug(first) + "." + lowerSlug(last)};
}

OrganisationName organisationName(DemoRandom& rng, const Place& place, int industry) {
    const Industry& ind = kIndustries[static_cast<std::size_t>(industry)];
    if (place.language == Language::Chinese) {
        const Hanzi& brand = pickFrom(rng, kBrands);
        return {std::string(place.city) + std::string(brand.text) + std::string(ind.zh) +
                    std::string(pickFrom(rng, kChineseCompanyForms)),
                std::string(brand.pinyin) + "-" + std::string(ind.zhLatin) + "." +
                    std::string(place.emailTld)};
    }
    const std::string_view brand = pickFrom(rng, kEnglishBrands);
    return {std::string(brand) + " " + std::string(ind.en) + " " + std::string(place.companySuffix),
            lowerSlug(brand) + "-" + lowerSlug(ind.en) + "." + std::string(place.emailTld)};
}

std::string phoneNumber(DemoRandom& rng, const Place& place, bool mobile) {
    if (place.language == Language::Chinese && mobile)
        return "1" + std::to_string(rng.between(30, 89)) + "-" + digits(rng, 4) + "-" +
               digits(rng, 4);
    return std::string(place.phonePrefix) + " " + digits(rng, 4) + " " + digits(rng, 4);
}

std::string streetAddress(DemoRandom& rng, const Place& place) {
    const std::string number = std::to_string(rng.between(1, 300));
    if (place.language == Language::Chinese)
        return std::string(place.city) + "市" + std::string(pickFrom(rng, kDistricts)) +
               std::string(pickFrom(rng, kChineseStreets)) + number + "号";
    return number + " " + std::string(pickFrom(rng, kEnglishStreets)) + ", " +
           std::string(place.city);
}

std::string_view salesRep(DemoRandom& rng, Language language) {
    return language == Language::Chinese ? pickFrom(rng, kChineseReps)
                                         : pickFrom(rng, kEnglishReps);
}

std::string_view supportAgent(DemoRandom& rng, Language language) {
    return language == Language::Chinese ? pickFrom(rng, kChineseSupport)
                                         : pickFrom(rng, kEnglishSupport);
}

std::string_view customerTag(DemoRandom& rng) { return pickFrom(rng, kTags); }

} // namespace crm::demo
