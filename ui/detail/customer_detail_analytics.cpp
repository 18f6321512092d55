// The Analytics tab of the customer detail: historical, current and
// potential value with P(alive) from the stored lifetime-value model, and
// the RFM scores now and over the last 12 months from the score boundaries
// (filled in as the worker computes boundaries not kept in the file).
#include "detail/customer_detail_view.h"

#include "detail/detail_style.h"
#include "detail/rfm_cutpoint_cache.h"
#include "detail/wrap_fit.h"
#include "list/domain_text.h"
#include "main/session.h"
#include "ui_customer_detail_view.h"

#include "crm/store/customer_scores.h"
#include "crm/store/database.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace crm::ui {

namespace {

constexpr int kHistoryMonths = 12;

// A figure with a smaller grey line under it.
QString figure(const QString& value, const QString& note = {}) {
    if (note.isEmpty())
        return value.toHtmlEscaped();
    return value.toHtmlEscaped() +
           QStringLiteral("<br><span style=\"font-size:9pt; font-weight:normal; color:#5b6472;\">%1</span>")
               .arg(note.toHtmlEscaped());
}

QColor aliveColour(double probability) {
    return probability >= 0.7 ? kPositiveColour : probability >= 0.3 ? kWarningColour : kNegativeColour;
}

void setTileColour(QWidget* tile, const QColor& background) {
    tile->setStyleSheet(background.isValid()
                            ? QStringLiteral("QFrame#%1 { background: %2; }").arg(tile->objectName(), background.name())
                            : QString());
}

} // namespace

void CustomerDetailView::fillValue() {
    const Date today = m_session->today();
    const Currency& currency = m_session->database().currency();
    for (QLabel* label : {m_ui->historicalValue, m_ui->currentValue, m_ui->potentialValue, m_ui->aliveValue})
        label->setTextFormat(Qt::RichText);
    const HistoricalValue history = historicalValue(m_records->transactions, today);
    m_ui->historicalValue->setText(
        figure(moneyText(history.netRevenue, currency),
               history.margin ? tr("margin %1").arg(moneyText(*history.margin, currency)) : tr("no costs recorded")));
    const auto model = latestClvModelUpTo(m_session->database(), today);
    if (!model)
        return showNoValueModel();
    m_ui->valueNote->setText(tr("From the lifetime-value model fitted as of %1 on %2 customers; "
                                "next 12 months, 1% monthly discount.")
                                 .arg(dateText(model->asOf))
                                 .arg(QLocale().toString(static_cast<qlonglong>(model->model.customers))));
    const CustomerValuation valuation =
        valueCustomer(model->model, m_records->customer, m_records->transactions, today);
    if (!valuation.value) {
        for (QLabel* label : {m_ui->currentValue, m_ui->potentialValue, m_ui->aliveValue})
            label->setText(QStringLiteral("—"));
        m_ui->valueNote->setText(tr("No purchases yet: the lifetime-value model has nothing to predict from."));
        return;
    }
    showValuation(valuation);
}

void CustomerDetailView::showValuation(const CustomerValuation& valuation) {
    const Currency& currency = m_session->database().currency();
    const clv::CustomerValue& v = *valuation.value;
    const QString expected = tr("≈ %1 purchases expected").arg(QLocale().toString(v.expectedPurchases, 'f', 1));
    m_ui->currentValue->setText(std::isfinite(v.lifetimeValue)
                                    ? figure(moneyText(std::llround(v.lifetimeValue), currency), expected)
                                    : figure(QStringLiteral("—"), tr("spend cannot be predicted")));
    m_ui->potentialValue->setText(
        valuation.potentialValue ? figure(moneyText(std::llround(*valuation.potentialValue), currency))
        : m_records->customer.annualCategorySpend
            ? figure(QStringLiteral("—"))
            : figure(QStringLiteral("—"), tr("no annual category spend recorded")));
    m_ui->aliveValue->setText(QStringLiteral("<span style=\"color:%1;\">%2</span>")
                                  .arg(aliveColour(v.probabilityAlive).name(),
                                       QLocale().toString(100.0 * v.probabilityAlive, 'f', 0) +
                                           QLatin1Char('%')));
}

