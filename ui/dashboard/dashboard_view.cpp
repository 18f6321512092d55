#include "dashboard/dashboard_view.h"

#include "crm/store/dashboard_query.h"
#include "dashboard/dashboard_export.h"
#include "dashboard/dashboard_loader.h"
#include "dashboard/lifecycle_panels.h"
#include "dashboard/list_panels.h"
#include "dashboard/migration_panel.h"
#include "dashboard/rfm_panel.h"
#include "dashboard/value_panels.h"
#include "list/domain_text.h"
#include "main/session.h"
#include "ui_dashboard_view.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace crm::ui {

namespace {
// Panels (by their place in m_panels) of the left column; the others go right.
const QList<int> kLeftColumn{0, 2, 4, 6, 9};
} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DashboardView>()), m_loader(new DashboardLoader(this)),
      m_refreshTimer(new QTimer(this)) {
    m_ui->setupUi(this);
    m_ui->kindFilter->addItem(tr("Any kind"));
    m_ui->kindFilter->addItem(kindName(CustomerKind::Organisation), static_cast<int>(CustomerKind::Organisation));
    m_ui->kindFilter->addItem(kindName(CustomerKind::Person), static_cast<int>(CustomerKind::Person));
    for (QComboBox* box : {m_ui->ownerFilter, m_ui->regionFilter, m_ui->industryFilter})
        box->addItem(tr("Any"), QString());
    m_ui->progress->hide();
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250); // typing a date or flicking through a list: compute once
    createPanels();
    connectControls();
    for (QWidget* w : {static_cast<QWidget*>(m_ui->exportPngButton), static_cast<QWidget*>(m_ui->exportPdfButton),
                       static_cast<QWidget*>(m_ui->printButton)})
        w->setEnabled(false);
}

DashboardView::~DashboardView() = default;

void DashboardView::createPanels() {
    m_panels = {new LifecyclePanel, new RfmPanel, new ValuePanel, new MigrationPanel, new HistoryPanel, new FlowPanel,
                new RetentionPanel, new AtRiskPanel, new ClvPanel, new LedgerPanel};
    const QStringList names{QStringLiteral("lifecyclePanel"), QStringLiteral("rfmPanel"),
                            QStringLiteral("valuePanel"), QStringLiteral("migrationPanel"),
                            QStringLiteral("historyPanel"), QStringLiteral("flowPanel"),
                            QStringLiteral("retentionPanel"), QStringLiteral("atRiskPanel"),
                            QStringLiteral("clvPanel"), QStringLiteral("ledgerPanel")};
    // Two columns that fill independently, so a tall panel (the cohorts)
    // leaves no hole beside it.
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    for (int i = 0; i < m_panels.size(); ++i) {
        DashboardPanel* panel = m_panels[i];
        panel->setObjectName(names[i]);
        (kLeftColumn.contains(i) ? left : right)->addWidget(panel);
        connect(panel, &DashboardPanel::figureClicked, this, &DashboardView::showFigure);
        connect(panel, &DashboardPanel::customersClicked, this, &DashboardView::showCustomers);
        panel->setEnabled(false);
    }
    left->addStretch(1);
    right->addStretch(1);
    m_ui->panelGrid->addLayout(left, 0, 0);
    m_ui->panelGrid->addLayout(right, 0, 1);
    m_ui->panelGrid->setColumnStretch(0, 1);
    m_ui->panelGrid->setColumnStretch(1, 1);
}

void DashboardView::connectControls() {
    connect(m_ui->asOfEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        m_ui->startEdit->setMaximumDate(date);
        scheduleRefresh();
    });
    connect(m_ui->startEdit, &QDateEdit::dateChanged, this, &DashboardView::scheduleRefresh);
    for (QComboBox* box : {m_ui->ownerFilter, m_ui->regionFilter, m_ui->industryFilter, m_ui->kindFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardView::scheduleRefresh);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardView::refresh);
    connect(m_ui->refreshButton, &QToolButton::clicked, this, [this] {
        m_stale = true;
        refresh();
    });
    connect(m_ui->exportPngButton, &QToolButton::clicked, this, &DashboardView::chooseExportPng);
    connect(m_ui->exportPdfButton, &QToolButton::clicked, this, &DashboardView::chooseExportPdf);
    connect(m_ui->printButton, &QToolButton::clicked, this, &DashboardView::print);
    connect(m_loader, &DashboardLoader::progress, this, &DashboardView::onProgress);
    connect(m_loader, &DashboardLoader::ready, this, &DashboardView::onReady);
}

