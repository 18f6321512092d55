#pragma once
// The thirteen lifecycle thresholds (analytics/lifecycle_settings.h) as
// fields of the settings dialog: each checked as you type with the domain's
// own limits and cross checks, the reason shown under the field at fault.
#include "crm/analytics/lifecycle.h"

#include <QObject>
#include <optional>
#include <string_view>
#include <vector>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace crm::ui {

class LifecycleRulesEditor : public QObject {
    Q_OBJECT
public:
    // Adds a row per threshold to `grid`.
    LifecycleRulesEditor(QGridLayout* grid, QWidget* parent);

    void setRules(const lifecycle::Rules& rules);
    // The rules typed, when every field is valid.
    std::optional<lifecycle::Rules> rules() const;
    bool isValid() const { return rules().has_value(); }
    void setReadOnly(bool readOnly);
    QLineEdit* field(std::string_view key) const;
    // The reason the field is refused; empty when it is fine.
    QString errorText(std::string_view key) const;

signals:
    void validityChanged(bool valid);

private:
    struct Row {
        std::string_view key;
        QLineEdit* field = nullptr;
        QLabel* error = nullptr;
    };
    void addRow(QGridLayout* grid, QWidget* parent, std::string_view key);
    void validate();
    const Row* rowOf(std::string_view key) const;

    std::vector<Row> m_rows;
    bool m_valid = true;
};

} // namespace crm::ui
