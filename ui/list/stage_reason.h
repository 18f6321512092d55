#pragma once
// Why a customer's stage changed, in the user's language. The lifecycle
// rules store their reason as an English sentence of a few fixed forms
// (analytics/lifecycle.cpp, reasonFor): each form is recognised here and said
// again through tr(). Anything else, such as the note of a stage set by hand,
// is shown as written.
#include <QCoreApplication>
#include <QString>

#include <string>

namespace crm::ui {

class StageReason {
    Q_DECLARE_TR_FUNCTIONS(crm::ui::StageReason)
public:
    static QString text(const std::string& stored);
};

} // namespace crm::ui