void DashboardView::setSession(Session* session) {
    m_session = session;
    connect(session, &Session::opened, this, &DashboardView::onOpened);
    connect(session, &Session::customersChanged, this, &DashboardView::onDataChanged);
    connect(session, &Session::customerChanged, this, &DashboardView::onDataChanged);
    connect(session, &Session::closing, m_loader, &DashboardLoader::cancel);
    connect(session, &Session::closed, this, [this] {
        m_loader->invalidate();
        m_facts.reset();
        m_ui->progress->hide();
        m_ui->statusLabel->clear();
        for (DashboardPanel* panel : std::as_const(m_panels))
            panel->setEnabled(false);
    });
}

void DashboardView::onOpened() {
    const QSignalBlocker blockAsOf(m_ui->asOfEdit), blockStart(m_ui->startEdit);
    const Date today = m_session->today();
    m_ui->asOfEdit->setDate(toQDate(today));
    m_ui->startEdit->setMaximumDate(toQDate(today));
    m_ui->startEdit->setDate(toQDate(periodStartFor(today)));
    m_stale = true;
    m_loader->invalidate();
    if (isVisible())
        refresh();
}

void DashboardView::onDataChanged() {
    m_stale = true;
    if (isVisible())
        scheduleRefresh();
}

void DashboardView::scheduleRefresh() { m_refreshTimer->start(); }

bool DashboardView::isComputing() const { return m_loader->isRunning() || m_refreshTimer->isActive(); }

dashboard::Period DashboardView::period() const {
    const Date asOf = fromQDate(m_ui->asOfEdit->date());
    return {asOf, std::min(asOf, fromQDate(m_ui->startEdit->date()))};
}

dashboard::Filter DashboardView::filter() const {
    dashboard::Filter f;
    f.owner = toStd(m_ui->ownerFilter->currentData().toString());
    f.region = toStd(m_ui->regionFilter->currentData().toString());
    f.industry = toStd(m_ui->industryFilter->currentData().toString());
    if (const QVariant kind = m_ui->kindFilter->currentData(); kind.isValid())
        f.kind = static_cast<CustomerKind>(kind.toInt());
    return f;
}

void DashboardView::refresh() {
    m_refreshTimer->stop();
    if (!m_session || !m_session->isOpen())
        return;
    const dashboard::Period p = period();
    const bool same = m_facts && m_data.riskAssessed && m_data.period == p && m_data.filter == filter();
    if (same && !m_stale && !m_loader->isRunning())
        return;
    if (m_stale)
        m_loader->invalidate();
    m_stale = false;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    const bool quick = m_loader->hasFactsFor(m_session->path(), p);
    m_ui->statusLabel->setText(quick ? tr("Computing the panels…") : tr("Reading every customer as of %1…").arg(dateText(p.asOf)));
    m_ui->progress->setValue(0);
    m_ui->progress->setVisible(!quick);
    m_loader->start(m_session->path(), p, filter());
}

void DashboardView::onProgress(int percent) { m_ui->progress->setValue(percent); }

void DashboardView::onReady(const DashboardResult& result) {
    if (!result.error.isEmpty()) {
        m_ui->progress->hide();
        m_ui->statusLabel->setText(tr("The dashboard could not be computed: %1").arg(result.error));
        return;
    }
    // The quick panels completed for the same filter: the others are as
    // they were (drawing them again was the last ~0.05 s of a million customers).
    const bool completing = m_facts && !m_data.riskAssessed && result.data.riskAssessed &&
                            result.data.filter == m_data.filter && result.data.period == m_data.period;
    m_facts = result.facts;
    m_data = result.data;
    fillChoices(m_ui->ownerFilter, m_facts->owners, tr("Any"));
    fillChoices(m_ui->regionFilter, m_facts->regions, tr("Any"));
    fillChoices(m_ui->industryFilter, m_facts->industries, tr("Any"));
    for (DashboardPanel* panel : std::as_const(m_panels)) {
        if (!completing || panel->needsTheFullPass())
            panel->showData(m_data);
        panel->setEnabled(true);
    }
    for (QWidget* w : {static_cast<QWidget*>(m_ui->exportPngButton), static_cast<QWidget*>(m_ui->exportPdfButton),
                       static_cast<QWidget*>(m_ui->printButton)})
        w->setEnabled(true);
    emit panelsShown();
    if (!m_data.riskAssessed) {
        m_ui->statusLabel->setText(tr("Assessing the risk and value of every customer…"));
        return;
    }
    m_ui->progress->hide();
    showStatus();
    emit computed();
    if (!(m_data.filter == filter())) // changed while the facts were read
        refresh();
}

