#include "main/main_window.h"

#include "crm/errors.h"
#include "crm/store/database.h"
#include "crm/store/file_location.h"
#include "csv/csv_actions.h"
#include "edit/edit_controller.h"
#include "list/customer_list_model.h"
#include "list/listed_check.h"
#include "main/app_settings.h"
#include "main/backup_actions.h"
#include "main/session.h"
#include "settings/settings_dialog.h"
#include "ui_main_window.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>

namespace crm::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()),
      m_session(new Session(this)), m_model(new CustomerListModel(this)), m_listedCheck(new ListedCheck(this)),
      m_editor(new EditController(m_session, this, this)), m_csv(new CsvActions(m_session, this, this)),
      m_backups(new BackupActions(m_session, this, this)) {
    m_ui->setupUi(this);
    m_ui->customerTable->setModel(m_model);
    m_ui->customerTable->verticalHeader()->hide();
    m_ui->customerTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->customerTable->horizontalHeader()->setSortIndicator(CustomerListModel::NameColumn,
                                                             Qt::AscendingOrder);
    m_ui->customerTable->horizontalHeader()->setSectionsMovable(true);
    setDefaultColumnWidths();
    m_ui->splitter->setSizes({760, 520});
    setWindowIcon(QIcon(QStringLiteral(":/icons/crm.svg")));
    m_ui->detailView->setSession(m_session);
    m_ui->todayView->setSession(m_session);
    m_ui->dashboardView->setSession(m_session);
    m_ui->filterBar->setCurrentUser(AppSettings::currentUser());
    createMenus();
    connectViews();
    restoreLayout();
    updateActions();
}

MainWindow::~MainWindow() {
    m_session->close(); // while the views that stop their workers still exist
}

void MainWindow::connectViews() {
    connect(m_session, &Session::opened, this, &MainWindow::onOpened);
    connect(m_session, &Session::closed, this, &MainWindow::onClosed);
    connect(m_session, &Session::closing, m_listedCheck, &ListedCheck::cancel);
    connect(m_listedCheck, &ListedCheck::unlisted, this, [this](qint64 id) {
        if (id != m_ui->detailView->customerId() || m_ui->customerTable->selectionModel()->currentIndex().isValid())
            return; // another customer was chosen meanwhile
        m_ui->detailView->showCustomer(0);
        updateActions();
    });
    connect(m_backups, &BackupActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_session, &Session::customersChanged, m_model, &CustomerListModel::refresh);
    connect(m_session, &Session::customerChanged, this, [this](qint64 id) {
        if (id == m_ui->detailView->customerId())
            m_ui->detailView->showCustomer(id);
    });
    connect(m_model, &CustomerListModel::countChanged, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::onSelectionChanged);
    connect(m_ui->filterBar, &CustomerFilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_ui->dashboardView, &DashboardView::drillDown, this, &MainWindow::showDrillDown);
    connect(m_ui->drillDownClear, &QPushButton::clicked, this,
            [this] { applyFilter(m_ui->filterBar->filter()); });
    connect(m_ui->customerTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_ui->customerTable, &QAbstractItemView::doubleClicked, this, &MainWindow::editSelected);
    connect(m_ui->todayView, &TodayView::openCustomer, this, &MainWindow::showCustomer);
    connect(m_ui->detailView, &CustomerDetailView::editRecordRequested, m_editor,
            &EditController::editRecord);
    connect(m_ui->detailView, &CustomerDetailView::deleteRecordRequested, m_editor,
            &EditController::deleteRecord);
    connect(m_editor, &EditController::customerAdded, this, &MainWindow::showCustomer);
    connect(m_ui->views, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->views->currentWidget() == m_ui->todayTab)
            m_ui->todayView->refresh();
        else if (m_ui->views->currentWidget() == m_ui->dashboardTab)
            m_ui->dashboardView->refresh();
    });
}

