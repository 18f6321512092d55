#pragma once
// The main window: customer list with filters beside the selected
// customer's detail, the Today view, menus and the status bar.
#include "crm/store/customer_query.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QMenu;

namespace Ui {
class MainWindow;
}

namespace crm::ui {

class BackupActions;
class CsvActions;
class CustomerListModel;
class EditController;
class ListedCheck;
class Session;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Session* session() const { return m_session; }
    CustomerListModel* customerModel() const { return m_model; }
    EditController* editor() const { return m_editor; }
    // Opens FILE, or says what is wrong in a message box; true when open.
    bool openDatabase(const QString& path, bool create = false);
    // Selects the customer in the list when it is loaded, and shows it.
    void showCustomer(qint64 customerId);
    qint64 selectedCustomer() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // main_window_menus.cpp
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createCustomerMenu();
    void createHelpMenu();
    void updateRecentMenu();
    QAction* addAction(QMenu* menu, const QString& text, const QKeySequence& shortcut,
                       void (MainWindow::*slot)());

    // main_window.cpp
    void connectViews();
    void onOpened();
    void onClosed();
    void showBanner();
    void restoreFromBackup();
    void onSelectionChanged();
    void applyFilter(const crm::CustomerFilter& filter);
    void showDrillDown(const crm::CustomerFilter& filter, const QString& description);
    void checkDetailListed();
    void updateStatus(qint64 count);
    void updateActions();
    void setDefaultColumnWidths();
    void restoreLayout();
    void saveLayout();
    void newDatabase();
    void openDatabaseDialog();
    void backupNow();
    void importCsv();
    void exportCsv();
    void showSettings();
    void chooseColumns();
    void showAbout();
    void editSelected();
    void deleteSelected();
    void addContactToSelected();
    void addTransactionToSelected();
    void addInteractionToSelected();
    void addFollowUpToSelected();
    void focusSearch();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session* m_session;
    CustomerListModel* m_model;
    ListedCheck* m_listedCheck; // the detail's customer, after the list's filter changed
    EditController* m_editor;
    CsvActions* m_csv;
    BackupActions* m_backups;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_customerActions; // enabled when a customer is selected
    QList<QAction*> m_fileActions;     // enabled when a database is open
    QList<QAction*> m_writeActions;    // enabled when it is open and writable
};

} // namespace crm::ui