void CustomerDetailView::showNoValueModel() {
    for (QLabel* label : {m_ui->currentValue, m_ui->potentialValue, m_ui->aliveValue})
        label->setText(figure(QStringLiteral("—"), tr("no model yet")));
    m_ui->valueNote->setText(tr("No lifetime-value model has been fitted for this file yet, so current "
                                "value, potential value and P(alive) cannot be shown. They appear once a "
                                "model is fitted (crm clv fit)."));
}

void CustomerDetailView::fillScores() {
    if (!m_records || !m_session || !m_session->isOpen())
        return;
    const auto amounts = datedAmounts(m_records->transactions);
    QList<RfmHistoryModel::Point> points;
    for (const Date& date : rfmScoreDates(m_session->today(), kHistoryMonths)) {
        RfmHistoryModel::Point point;
        point.date = date;
        if (const auto cuts = m_cutpoints->find(date)) {
            point.scoredCustomers = cuts->scored;
            if (const auto behaviour = rfm::behaviourAsOf(amounts, m_customerId, date))
                point.score = rfm::scoreWith(*cuts, *behaviour);
        } else {
            point.pending = true;
        }
        points.append(point);
    }
    m_cutpoints->computeMissing();
    const bool pending = std::any_of(points.begin(), points.end(), [](const auto& p) { return p.pending; });
    if (!pending)
        m_ui->rfmStatus->setText(tr("Scores run from 1 (lowest) to 5 (highest) relative to every customer "
                                    "scored on that date. Point at a month for details."));
    showCurrentScore(points.back());
    m_rfmHistory->setPoints(std::move(points), m_session->database().currency());
    QTableView* table = m_ui->rfmHistoryTable;
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->length() +
                          2 * table->frameWidth());
    m_analyticsFit->refit();
}

void CustomerDetailView::showCurrentScore(const RfmHistoryModel::Point& now) {
    const std::pair<QWidget*, QLabel*> tiles[] = {
        {m_ui->rTile, m_ui->rValue}, {m_ui->fTile, m_ui->fValue}, {m_ui->mTile, m_ui->mValue}};
    const int scores[] = {now.score ? now.score->r : 0, now.score ? now.score->f : 0, now.score ? now.score->m : 0};
    for (int k = 0; k < 3; ++k) {
        tiles[k].second->setText(now.pending ? QStringLiteral("…")
                                 : now.score ? QString::number(scores[k]) + QStringLiteral(" / 5")
                                             : QStringLiteral("–"));
        setTileColour(tiles[k].first, now.score ? scoreColour(scores[k]) : QColor());
    }
    m_ui->segmentBadge->setVisible(now.score.has_value());
    if (now.pending) {
        m_ui->segmentValue->setText(QStringLiteral("…"));
        m_ui->rfmBehaviour->setText(tr("Placing this customer among all customers…"));
        return;
    }
    if (!now.score) {
        m_ui->segmentValue->setText(tr("Not scored"));
        m_ui->rfmBehaviour->setText(tr("No purchase yet: RFM scores need at least one purchase."));
        return;
    }
    const rfm::Score& s = *now.score;
    m_ui->segmentValue->setText(segmentName(s.segment));
    showBadge(m_ui->segmentBadge, segmentName(s.segment), QColor(0x4f, 0x46, 0xe5));
    m_ui->rfmBehaviour->setText(
        tr("Last purchase %n day(s) ago", nullptr, static_cast<int>(s.behaviour.recencyDays)) +
        QStringLiteral("  ·  ") + tr("%n purchase(s)", nullptr, static_cast<int>(s.behaviour.frequency)) +
        QLatin1Char('\n') +
        tr("%1 in all; scored among %2 customers as of %3.")
            .arg(moneyText(s.behaviour.monetary, m_session->database().currency()),
                 QLocale().toString(static_cast<qlonglong>(now.scoredCustomers)), dateText(now.date)));
}

void CustomerDetailView::showScoringProgress(const QDate& date, int done, int total) {
    m_ui->rfmStatus->setText(tr("Scoring every customer as of %1 (%2 of %3). This is done once; the "
                                "scores fill in when ready.")
                                 .arg(QLocale().toString(date, QLocale::ShortFormat))
                                 .arg(done + 1)
                                 .arg(total));
}

} // namespace crm::ui