bool MainWindow::openDatabase(const QString& path, bool create) {
    try {
        if (create)
            QDir().mkpath(QFileInfo(path).absolutePath());
        m_session->open(path, create);
        AppSettings::addRecentFile(QFileInfo(path).absoluteFilePath());
        updateRecentMenu();
        return true;
    } catch (const StoreError& e) {
        if (e.kind() == StoreError::Kind::Damaged && m_backups->offerRestoreOfDamaged(path, QString::fromUtf8(e.what())))
            return openDatabase(path);
        QMessageBox::critical(this, tr("Cannot open the database"), QString::fromStdString(e.what()));
        return false;
    } catch (const Error& e) {
        QMessageBox::critical(this, tr("Cannot open the database"), QString::fromStdString(e.what()));
        return false;
    }
}

void MainWindow::onOpened() {
    const Database& db = m_session->database();
    setWindowTitle(tr("%1 - CRM").arg(QFileInfo(m_session->path()).fileName()));
    showBanner();
    m_ui->filterBar->loadChoicesInBackground(m_session->path());
    m_model->setDatabase(&db);
    m_ui->detailView->showCustomer(0);
    m_editor->undoStack()->clear();
    if (m_model->rowCount() > 0)
        m_ui->customerTable->selectRow(0);
    updateActions();
    m_backups->backUpIfDue();
}

// Read-only files and files on a network share get a warning above the list.
void MainWindow::showBanner() {
    QStringList warnings;
    if (m_session->isReadOnly())
        warnings << tr("This file is read-only: you can look, but changes cannot be saved.");
    if (const auto share = networkFileSystem(m_session->path().toStdString()))
        warnings << tr("This file is on a network share (%1). SQLite files must not be shared over "
                       "a network, where two users can damage the file: keep it on a local disk "
                       "and share exports or backups instead.")
                        .arg(QString::fromStdString(*share));
    m_ui->banner->setText(warnings.join(QLatin1Char('\n')));
    m_ui->banner->setVisible(!warnings.isEmpty());
}

// The views drop everything they read from the closed connection.
void MainWindow::onClosed() {
    m_model->setDatabase(nullptr);
    m_ui->detailView->showCustomer(0);
    m_editor->undoStack()->clear();
    updateActions();
}

void MainWindow::applyFilter(const CustomerFilter& filter) {
    m_ui->drillDownBar->hide();
    m_model->setFilter(filter);
    checkDetailListed();
}

// After the list's filter changed: the detail keeps its customer only while
// the list has it (else it would show a customer the search left out).
void MainWindow::checkDetailListed() {
    m_listedCheck->check(m_session->path(), m_model->filter(), m_ui->detailView->customerId());
}

void MainWindow::showDrillDown(const CustomerFilter& filter, const QString& description) {
    m_ui->views->setCurrentWidget(m_ui->customersTab);
    m_model->setFilter(filter);
    m_ui->drillDownLabel->setText(tr("Showing: %1").arg(description));
    m_ui->drillDownBar->show();
    checkDetailListed();
}

void MainWindow::onSelectionChanged() {
    if (m_ui->customerTable->selectionModel()->currentIndex().isValid())
        m_listedCheck->cancel(); // a row of the list: listed
    const qint64 id = selectedCustomer();
    if (id != m_ui->detailView->customerId())
        m_ui->detailView->showCustomer(id);
    updateActions();
}

// The customer the window is about: the list's current row, else the one
// the detail shows (a customer just added or opened from Today may not be
// among the rows loaded).
qint64 MainWindow::selectedCustomer() const {
    const QModelIndex current = m_ui->customerTable->selectionModel()->currentIndex();
    return current.isValid() ? m_model->customerId(current.row()) : m_ui->detailView->customerId();
}

void MainWindow::showCustomer(qint64 customerId) {
    m_ui->views->setCurrentWidget(m_ui->customersTab);
    const int row = m_model->rowOfLoaded(customerId);
    if (row >= 0) {
        m_ui->customerTable->selectRow(row);
        m_ui->customerTable->scrollTo(m_model->index(row, 0));
    } else {
        m_ui->customerTable->clearSelection();
        m_ui->detailView->showCustomer(customerId);
    }
    updateActions();
}

