// The menus and actions of the main window: every action has a menu entry
// (so it is reachable by keyboard) and the standard shortcut where one exists.
#include "edit/edit_controller.h"
#include "list/customer_list_model.h"
#include "main/app_settings.h"
#include "main/main_window.h"
#include "main/session.h"
#include "ui_main_window.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QUndoStack>

namespace crm::ui {

QAction* MainWindow::addAction(QMenu* menu, const QString& text, const QKeySequence& shortcut,
                               void (MainWindow::*slot)()) {
    QAction* action = menu->addAction(text);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void MainWindow::createMenus() {
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createCustomerMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    addAction(file, tr("&New database..."), QKeySequence::New, &MainWindow::newDatabase);
    addAction(file, tr("&Open..."), QKeySequence::Open, &MainWindow::openDatabaseDialog);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    updateRecentMenu();
    file->addSeparator();
    m_fileActions << addAction(file, tr("&Backup now..."), QKeySequence(tr("Ctrl+Shift+B")),
                               &MainWindow::backupNow);
    m_writeActions << addAction(file, tr("Restore from bac&kup..."), QKeySequence(),
                               &MainWindow::restoreFromBackup);
    file->addSeparator();
    m_writeActions << addAction(file, tr("&Import CSV..."), QKeySequence(tr("Ctrl+I")),
                               &MainWindow::importCsv);
    m_fileActions << addAction(file, tr("&Export CSV..."), QKeySequence(tr("Ctrl+E")),
                               &MainWindow::exportCsv);
    file->addSeparator();
    addAction(file, tr("&Settings..."), QKeySequence::Preferences, &MainWindow::showSettings);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction* a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::createEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    addAction(edit, tr("&Find customers"), QKeySequence::Find, &MainWindow::focusSearch);
}

void MainWindow::createViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* customers = view->addAction(tr("&Customers"));
    customers->setShortcut(QKeySequence(tr("Ctrl+1")));
    connect(customers, &QAction::triggered, this,
            [this] { m_ui->views->setCurrentWidget(m_ui->customersTab); });
    QAction* today = view->addAction(tr("&Today"));
    today->setShortcut(QKeySequence(tr("Ctrl+2")));
    connect(today, &QAction::triggered, this,
            [this] { m_ui->views->setCurrentWidget(m_ui->todayTab); });
    QAction* dashboard = view->addAction(tr("&Dashboard"));
    dashboard->setShortcut(QKeySequence(tr("Ctrl+3")));
    connect(dashboard, &QAction::triggered, this,
            [this] { m_ui->views->setCurrentWidget(m_ui->dashboardTab); });
    view->addSeparator();
    addAction(view, tr("C&olumns..."), QKeySequence(), &MainWindow::chooseColumns);
    QAction* clear = view->addAction(tr("Clear &filters"));
    connect(clear, &QAction::triggered, m_ui->filterBar, &CustomerFilterBar::clear);
}

void MainWindow::createCustomerMenu() {
    QMenu* menu = menuBar()->addMenu(tr("C&ustomer"));
    QAction* add = menu->addAction(tr("&New customer..."));
    add->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    connect(add, &QAction::triggered, m_editor, &EditController::addCustomer);
    m_writeActions << add;
    m_customerActions << addAction(menu, tr("&Edit customer..."), QKeySequence(tr("Ctrl+Return")),
                                   &MainWindow::editSelected);
    m_customerActions << addAction(menu, tr("&Delete customer..."), QKeySequence::Delete,
                                   &MainWindow::deleteSelected);
    menu->addSeparator();
    m_customerActions << addAction(menu, tr("Add &contact..."), QKeySequence(tr("Ctrl+Shift+C")),
                                   &MainWindow::addContactToSelected);
    m_customerActions << addAction(menu, tr("Add &transaction..."), QKeySequence(tr("Ctrl+Shift+T")),
                                   &MainWindow::addTransactionToSelected);
    m_customerActions << addAction(menu, tr("Add &interaction..."), QKeySequence(tr("Ctrl+Shift+I")),
                                   &MainWindow::addInteractionToSelected);
    m_customerActions << addAction(menu, tr("Add &follow-up..."), QKeySequence(tr("Ctrl+Shift+F")),
                                   &MainWindow::addFollowUpToSelected);
    // The list's context menu offers the same actions.
    m_ui->customerTable->addActions(menu->actions());
}

void MainWindow::createHelpMenu() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    addAction(help, tr("&About CRM"), QKeySequence(), &MainWindow::showAbout);
}

void MainWindow::chooseColumns() {
    QMenu menu(this);
    QHeaderView* header = m_ui->customerTable->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(mapToGlobal(m_ui->customerTable->geometry().topLeft()));
}

} // namespace crm::ui
