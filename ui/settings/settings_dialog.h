#pragma once
// Settings: current user, currency shown, language, lifecycle thresholds.
#include <QDialog>

namespace crm::ui {

class Session;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Session* session, QWidget* parent = nullptr);
    ~SettingsDialog() override;

private:
    Session* m_session;
};

} // namespace crm::ui