void DashboardView::showStatus() {
    const double seconds = static_cast<double>(QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
    QString status = tr("%n customer(s) as of %1, computed in %2 s", nullptr, static_cast<int>(m_data.customers))
                         .arg(dateText(m_data.period.asOf), QLocale().toString(seconds, 'f', 1));
    if (!m_data.timelineAsOf)
        status += QLatin1Char(' ') + tr("(the lifecycle stages were never derived: customers show as "
                                        "prospects until they are replayed)");
    else if (*m_data.timelineAsOf < m_data.period.asOf)
        status += QLatin1Char(' ') + tr("(stages from the lifecycle timeline as of %1)").arg(dateText(m_data.timelineAsOf));
    m_ui->statusLabel->setText(status);
}

// The distinct non-empty values, sorted as the list's filters sort them;
// the current choice is kept when it is still there.
void DashboardView::fillChoices(QComboBox* box, const dashboard::Dictionary& values, const QString& any) {
    QStringList texts;
    for (std::uint32_t i = 0; i < values.size(); ++i)
        if (!values[i].empty())
            texts << toQ(values[i]);
    std::sort(texts.begin(), texts.end(), [](const QString& a, const QString& b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(any, QString());
    for (const QString& text : std::as_const(texts))
        box->addItem(text, text);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void DashboardView::showFigure(const dashboard::Figure& figure, const QString& description) {
    if (m_facts)
        showCustomers(dashboard::customersOf(*m_facts, m_data.filter, figure), description);
}

void DashboardView::showCustomers(const dashboard::Ids& ids, const QString& description) {
    CustomerFilter f;
    f.ids = ids;
    QString text = tr("%1, as of %2 (%n customer(s))", nullptr, static_cast<int>(ids.size()))
                       .arg(description, dateText(m_data.period.asOf));
    emit drillDown(f, text);
}

QStringList DashboardView::settingsText() const {
    const auto any = [this](const QString& text) { return text.isEmpty() ? tr("any") : text; };
    const dashboard::Filter f = filter();
    return {tr("As of %1; period from %2").arg(dateText(m_data.period.asOf), dateText(m_data.period.start)),
            tr("Owner: %1; region: %2; industry: %3; kind: %4")
                .arg(any(toQ(f.owner)), any(toQ(f.region)), any(toQ(f.industry)),
                     f.kind ? kindName(*f.kind) : tr("any")),
            tr("File: %1; %n customer(s)", nullptr, static_cast<int>(m_data.customers))
                .arg(m_session ? QDir::toNativeSeparators(m_session->path()) : QString())};
}

QWidget* DashboardView::panelArea() const { return m_ui->panels; }

Report DashboardView::report() const {
    return {tr("Customer dashboard"), settingsText(), QList<QWidget*>(m_panels.begin(), m_panels.end())};
}

bool DashboardView::exportPng(const QString& path) { return m_ui->panels->grab().save(path, "PNG"); }

bool DashboardView::exportPdf(const QString& path) {
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(tr("Customer dashboard"));
    writer.setCreator(QStringLiteral("CRM"));
    return paintReport(writer, report());
}

void DashboardView::chooseExportPng() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard as PNG"),
                                                      QDir::home().filePath(tr("dashboard.png")), tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Export PNG"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void DashboardView::chooseExportPdf() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard as PDF"),
                                                      QDir::home().filePath(tr("dashboard.pdf")), tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && !exportPdf(path))
        QMessageBox::warning(this, tr("Export PDF"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void DashboardView::print() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!paintReport(printer, report()))
        QMessageBox::warning(this, tr("Print"), tr("The printer could not be used."));
}

} // namespace crm::ui
