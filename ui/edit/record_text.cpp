#include "edit/record_text.h"

#include "detail/detail_text.h"
#include "list/domain_text.h"

#include <QCoreApplication>

namespace crm::ui {

namespace {

// The enum's values 0..count-1 by the names detail_text.h gives them.
template <class E>
void fill(QComboBox* combo, int count, QString (*name)(E)) {
    combo->clear();
    for (int i = 0; i < count; ++i)
        combo->addItem(name(static_cast<E>(i)), i);
}

} // namespace

void fillContactRoles(QComboBox* combo) { fill<ContactRole>(combo, 5, contactRoleName); }
void fillInteractionTypes(QComboBox* combo) { fill<InteractionType>(combo, 6, interactionTypeName); }
void fillComplaintStatuses(QComboBox* combo) { fill<ComplaintStatus>(combo, 3, complaintStatusName); }

void fillCompanyStages(QComboBox* combo) {
    fill<CompanyStage>(combo, 3, companyStageName);
    combo->insertItem(0, QCoreApplication::translate("Domain", "Not known"));
}

void fillCustomerKinds(QComboBox* combo) {
    combo->clear();
    for (CustomerKind kind : {CustomerKind::Organisation, CustomerKind::Person})
        combo->addItem(kindName(kind), static_cast<int>(kind));
}

} // namespace crm::ui
