#pragma once
// The selected customer in full: profile, contacts, timeline, follow-ups,
// complaints, RFM, lifecycle and value. Opening a customer reads only its
// own rows (indexed look-ups); the one part that needs every customer, the
// RFM score boundaries of a date not yet kept, is computed on a worker
// (RfmCutpointCache) and filled in when ready.
#include "edit/record_kind.h"

#include "detail/rfm_history_model.h"

#include "crm/store/customer_detail.h"
#include "crm/store/customer_scores.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CustomerDetailView;
}

namespace crm::ui {

class DetailTableModel;
class RecordTable;
class RfmCutpointCache;
class Session;
class WrapFit;

class CustomerDetailView : public QWidget {
    Q_OBJECT
public:
    explicit CustomerDetailView(QWidget* parent = nullptr);
    ~CustomerDetailView() override;

    void setSession(Session* session);
    // 0 shows nothing. Showing the same customer again re-reads it.
    void showCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }

    // The tables' models, for tests and for views that look alike.
    DetailTableModel* contactsModel() const { return m_contacts; }
    DetailTableModel* timelineModel() const { return m_timeline; }
    DetailTableModel* followUpsModel() const { return m_followUps; }
    DetailTableModel* complaintsModel() const { return m_complaints; }
    DetailTableModel* stageHistoryModel() const { return m_stages; }
    RfmHistoryModel* rfmHistoryModel() const { return m_rfmHistory; }
    RfmCutpointCache* cutpointCache() const { return m_cutpoints; }

signals:
    void editRecordRequested(crm::ui::RecordKind kind, qint64 recordId);
    void deleteRecordRequested(crm::ui::RecordKind kind, qint64 recordId);

private:
    // customer_detail_view.cpp
    void onFileChanged();
    void setUpTables();
    DetailTableModel* setUpTable(RecordTable* table, const QStringList& headers, int stretchColumn);
    void applyStyle();
    void showMessage(const QString& message);
    void fillTables();
    void fillTimeline();
    void updateTabTitles();

    // customer_detail_profile.cpp
    void fillHeader();
    void fillFigures();
    void fillLifecycle();
    void fillProfile();
    QString primaryContactText() const;

    // customer_detail_analytics.cpp
    void fillValue();
    void showValuation(const CustomerValuation& valuation);
    void showNoValueModel();
    void fillScores();
    void showCurrentScore(const RfmHistoryModel::Point& now);
    void showScoringProgress(const QDate& date, int done, int total);

    std::unique_ptr<Ui::CustomerDetailView> m_ui;
    Session* m_session = nullptr;
    qint64 m_customerId = 0;
    std::optional<CustomerRecords> m_records;
    RfmCutpointCache* m_cutpoints;
    DetailTableModel* m_contacts = nullptr;
    DetailTableModel* m_primaryHistory = nullptr;
    DetailTableModel* m_timeline = nullptr;
    DetailTableModel* m_followUps = nullptr;
    DetailTableModel* m_complaints = nullptr;
    DetailTableModel* m_stages = nullptr;
    RfmHistoryModel* m_rfmHistory;
    WrapFit* m_overviewFit = nullptr;
    WrapFit* m_analyticsFit = nullptr;
};

} // namespace crm::ui
