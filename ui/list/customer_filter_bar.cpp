#include "list/customer_filter_bar.h"

#include "list/domain_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace crm::ui {

namespace {

// Typing pauses shorter than this are one search.
constexpr int kTypingPauseMs = 40;

void fillChoices(QComboBox* box, const std::vector<std::string>& values) {
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(QCoreApplication::translate("crm::ui::CustomerFilterBar", "All"), QString());
    for (const auto& v : values)
        box->addItem(toQ(v), toQ(v));
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

std::string choice(const QComboBox* box) { return toStd(box->currentData().toString()); }

} // namespace

CustomerFilterBar::CustomerFilterBar(QWidget* parent) : QWidget(parent) {
    m_loading = true; // no filter signals while the choices are built
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search name, code, email, phone or contact (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search, 0, 0, 1, 8);
    m_stage = addChoice(tr("&Stage"), QStringLiteral("stageFilter"));
    m_stage->addItem(tr("All"), -1);
    for (int s = 0; s < kStageCount; ++s)
        m_stage->addItem(stageName(static_cast<Stage>(s)), s);
    m_kind = addChoice(tr("&Kind"), QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All"), -1);
    m_kind->addItem(kindName(CustomerKind::Organisation), 0);
    m_kind->addItem(kindName(CustomerKind::Person), 1);
    m_owner = addChoice(tr("&Owner"), QStringLiteral("ownerFilter"));
    m_tag = addChoice(tr("&Tag"), QStringLiteral("tagFilter"));
    m_region = addChoice(tr("&Region"), QStringLiteral("regionFilter"));
    m_industry = addChoice(tr("&Industry"), QStringLiteral("industryFilter"));
    m_mine = new QCheckBox(tr("&My customers"), this);
    m_mine->setObjectName(QStringLiteral("myCustomers"));
    layout->addWidget(m_mine, 1, 12);
    layout->setColumnStretch(13, 1);
    m_loading = false;

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &CustomerFilterBar::emitFilter);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_mine, &QCheckBox::toggled, this, &CustomerFilterBar::emitFilter);
}

QComboBox* CustomerFilterBar::addChoice(const QString& label, const QString& objectName) {
    auto* layout = static_cast<QGridLayout*>(this->layout());
    const auto pairs = static_cast<int>(findChildren<QComboBox*>().size());
    auto* box = new QComboBox(this);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(box);
    layout->addWidget(caption, 1, pairs * 2);
    layout->addWidget(box, 1, pairs * 2 + 1);
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emitFilter();
    });
    return box;
}

void CustomerFilterBar::loadChoices(const Database& db) {
    m_loading = true;
    const CustomerQuery query(db);
    fillChoices(m_owner, query.distinctValues(CustomerField::Owner));
    fillChoices(m_tag, query.distinctValues(CustomerField::Tag));
    fillChoices(m_region, query.distinctValues(CustomerField::Region));
    fillChoices(m_industry, query.distinctValues(CustomerField::Industry));
    m_loading = false;
}

CustomerFilter CustomerFilterBar::filter() const {
    CustomerFilter f;
    if (const int stage = m_stage->currentData().toInt(); stage >= 0)
        f.stage = static_cast<Stage>(stage);
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        f.kind = static_cast<CustomerKind>(kind);
    f.owner = m_mine->isChecked() && !m_currentUser.isEmpty() ? toStd(m_currentUser) : choice(m_owner);
    f.tag = choice(m_tag);
    f.region = choice(m_region);
    f.industry = choice(m_industry);
    f.search = toStd(m_search->text().trimmed());
    return f;
}

void CustomerFilterBar::setSearchText(const QString& text) {
    m_search->setText(text);
    m_typing->stop();
    emitFilter();
}

void CustomerFilterBar::clear() {
    m_loading = true;
    for (QComboBox* box : {m_stage, m_kind, m_owner, m_tag, m_region, m_industry})
        box->setCurrentIndex(0);
    m_mine->setChecked(false);
    m_search->clear();
    m_loading = false;
    m_typing->stop();
    emitFilter();
}

void CustomerFilterBar::emitFilter() { emit filterChanged(filter()); }

} // namespace crm::ui
