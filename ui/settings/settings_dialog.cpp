#include "settings/settings_dialog.h"

namespace crm::ui {

// Placeholder until the settings dialog is built (issue 5).
SettingsDialog::SettingsDialog(Session* session, QWidget* parent)
    : QDialog(parent), m_session(session) {}
SettingsDialog::~SettingsDialog() = default;

} // namespace crm::ui
