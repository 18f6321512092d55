#pragma once
// Combo boxes offering the record enums (contact roles, interaction types,
// complaint statuses, company stages, customer kinds) by their translated
// names, with the enum as item data, so findData finds a value. The names
// are the "Domain" context's, as in detail/detail_text.h.
#include "crm/contact.h"
#include "crm/customer.h"
#include "crm/interaction.h"

#include <QComboBox>
#include <QString>
#include <optional>

namespace crm::ui {

void fillContactRoles(QComboBox* combo);
void fillInteractionTypes(QComboBox* combo);
void fillComplaintStatuses(QComboBox* combo);
// With a first "not known" entry (no data).
void fillCompanyStages(QComboBox* combo);
void fillCustomerKinds(QComboBox* combo);

// The enum in the combo's current item; none for an item without data.
template <class E> std::optional<E> currentValue(const QComboBox* combo) {
    const QVariant data = combo->currentData();
    if (!data.isValid())
        return std::nullopt;
    return static_cast<E>(data.toInt());
}

template <class E> void selectValue(QComboBox* combo, const std::optional<E>& value) {
    combo->setCurrentIndex(value ? combo->findData(static_cast<int>(*value)) : 0);
}

} // namespace crm::ui
