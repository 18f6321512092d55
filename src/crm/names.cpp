#include "crm/names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace crm {

namespace {

struct Name {
    std::string_view key;
    std::string_view alias;   // English alternative, lower case
    std::string_view chinese; // 中文
};

template <typename Enum, std::size_t N>
std::string_view keyOf(const std::array<Name, N>& names, Enum value) {
    return names[static_cast<std::size_t>(value)].key;
}

std::string folded(std::string_view text) {
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '_' && c != '-')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

template <typename Enum, std::size_t N>
std::optional<Enum> parseName(const std::array<Name, N>& names, std::string_view text) {
    for (std::size_t i = 0; i < N; ++i) // the stored keys: no folding (every row of a list or export)
        if (text == names[i].key)
            return static_cast<Enum>(i);
    const std::string wanted = folded(text);
    for (std::size_t i = 0; i < N; ++i) {
        const auto& n = names[i];
        if (wanted == folded(n.key) || (!n.alias.empty() && wanted == folded(n.alias)) ||
            wanted == n.chinese)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

constexpr std::array<Name, 6> kStages{{
    {"prospect", "potential", "潜在客户"},
    {"exploration", "trial", "考察期"},
    {"formation", "growth", "形成期"},
    {"stability", "stable", "稳定期"},
    {"decline", "declining", "退化期"},
    {"lost", "churned", "流失"},
}};
constexpr std::array<Name, 2> kKinds{{
    {"organisation", "org", "组织"},
    {"person", "individual", "个人"},
}};
constexpr std::array<Name, 3> kCompanyStages{{
    {"start-up", "startup", "初创期"},
    {"growth", "growing", "成长期"},
    {"mature", "maturity", "成熟期"},
}};
constexpr std::array<Name, 5> kRoles{{
    {"decision-maker", "decisionmaker", "决策者"},
    {"purchaser", "purchasing", "采购"},
    {"technical", "tech", "技术"},
    {"user", "end-user", "使用者"},
    {"other", "", "其他"},
}};
constexpr std::array<Name, 6> kInteractionTypes{{
    {"call", "phone", "电话"},
    {"visit", "", "拜访"},
    {"email", "e-mail", "邮件"},
    {"meeting", "", "会议"},
    {"complaint", "", "投诉"},
    {"note", "", "备注"},
}};
constexpr std::array<Name, 3> kComplaintStatuses{{
    {"open", "new", "未处理"},
    {"in-progress", "inprogress", "处理中"},
    {"resolved", "closed", "已解决"},
}};

constexpr std::array<std::string_view, 6> kStageLabels{
    "Prospect", "Exploration", "Formation", "Stability", "Decline", "Lost"};
constexpr std::array<std::string_view, 6> kStageFocus{
    "Qualify: is this really a target customer?",
    "Answer questions fast, reduce uncertainty, make the first orders succeed.",
    "Raise satisfaction and loyalty; widen and deepen the business.",
    "Keep it: service quality, personal care, loyalty; ask for referrals.",
    "Decide: invest to win it back, or let it go with little further spend.",
    "Analyse why it was lost; try a win-back campaign.",
};

} // namespace

std::string_view toKey(Stage stage) { return keyOf(kStages, stage); }
std::string_view toKey(CustomerKind kind) { return keyOf(kKinds, kind); }
std::string_view toKey(CompanyStage stage) { return keyOf(kCompanyStages, stage); }
std::string_view toKey(ContactRole role) { return keyOf(kRoles, role); }
std::string_view toKey(InteractionType type) { return keyOf(kInteractionTypes, type); }
std::string_view toKey(ComplaintStatus status) { return keyOf(kComplaintStatuses, status); }

std::optional<Stage> parseStage(std::string_view text) {
    return parseName<Stage>(kStages, text);
}
std::optional<CustomerKind> parseCustomerKind(std::string_view text) {
    return parseName<CustomerKind>(kKinds, text);
}
std::optional<CompanyStage> parseCompanyStage(std::string_view text) {
    return parseName<CompanyStage>(kCompanyStages, text);
}
std::optional<ContactRole> parseContactRole(std::string_view text) {
    return parseName<ContactRole>(kRoles, text);
}
std::optional<InteractionType> parseInteractionType(std::string_view text) {
    return parseName<InteractionType>(kInteractionTypes, text);
}
std::optional<ComplaintStatus> parseComplaintStatus(std::string_view text) {
    return parseName<ComplaintStatus>(kComplaintStatuses, text);
}

std::string_view stageLabel(Stage stage) { return kStageLabels[static_cast<std::size_t>(stage)]; }
std::string_view stageLabelZh(Stage stage) {
    return kStages[static_cast<std::size_t>(stage)].chinese;
}
std::string_view stageFocus(Stage stage) { return kStageFocus[static_cast<std::size_t>(stage)]; }

} // namespace crm
