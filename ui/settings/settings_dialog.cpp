#include "settings/settings_dialog.h"

#include "crm/errors.h"
#include "crm/store/customer_query.h"
#include "crm/store/database.h"
#include "crm/store/lifecycle_rules_store.h"
#include "crm/store/lifecycle_rules_update.h"
#include "edit/message_box.h"
#include "list/domain_text.h"
#include "main/app_settings.h"
#include "main/session.h"
#include "settings/lifecycle_replay_runner.h"
#include "settings/lifecycle_rules_editor.h"
#include "ui_settings_dialog.h"

#include <QCompleter>
#include <QPushButton>

namespace crm::ui {

SettingsDialog::SettingsDialog(Session* session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_session(session) {
    m_ui->setupUi(this);
    m_rules = new LifecycleRulesEditor(m_ui->rulesLayout, m_ui->rulesWidget);
    loadGeneral();
    loadDatabaseSettings();
    connect(m_rules, &LifecycleRulesEditor::validityChanged, this, &SettingsDialog::updateOk);
    connect(m_ui->restoreDefaultsButton, &QPushButton::clicked, this,
            [this] { m_rules->setRules(lifecycle::Rules{}); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    updateOk();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::loadGeneral() {
    m_ui->currentUserEdit->setText(AppSettings::currentUser());
    m_ui->backupIntervalSpin->setValue(AppSettings::backupIntervalDays());
    m_ui->backupKeepSpin->setValue(AppSettings::backupKeepCount());
    // Language names in their own language: a reader of either finds theirs.
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(AppSettings::language())));
}

void SettingsDialog::loadDatabaseSettings() {
    const bool open = m_session && m_session->isOpen();
    m_ui->lifecycleTab->setEnabled(open);
    if (!open) {
        m_ui->currencyValue->setText(tr("No database is open."));
        m_ui->rulesNote->setText(tr("Open a database to see its thresholds."));
        return;
    }
    const Currency& currency = m_session->database().currency();
    // Not %n: without an English translation file Qt would show "place(s)".
    const QString places = currency.decimals == 1 ? tr("1 decimal place")
                                                  : tr("%1 decimal places").arg(currency.decimals);
    m_ui->currencyValue->setText(
        tr("%1, %2 (for example %3)")
            .arg(toQ(currency.code), places, moneyText(123456789, currency)));
    offerOwners();
    try {
        m_rules->setRules(LifecycleRulesStore(m_session->database()).load());
    } catch (const Error& e) {
        m_ui->rulesNote->setText(tr("The stored thresholds cannot be read: %1").arg(toQ(e.what())));
        m_ui->lifecycleTab->setEnabled(false);
        return;
    }
    if (m_session->isReadOnly()) {
        m_rules->setReadOnly(true);
        m_ui->restoreDefaultsButton->setEnabled(false);
        m_ui->rulesNote->setText(tr("This file is read-only: the thresholds cannot be changed."));
        return;
    }
    m_storedRules = m_rules->rules();
}

void SettingsDialog::offerOwners() {
    QStringList owners;
    for (const std::string& owner :
         CustomerQuery(m_session->database()).distinctValues(CustomerField::Owner))
        owners << toQ(owner);
    auto* completer = new QCompleter(owners, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->currentUserEdit->setCompleter(completer);
}

void SettingsDialog::updateOk() {
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_rules->isValid() && !m_saving);
}

void SettingsDialog::accept() {
    if (m_saving || !m_rules->isValid())
        return; // the field at fault says why
    AppSettings::setCurrentUser(m_ui->currentUserEdit->text());
    AppSettings::setBackupIntervalDays(m_ui->backupIntervalSpin->value());
    AppSettings::setBackupKeepCount(m_ui->backupKeepSpin->value());
    if (m_session)
        m_session->applyCurrentUser();
    AppSettings::setLanguage(m_ui->languageCombo->currentData().toString());
    if (!saveRules())
        return;
    QDialog::accept();
}

bool SettingsDialog::saveRules() {
    const auto rules = m_rules->rules();
    if (!m_storedRules || !rules)
        return true; // nothing that can be stored
    m_saving = true;
    updateOk();
    bool stored = false;
    try {
        stored = !storeLifecycleRules(m_session->database(), *rules).empty();
    } catch (const Error& e) {
        MessageBox::warning(this, tr("Cannot save the thresholds"), toQ(e.what()));
        m_saving = false;
        updateOk();
        return false;
    }
    if (stored)
        offerReplay();
    m_saving = false;
    return true;
}

void SettingsDialog::offerReplay() {
    const auto answer = MessageBox::question(
        this, tr("Re-derive the stages?"),
        tr("The lifecycle thresholds changed. Re-derive every customer's stage under the new "
           "thresholds now?\n\nOn a large database this takes a while; you can cancel it, and the "
           "stages are otherwise re-derived the next time the lifecycle report runs."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    const ReplayOutcome outcome =
        LifecycleReplayRunner::run(this, m_session->path(), m_session->today());
    if (!outcome.error.isEmpty())
        MessageBox::warning(this, tr("Re-deriving the stages failed"), outcome.error);
    else if (outcome.result.cancelled)
        MessageBox::information(this, tr("Re-deriving stopped"),
                                tr("Stopped after %1 customers; the others keep their stages until "
                                   "the next re-derivation.")
                                    .arg(outcome.result.customers));
    m_session->notifyCustomersChanged();
}

} // namespace crm::ui
