#include "settings/lifecycle_rules_editor.h"

#include "crm/analytics/lifecycle_settings.h"
#include "crm/errors.h"
#include "list/domain_text.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <map>

namespace crm::ui {

namespace {

struct RuleText {
    const char* key;
    const char* label;
    const char* help;
};

// lupdate finds these in context "LifecycleRules".
constexpr RuleText kRuleTexts[] = {
    {"lifecycle.lost_after_days",
     QT_TRANSLATE_NOOP("LifecycleRules", "Lost after (days without a purchase)"),
     QT_TRANSLATE_NOOP("LifecycleRules",
                       "A customer with no purchase for this many days is Lost.")},
    {"lifecycle.recent_days", QT_TRANSLATE_NOOP("LifecycleRules", "Recent revenue window (days)"),
     QT_TRANSLATE_NOOP("LifecycleRules",
                       "The revenue signal compares the revenue of this many recent days...")},
    {"lifecycle.baseline_days",
     QT_TRANSLATE_NOOP("LifecycleRules", "Compared with the average of (days before)"),
     QT_TRANSLATE_NOOP("LifecycleRules",
                       "...with the average revenue per window over this many days before them.")},
    {"lifecycle.decline_revenue_ratio",
     QT_TRANSLATE_NOOP("LifecycleRules", "Decline below (share of the average)"),
     QT_TRANSLATE_NOOP(
         "LifecycleRules",
         "Recent revenue below this share of the average (0.5 = half) signals Decline.")},
    {"lifecycle.recovery_revenue_ratio",
     QT_TRANSLATE_NOOP("LifecycleRules", "Recovered at (share of the average)"),
     QT_TRANSLATE_NOOP("LifecycleRules",
                       "A declining customer is back in Formation once recent revenue reaches this "
                       "share; not below the decline share.")},
    {"lifecycle.decline_confirm_days",
     QT_TRANSLATE_NOOP("LifecycleRules", "Decline confirmed after (days)"),
     QT_TRANSLATE_NOOP("LifecycleRules",
                       "A revenue decline counts once its signal has held this many days.")},
    {"lifecycle.gap_factor",
     QT_TRANSLATE_NOOP("LifecycleRules", "Silence signals Decline after (mean gaps)"),
     QT_TRANSLATE_NOOP(
         "LifecycleRules",
         "No purchase for longer than this many mean gaps between purchases signals Decline...")},
    {"lifecycle.min_silence_days", QT_TRANSLATE_NOOP("LifecycleRules", "...and at least (days)"),
     QT_TRANSLATE_NOOP("LifecycleRules", "...when the silence is also at least this many days.")},
    {"lifecycle.exploration_purchases",
     QT_TRANSLATE_NOOP("LifecycleRules", "Exploration until (purchases)"),
     QT_TRANSLATE_NOOP("LifecycleRules",
                       "With fewer purchases than this the customer is still in Exploration.")},
    {"lifecycle.exploration_days",
     QT_TRANSLATE_NOOP("LifecycleRules", "Exploration for (days after the first purchase)"),
     QT_TRANSLATE_NOOP(
         "LifecycleRules",
         "A customer whose first purchase is more recent than this is still in Exploration.")},
    {"lifecycle.stability_days",
     QT_TRANSLATE_NOOP("LifecycleRules", "Stability after (days of relationship)"),
     QT_TRANSLATE_NOOP("LifecycleRules",
                       "Stability needs a relationship at least this many days old...")},
    {"lifecycle.stability_quarters",
     QT_TRANSLATE_NOOP("LifecycleRules", "...with purchases in (of the last 4 quarters)"),
     QT_TRANSLATE_NOOP(
         "LifecycleRules",
         "...and purchases in at least this many of the last four quarters (1 to 4).")},
    {"lifecycle.quarter_days", QT_TRANSLATE_NOOP("LifecycleRules", "Quarter length (days)"),
     QT_TRANSLATE_NOOP("LifecycleRules", "The length of the quarter windows above.")},
};

const RuleText* textOf(std::string_view key) {
    for (const RuleText& t : kRuleTexts)
        if (key == t.key)
            return &t;
    return nullptr;
}

QString translated(const char* source) {
    return QCoreApplication::translate("LifecycleRules", source);
}

// The domain's message, e.g. "'10' is not a whole number from 30 to 3650".
QString errorOf(const FieldError& e) {
    return QCoreApplication::translate("LifecycleRules", "Not accepted: %1").arg(toQ(e.message));
}

} // namespace

LifecycleRulesEditor::LifecycleRulesEditor(QGridLayout* grid, QWidget* parent) : QObject(parent) {
    grid->setColumnStretch(3, 1);
    for (const auto& setting : lifecycle::ruleSettings())
        addRow(grid, parent, setting.key);
    setRules(lifecycle::Rules{});
}

void LifecycleRulesEditor::addRow(QGridLayout* grid, QWidget* parent, std::string_view key) {
    const RuleText* text = textOf(key);
    const int row = grid->rowCount();
    Row r{key, new QLineEdit(parent), new QLabel(parent)};
    r.field->setObjectName(toQ(std::string(key)));
    r.field->setMaximumWidth(
        r.field->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    auto* label = new QLabel(text ? translated(text->label) : toQ(std::string(key)), parent);
    label->setBuddy(r.field);
    const QString help =
        (text ? translated(text->help) + QLatin1Char('\n') : QString()) + toQ(std::string(key));
    label->setToolTip(help);
    r.field->setToolTip(help);
    auto* defaults = new QLabel(QCoreApplication::translate("LifecycleRules", "default %1")
                                    .arg(toQ(lifecycle::ruleValue(lifecycle::Rules{}, key))),
                                parent);
    defaults->setEnabled(false);
    r.error->setStyleSheet(QStringLiteral("color: #a31d1d;"));
    r.error->setWordWrap(true);
    r.error->hide();
    grid->addWidget(label, row, 0);
    grid->addWidget(r.field, row, 1);
    grid->addWidget(defaults, row, 2);
    grid->addWidget(r.error, row + 1, 1, 1, 3);
    connect(r.field, &QLineEdit::textChanged, this, &LifecycleRulesEditor::validate);
    m_rows.push_back(r);
}

void LifecycleRulesEditor::setRules(const lifecycle::Rules& rules) {
    for (const Row& r : m_rows) {
        const QSignalBlocker quiet(r.field);
        r.field->setText(toQ(lifecycle::ruleValue(rules, r.key)));
    }
    validate();
}

std::optional<lifecycle::Rules> LifecycleRulesEditor::rules() const {
    lifecycle::Rules rules;
    try {
        for (const Row& r : m_rows)
            lifecycle::setRuleValue(rules, r.key, toStd(r.field->text().trimmed()));
    } catch (const ValidationError&) {
        return std::nullopt;
    }
    if (!lifecycle::crossCheck(rules).empty())
        return std::nullopt;
    return rules;
}

void LifecycleRulesEditor::validate() {
    std::map<std::string, QString, std::less<>> errors;
    lifecycle::Rules rules;
    for (const Row& r : m_rows) {
        try {
            lifecycle::setRuleValue(rules, r.key, toStd(r.field->text().trimmed()));
        } catch (const ValidationError& e) {
            errors[std::string(r.key)] = errorOf(e.errors().front());
        }
    }
    if (errors.empty()) // the limits between two settings only mean something once each is valid
        for (const FieldError& e : lifecycle::crossCheck(rules))
            errors[e.field] = errorOf(e);
    for (const Row& r : m_rows) {
        const auto it = errors.find(r.key);
        r.error->setText(it == errors.end() ? QString() : it->second);
        r.error->setVisible(it != errors.end());
    }
    if (const bool valid = errors.empty(); valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

void LifecycleRulesEditor::setReadOnly(bool readOnly) {
    for (const Row& r : m_rows)
        r.field->setReadOnly(readOnly);
}

const LifecycleRulesEditor::Row* LifecycleRulesEditor::rowOf(std::string_view key) const {
    for (const Row& r : m_rows)
        if (r.key == key)
            return &r;
    return nullptr;
}

QLineEdit* LifecycleRulesEditor::field(std::string_view key) const {
    const Row* r = rowOf(key);
    return r ? r->field : nullptr;
}

QString LifecycleRulesEditor::errorText(std::string_view key) const {
    const Row* r = rowOf(key);
    return r ? r->error->text() : QString();
}

} // namespace crm::ui
