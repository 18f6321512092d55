#include "detail/detail_text.h"

#include <QCoreApplication>

#include <span>

namespace crm::ui {

namespace {

// In the order of the enums.
constexpr const char* kRoles[] = {
    QT_TRANSLATE_NOOP("Domain", "Decision maker"), QT_TRANSLATE_NOOP("Domain", "Purchaser"),
    QT_TRANSLATE_NOOP("Domain", "Technical"),      QT_TRANSLATE_NOOP("Domain", "User"),
    QT_TRANSLATE_NOOP("Domain", "Other"),
};

constexpr const char* kInteractionTypes[] = {
    QT_TRANSLATE_NOOP("Domain", "Call"),    QT_TRANSLATE_NOOP("Domain", "Visit"),
    QT_TRANSLATE_NOOP("Domain", "Email"),   QT_TRANSLATE_NOOP("Domain", "Meeting"),
    QT_TRANSLATE_NOOP("Domain", "Complaint"), QT_TRANSLATE_NOOP("Domain", "Note"),
};

constexpr const char* kComplaintStates[] = {
    QT_TRANSLATE_NOOP("Domain", "Open"),
    QT_TRANSLATE_NOOP("Domain", "In progress"),
    QT_TRANSLATE_NOOP("Domain", "Resolved"),
};

constexpr const char* kCompanyStages[] = {
    QT_TRANSLATE_NOOP("Domain", "Start-up"),
    QT_TRANSLATE_NOOP("Domain", "Growth"),
    QT_TRANSLATE_NOOP("Domain", "Mature"),
};

// Not a template over the array size: GCC 12 -O2 merged the instances and
// warned (-Warray-bounds) about one array with another's size.
QString nameIn(std::span<const char* const> names, int value) {
    const auto index = static_cast<std::size_t>(value);
    return index < names.size() ? QCoreApplication::translate("Domain", names[index]) : QString();
}

} // namespace

QString contactRoleName(ContactRole role) { return nameIn(kRoles, static_cast<int>(role)); }
QString interactionTypeName(InteractionType type) { return nameIn(kInteractionTypes, static_cast<int>(type)); }
QString complaintStatusName(ComplaintStatus status) { return nameIn(kComplaintStates, static_cast<int>(status)); }
QString companyStageName(CompanyStage stage) { return nameIn(kCompanyStages, static_cast<int>(stage)); }

} // namespace crm::ui
