#pragma once
// Settings: current user, currency shown, language, lifecycle thresholds.
// The user and the language are the person's (QSettings); the currency and
// the thresholds belong to the open database, so every user of the file
// sees the same. Saving changed thresholds offers to re-derive the stages.
#include "crm/analytics/lifecycle.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class SettingsDialog;
}

namespace crm::ui {

class LifecycleRulesEditor;
class Session;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Session* session, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    LifecycleRulesEditor* rulesEditor() const { return m_rules; }

public slots:
    void accept() override;

private:
    void loadGeneral();
    void loadDatabaseSettings();
    void offerOwners();
    void updateOk();
    // False when the dialog must stay open (the rules could not be stored).
    bool saveRules();
    void offerReplay();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Session* m_session;
    LifecycleRulesEditor* m_rules;
    std::optional<lifecycle::Rules> m_storedRules; // none: no database, or read-only
    bool m_saving = false;
};

} // namespace crm::ui
