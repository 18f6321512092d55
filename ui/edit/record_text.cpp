#include "edit/record_text.h"

#include "list/domain_text.h"

#include <QCoreApplication>

namespace crm::ui {

namespace {

// Source strings of the translations (context "Domain", like domain_text.cpp).
constexpr const char* kRoles[] = {
    QT_TRANSLATE_NOOP("Domain", "Decision maker"), QT_TRANSLATE_NOOP("Domain", "Purchaser"),
    QT_TRANSLATE_NOOP("Domain", "Technical"),      QT_TRANSLATE_NOOP("Domain", "User"),
    QT_TRANSLATE_NOOP("Domain", "Other"),
};
constexpr const char* kTypes[] = {
    QT_TRANSLATE_NOOP("Domain", "Call"),      QT_TRANSLATE_NOOP("Domain", "Visit"),
    QT_TRANSLATE_NOOP("Domain", "Email"),     QT_TRANSLATE_NOOP("Domain", "Meeting"),
    QT_TRANSLATE_NOOP("Domain", "Complaint"), QT_TRANSLATE_NOOP("Domain", "Note"),
};
constexpr const char* kStatuses[] = {
    QT_TRANSLATE_NOOP("Domain", "Open"),
    QT_TRANSLATE_NOOP("Domain", "In progress"),
    QT_TRANSLATE_NOOP("Domain", "Resolved"),
};
constexpr const char* kCompanyStages[] = {
    QT_TRANSLATE_NOOP("Domain", "Start-up"),
    QT_TRANSLATE_NOOP("Domain", "Growth"),
    QT_TRANSLATE_NOOP("Domain", "Mature"),
};

QString translated(const char* source) {
    return QCoreApplication::translate("Domain", source);
}

template <std::size_t N> void fill(QComboBox* combo, const char* const (&names)[N]) {
    combo->clear();
    for (std::size_t i = 0; i < N; ++i)
        combo->addItem(translated(names[i]), static_cast<int>(i));
}

} // namespace

void fillContactRoles(QComboBox* combo) {
    fill(combo, kRoles);
}
void fillInteractionTypes(QComboBox* combo) {
    fill(combo, kTypes);
}
void fillComplaintStatuses(QComboBox* combo) {
    fill(combo, kStatuses);
}

void fillCompanyStages(QComboBox* combo) {
    fill(combo, kCompanyStages);
    combo->insertItem(0, QCoreApplication::translate("Domain", "Not known"));
}

void fillCustomerKinds(QComboBox* combo) {
    combo->clear();
    for (CustomerKind kind : {CustomerKind::Organisation, CustomerKind::Person})
        combo->addItem(kindName(kind), static_cast<int>(kind));
}

} // namespace crm::ui
