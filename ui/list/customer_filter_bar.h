#pragma once
// The bar above the customer list: search as you type (full text) and the
// filters for stage, kind, owner, tag, region and industry, plus "my
// customers" (owner = the current user), and the RFM segment as of today.
// Emits the combined filter.
#include "crm/store/customer_query.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace crm::ui {

class SegmentFilterBox;

class CustomerFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit CustomerFilterBar(QWidget* parent = nullptr);

    // Fills the owner, tag, region and industry choices from the database.
    void loadChoices(const Database& db);
    // The same, read on a worker thread from its own connection to the file
    // (a million customers take a noticeable moment).
    void loadChoicesInBackground(const QString& databasePath);
    // Searches need two characters, or one Chinese character: one Latin
    // letter matches nearly every customer and says nothing.
    static bool isSearchable(const QString& text);
    CustomerFilter filter() const;
    void setSearchText(const QString& text);
    void setCurrentUser(const QString& user) { m_currentUser = user; }
    QLineEdit* searchField() const { return m_search; }
    // Clears every filter and the search.
    void clear();

signals:
    void filterChanged(const crm::CustomerFilter& filter);

signals:
    void choicesLoaded();

private:
    struct Choices;
    void fillAll(const Choices& choices);
    QComboBox* addChoice(const QString& label, const QString& objectName, QComboBox* box = nullptr);
    void emitFilter();

    QLineEdit* m_search = nullptr;
    QComboBox* m_stage = nullptr;
    SegmentFilterBox* m_segment = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_industry = nullptr;
    QCheckBox* m_mine = nullptr;
    QTimer* m_typing = nullptr;
    QString m_currentUser;
    bool m_loading = false;
};

} // namespace crm::ui