void MainWindow::updateStatus(qint64 count) {
    statusBar()->showMessage(tr("%n customer(s)", nullptr, static_cast<int>(count)));
}

void MainWindow::updateActions() {
    const bool open = m_session->isOpen();
    const bool writable = open && !m_session->isReadOnly();
    const bool customer = writable && (selectedCustomer() != 0 || m_ui->detailView->customerId() != 0);
    for (QAction* a : std::as_const(m_fileActions))
        a->setEnabled(open);
    for (QAction* a : std::as_const(m_writeActions))
        a->setEnabled(writable);
    for (QAction* a : std::as_const(m_customerActions))
        a->setEnabled(customer);
}

void MainWindow::setDefaultColumnWidths() {
    // Widths in average characters: the lazy list must not be measured row by row.
    constexpr int kChars[CustomerListModel::ColumnCount] = {9, 24, 11, 14, 12, 15, 22, 12, 10, 11, 9, 15};
    const int charWidth = fontMetrics().averageCharWidth();
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c)
        m_ui->customerTable->setColumnWidth(c, kChars[c] * charWidth + 12);
}

void MainWindow::restoreLayout() {
    restoreGeometry(AppSettings::value(QStringLiteral("window/geometry")));
    restoreState(AppSettings::value(QStringLiteral("window/state")));
    m_ui->splitter->restoreState(AppSettings::value(QStringLiteral("window/splitter")));
    m_ui->customerTable->horizontalHeader()->restoreState(AppSettings::value(QStringLiteral("window/columns")));
}

void MainWindow::saveLayout() {
    AppSettings::setValue(QStringLiteral("window/geometry"), saveGeometry());
    AppSettings::setValue(QStringLiteral("window/state"), saveState());
    AppSettings::setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    AppSettings::setValue(QStringLiteral("window/columns"),
                          m_ui->customerTable->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    event->accept();
}

void MainWindow::newDatabase() {
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QDir::homePath(),
                                                      tr("CRM databases (*.crm *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 already exists. Choose a new name, or open it with File > Open.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path, true);
}

void MainWindow::openDatabaseDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QDir::homePath(),
                                                      tr("CRM databases (*.crm *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::backupNow() { m_backups->backupNow(); }

void MainWindow::restoreFromBackup() { m_backups->restoreFromBackup(); }

void MainWindow::importCsv() { m_csv->importCsv(); }

void MainWindow::exportCsv() { m_csv->exportCustomers(m_model->filter()); }

void MainWindow::showSettings() {
    SettingsDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_ui->filterBar->setCurrentUser(AppSettings::currentUser());
        m_model->refresh();
    }
}

void MainWindow::editSelected() {
    if (const qint64 id = selectedCustomer())
        m_editor->editCustomer(id);
}

void MainWindow::deleteSelected() {
    if (const qint64 id = selectedCustomer())
        m_editor->deleteCustomer(id);
}

void MainWindow::addContactToSelected() { m_editor->addContact(m_ui->detailView->customerId()); }
void MainWindow::addTransactionToSelected() { m_editor->addTransaction(m_ui->detailView->customerId()); }
void MainWindow::addInteractionToSelected() { m_editor->addInteraction(m_ui->detailView->customerId()); }
void MainWindow::addFollowUpToSelected() { m_editor->addFollowUp(m_ui->detailView->customerId()); }

void MainWindow::focusSearch() {
    m_ui->views->setCurrentWidget(m_ui->customersTab);
    m_ui->filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterBar->searchField()->selectAll();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About CRM"),
                       tr("<h3>CRM %1</h3><p>A desktop CRM for companies that live on customer "
                          "relationships: lifecycle stages, RFM, lifetime value.</p>")
                           .arg(QStringLiteral(CRM_VERSION)));
}

} // namespace crm::ui
